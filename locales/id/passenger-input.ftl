# Paspor, KTP/NIK dan tanggal dokumen seperti diketik agen; tanggal yang diketik di pertanyaan nama.
pax-passport-number-kept = Nomor paspor <b>{ $number }</b> dicatat.
pax-passport-ask-expiry = Tanggal habis berlakunya? Mis. <code>31-12-2030</code> atau <code>31 des 2030</code>.
pax-passport-month-only = "<b>{ $typed }</b>" hanya bulan dan tahun ({ $month }). Paspor habis berlaku pada tanggal tertentu: ketik tanggal lengkap seperti tertulis di paspor, mis. <code>{ $shape }</code>.
pax-passport-date-unreadable = Tanggal habis berlaku "<b>{ $typed }</b>" tidak terbaca. Ketik mis. <code>31-12-2030</code> atau <code>31 des 2030</code>.
pax-passport-expiry-too-far = "<b>{ $typed }</b>" tidak mungkin tanggal habis berlaku paspor: itu tahun { $year }, lebih dari { $years } tahun setelah penerbangan, padahal paspor berlaku paling lama { $years } tahun (mungkin tanggal lahir?). Ketik tanggal habis berlaku seperti tertulis di paspor, mis. <code>31-12-2030</code>.
pax-passport-expiry-kept = Habis berlaku <b>{ $expiry }</b> dicatat. Nomor paspornya? Mis. <code>A1234567</code>.
pax-passport-issued-unreadable = Tanggal terbit "<b>{ $typed }</b>" tidak terbaca. Ketik mis. <code>15-01-2022</code>, <code>15/1/22</code> atau <code>15 jan 2022</code>.
pax-passport-issued-after-flight = Tanggal terbit paspor harus sebelum tanggal penerbangan. Periksa lagi tanggalnya.
pax-id-number-digits = KTP/NIK punya 16 digit, yang Anda ketik { $digits } digit. Periksa lagi nomornya. Kalau memang nomor identitas lain (mis. paspor), kirim sekali lagi persis sama.
input-name-looks-like-date = "<b>{ $text }</b>" tampaknya tanggal, bukan nama. Untuk mengganti tanggal penerbangan, ketik <code>kembali</code> sampai ke daftar penerbangan, lalu ketik tanggal barunya di sana. Kalau bukan, ketik titel dan nama lengkap penumpang, mis. <code>{ $example }</code>.
# Umur yang tidak sesuai jenis penumpangnya: umur pada tanggal terbang, jenisnya di penerbangan ini, dan jalan keluarnya.
pax-birthdate-age = { $name } berumur <b>{ $age }</b> pada tanggal penerbangan, jadi di penerbangan ini termasuk <b>{ $actual }</b>, bukan { $type } (dewasa { $adultage } tahun ke atas, anak 2 sampai { $childage } tahun, bayi 3 bulan sampai di bawah 2 tahun). Kalau tanggal lahirnya salah ketik, kirim yang benar. Kalau benar, { $where ->
    [group] ubah jumlah penumpangnya di grup: di sana ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu <code>kembali</code> sekali lagi.
   *[flow] ubah jumlah penumpangnya: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu <code>kembali</code> sekali lagi.
  }
pax-age-years = { $n } tahun
pax-age-months = { $n } bulan
