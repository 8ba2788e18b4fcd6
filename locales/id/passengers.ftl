# Nama penumpang dan kontak seperti diketik agen (daftar tempelan, gelar, tanggal di baris nama).
input-names-no-place = Semua penumpang { $type } di booking ini sudah diberi nama.
input-name-date-later = ℹ️ "{ $text }" bukan bagian nama: tanggal lahir ditanyakan tersendiri bila maskapai memerlukannya.
contact-phone-kept = 📱 Nomor HP { $phone } dicatat. Sekarang e-mail kontaknya.
input-name-twice = { $name } sudah jadi penumpang { $n }: satu orang hanya sekali dalam satu booking. Ketik nama penumpang yang lain.
document-number-taken = Nomor { $number } sudah dipakai penumpang { $n } ({ $name }): satu nomor KTP/paspor hanya untuk satu orang. Ketik nomor milik { $who }.
input-names-young-not-asked = { $name } masuk tempat penumpang { $type } (menurut tanggal lahir atau tanda "anak"); penumpang { $n } ({ $asked }) belum diberi nama. Ketik dulu namanya, atau kirim keduanya sekaligus, satu per baris — mis. <code>{ $example }</code>.
