# Nama penumpang berikutnya diketik di pertanyaan tanggal lahir: disimpan untuknya.
name-typed-ahead-noted = 👤 <b>{ $name }</b> dicatat untuk penumpang ke-{ $n }.
