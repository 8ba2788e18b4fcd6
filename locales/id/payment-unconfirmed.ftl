# The provider says unpaid, but a payment confirmation the bot sent earlier got no clear answer and may still go
# through (tiket.com's confirmPayment): the bot never sends it again, so the agent settles it with the provider.
# The answer to an issue whose confirmation got no clear answer (instead of "I won't pay again until …").
issue-doubt-confirmation = ⚠️ Issued <b>{ $code }</b> belum mendapat jawaban pasti, dan { $provider } masih menyebut { $status }. Konfirmasi pembayaran yang saya kirim mungkin masih masuk, jadi tidak akan saya kirim lagi: mengirimnya lagi bisa memotong deposit dua kali.
# /issued and the Issue buttons afterwards, while the provider still says unpaid.
payment-unconfirmed = ⚠️ { $provider } masih menyebut <b>{ $code }</b> belum dibayar. Tetapi konfirmasi pembayaran yang saya kirim sebelumnya belum mendapat jawaban pasti dan mungkin masih masuk, jadi tidak akan saya kirim lagi: mengirimnya lagi bisa memotong deposit dua kali.
# What to do, after either of the above.
payment-unconfirmed-todo-by = ⏰ Sebelum <b>{ $deadline }</b>: cek atau bayar lewat dashboard partner { $provider }, atau hubungi { $provider } dengan kode booking ini. Kalau { $provider } sudah menyebut issued, <code>/cek { $code }</code> akan menunjukkannya.
payment-unconfirmed-todo = Cek atau bayar lewat dashboard partner { $provider }, atau hubungi { $provider } dengan kode booking ini. Kalau { $provider } sudah menyebut issued, <code>/cek { $code }</code> akan menunjukkannya.
# /cek of such a booking, below its status and pay-before time.
status-payment-unconfirmed = 🔎 Konfirmasi pembayaran yang saya kirim sebelumnya belum mendapat jawaban pasti dan mungkin masih masuk, jadi tidak akan saya kirim lagi. Sebelum batas waktu bayar: cek atau bayar lewat dashboard partner { $provider }, atau hubungi { $provider } dengan kode booking ini.
# Its pay-before reminder: no Issue button.
reminder-payment-unconfirmed = ⚠️ { $provider } masih menyebut booking ini belum dibayar, tetapi konfirmasi pembayaran yang saya kirim sebelumnya belum mendapat jawaban pasti dan mungkin masih masuk, jadi tidak akan saya kirim lagi. Sebelum <b>{ $at }</b>: cek atau bayar lewat dashboard partner { $provider }, atau hubungi { $provider } dengan kode booking ini; kalau tidak, kursinya hangus.
