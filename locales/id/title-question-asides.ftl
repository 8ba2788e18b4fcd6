# Diketik di "X laki-laki atau perempuan?" / "Mr, Mrs atau Ms?": data berangka (nomor KTP, tanggal lahir), tidak dicatat di situ.
input-name-title-first = Itu belum dicatat di sini: jawab dulu titel { $name } (tombol di atas). Nomor KTP dan tanggal lahir ditanya sesudahnya, ketik di sana.
# "kembali" di pertanyaan itu untuk baris berikutnya yang ditempel: nama itu (dan yang belum bertitel sesudahnya) dibatalkan.
input-name-title-back-dropped = ↩️ { $names } tidak jadi dicatat: baris itu dibatalkan. Nama penumpang ke-{ $n } ditanya lagi setelah data di atas.
