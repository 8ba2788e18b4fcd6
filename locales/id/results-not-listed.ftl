# Diketik di daftar hasil: kode penerbangan yang tidak ada di daftar (src/bot/features/search/list-new-search.ts).
results-code-absent = { $code } tidak ada di daftar ini ({ $from } → { $to }, { $date }). Pilih dari daftar ini (kode atau nomornya), atau ketik pencarian baru (mis. <code>cgk sub 21/12 1</code>).
# Penerbangan yang kursinya habis saat dipilih atau dipesan (src/bot/features/search/booking-steps.ts).
quote-sold-out = 😕 Kursi { $flight } sudah habis. Pilih penerbangan lain.
sold-out-kept = 😕 Kursi { $flight } sudah habis. Pilih penerbangan lain: data penumpang dan kontak tetap tersimpan.
