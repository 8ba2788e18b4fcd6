# Tanggal lahir, nomor paspor atau KTP ditempel di baris nama penumpang: namanya diambil, sisanya ditanyakan tersendiri.
name-line-data-later = ℹ️ { $count ->
    [1] Dari baris itu hanya namanya yang saya ambil
   *[other] Dari baris-baris itu hanya namanya yang saya ambil
}: tanggal lahir dan nomor paspor/KTP bukan bagian nama, nanti ditanyakan tersendiri bila maskapai memerlukannya.
name-line-data-group = 🔒 Hanya namanya yang saya ambil. Tanggal lahir dan nomor paspor/KTP adalah data pribadi, jadi tidak saya baca di grup: bila maskapai memerlukannya, diisi lewat tautan 🔒 chat pribadi. Sebaiknya pesan yang berisi data itu dihapus saja.
