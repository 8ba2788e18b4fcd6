# The booking answer names another flight, route or day than the one booked: the hold is real (a code), but not the flight asked.
booked-other-flight-title = ⚠️ <b>MMBC membooking penerbangan yang berbeda dari permintaan Anda.</b> Kode: <code>{ $code }</code>
booked-other-flight-both =
    Yang diminta: { $asked }
    Yang dibooking MMBC: <b>{ $booked }</b>
# After the card: nothing is paid from the bot for it.
booked-other-flight-advice = Booking ini tidak di-issued lewat bot. Cek dulu ke MMBC sebelum mengabari pelanggan: kalau bukan penerbangan yang diinginkan, biarkan saja tidak dibayar (batal sendiri setelah batas waktu bayar) atau minta MMBC membatalkannya, lalu booking ulang penerbangan yang benar.
# Issue asked (button, /issued) for such a booking: refused, nothing paid.
issue-other-flight = ⚠️ <b>{ $code }</b> tidak di-issued lewat bot: MMBC membooking { $booked }, padahal yang diminta { $asked }. Belum ada yang dibayar. Cek ke MMBC dan issued di sana hanya kalau memang itu penerbangan yang diinginkan pelanggan; kalau tidak, biarkan saja tidak dibayar (batal sendiri setelah batas waktu bayar) atau minta MMBC membatalkannya, lalu booking ulang penerbangan yang benar.
