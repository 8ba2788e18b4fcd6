# MMBC's booking answer gave no readable pay-before time (null, empty, an unknown form): no reminder is set.
booking-timelimit-unknown = ⏰ Bayar sebelum: <b>tidak diketahui</b> (jawaban MMBC tidak menyebutkannya): cek <code>/status</code> sebelum booking lagi atau membayar terlambat.
# The provider's commission figure was missing or negative.
amount-unknown = tidak diketahui
# The expiry check: the pay-before time passed by the bot's clock, but the provider still says waiting (asked again for two hours).
reminder-expiry-still-waiting = ⌛ Booking <code>{ $code }</code> ({ $from } → { $to }): batas bayar sudah lewat menurut jam kami, tetapi { $provider } masih menunjukkan <b>waiting</b>. Cek <code>/status { $code }</code> sebelum booking lagi.
