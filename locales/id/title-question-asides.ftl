# Diketik di "X laki-laki atau perempuan?" / "Mr, Mrs atau Ms?": data berangka (nomor KTP, tanggal lahir), tidak dicatat di situ.
input-name-title-first = Itu belum dicatat di sini: jawab dulu titel { $name } (tombol di atas). Nomor KTP dan tanggal lahir ditanya sesudahnya, ketik di sana.
# "kembali" di pertanyaan itu untuk baris berikutnya yang ditempel: nama itu (dan yang belum bertitel sesudahnya) dibatalkan.
input-name-title-back-dropped = ↩️ { $names } tidak jadi dicatat: baris itu dibatalkan. Nama penumpang ke-{ $n } ditanya lagi setelah data di atas.
# Diketik di "X laki-laki atau perempuan?" dan tidak terbaca: apa yang diketik, bukan pertanyaan yang sama saja.
input-name-gender-unread = Belum terbaca laki-laki atau perempuan. Ketik <code>laki-laki</code> atau <code>perempuan</code> (atau <code>Mstr { $name }</code> / <code>Miss { $name }</code>), atau tap tombolnya.
# Diketik di "Mr, Mrs atau Ms?" (setelah Dr.) dan tidak terbaca.
input-name-title-adult-unread = Titel belum terbaca. Ketik <code>Tn</code>, <code>Ny</code> atau <code>Nn</code>, atau tap tombolnya.
