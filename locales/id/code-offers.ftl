# /issued dan /cek tanpa kode: booking chat ini sebagai tombol (src/bot/features/booking/code-offers.ts).
issue-which-booking = Booking mana yang mau di-issued? Ketuk kodenya (yang belum dibayar, terbaru di depan), atau ketik: <code>/issued ABC123</code>
status-which-booking = Booking mana yang mau dicek? Ketuk kodenya, atau ketik: <code>/cek ABC123</code>
# Di bawah pertanyaan: booking belum dibayar yang issued-nya belum jelas hasilnya, dengan tombol Cek, bukan untuk dibayar.
issue-offer-held = <b>{ $code }</b> · { $from }→{ $to } — cek dulu: <code>/cek { $code }</code>
