# Tanggal penumpang berupa angka yang bisa dibaca dua cara (12/03/85), tanggal habis berlaku yang terbaca, dan nama anak di booking tanpa anak.
pax-date-which = { $what ->
    [birth] Tanggal lahir { $name }
    [issued] Tanggal terbit paspor { $name }
   *[expiry] Habis berlaku paspor { $name }
  }: "<b>{ $input }</b>" itu <b>{ $daymonth }</b> (tgl/bln) atau <b>{ $monthday }</b> (bln/tgl)? Ketuk yang dimaksud.
pax-passport-expiring-read = Terbaca habis berlaku <b>{ $expiry }</b>: paspor harus masih berlaku 6 bulan setelah penerbangan. Kalau tanggalnya salah ketik, ketik tanggal habis berlaku yang benar; kalau benar, penumpang perlu paspor baru (atau tanggal terbang lain) sebelum booking.
input-names-no-such-type = Booking ini tidak punya penumpang { $type }. Untuk menambahkannya, ubah jumlah penumpang: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu <code>kembali</code> sekali lagi.
date-read-day-first = ℹ️ Tanggal yang sama lagi, jadi saya baca tanggal dulu baru bulan, seperti contohnya: <b>{ $date }</b>.
