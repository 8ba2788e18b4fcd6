# MMBC's booking answer gave no readable pay-before time (null, empty, an unknown form): no reminder is set.
booking-timelimit-unknown = ⏰ Bayar sebelum: <b>tidak diketahui</b> (jawaban MMBC tidak menyebutkannya): cek <code>/status</code> sebelum booking lagi atau membayar terlambat.
# The provider's commission figure was missing or negative.
amount-unknown = tidak diketahui
