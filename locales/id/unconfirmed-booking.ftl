# Booking yang sudah dibuat dan ditampilkan provider (penerbangan, penumpang), tapi langkah terakhirnya (checkout
# tiket.com) putus tanpa jawaban jelas: dicatat sebagai pesanan chat ini, ditandai "belum terkonfirmasi".
# Tepat setelah ✅ Booking.
nav-book-unconfirmed = ⚠️ { $flight } ({ $names }) sudah ada di provider sebagai <b>{ $code }</b>, tapi langkah terakhir booking-nya tidak mendapat jawaban yang jelas, jadi booking ini <b>belum terkonfirmasi</b>. Booking ini tersimpan di /pesanan dengan tanda itu. Bot tidak akan mengulangnya. Jangan booking ulang: cek dengan <code>/cek { $code }</code>.
# Di samping statusnya di /pesanan.
booking-unconfirmed-mark = ⚠️ belum terkonfirmasi
# Di kartu /cek.
status-booking-unconfirmed = ⚠️ Booking belum terkonfirmasi: langkah terakhirnya di { $provider } tidak mendapat jawaban yang jelas. Saat di-issue, bot mengecek ke { $provider } dulu dan meminta konfirmasi jumlah yang disebut { $provider }.
# Issue-nya ditolak provider: pesanannya belum cukup lengkap untuk dibayar dari sini.
issue-unconfirmed-refused = ⚠️ Booking ini belum terkonfirmasi: langkah terakhirnya (data pemesan) tidak masuk di { $provider }, jadi tidak bisa dibayar dari sini. Belum ada yang dibayar. Cek di dashboard partner { $provider } dan bayar di sana sebelum <b>{ $deadline }</b>, atau biarkan kedaluwarsa lalu booking ulang.
# Belum bisa dibaca dari provider saat ini apakah langkah terakhirnya sudah masuk (jawabannya gagal): tidak
# ditawarkan untuk di-issue, tapi juga tidak disebut tidak bisa dibayar. Di /cek dan di pengingatnya.
issue-checkout-unchecked = ⚠️ Booking ini belum terkonfirmasi, dan saat ini belum bisa dicek apakah langkah terakhirnya (data pemesan) sudah masuk di { $provider }, jadi belum ditawarkan untuk di-issue. Belum ada yang dibayar. Cek statusnya lagi sebentar lagi, atau cek di dashboard partner { $provider } dan bayar di sana sebelum <b>{ $deadline }</b>.
