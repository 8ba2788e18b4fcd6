# A lookup (/status, the Status and Issue buttons, /digest) found the booking issued at the provider where our records had no issue of it:
# a process died while the payment was on its way, or it was paid elsewhere. Recorded now; the e-ticket follows by itself (services/issue-recovery.ts).
issue-recovered = ✅ { $code } sudah issued: pembayarannya berhasil. E-tiketnya segera dikirim ke chat ini.
# Issue tapped while an earlier issue call of this booking is under way or was cut off before its answer (the bot restarted during it).
issue-checking = ⏳ Pembayaran untuk <b>{ $code }</b> sudah dikirim ke provider dan hasilnya sedang dicek. Pembayaran itu mungkin masih berhasil, jadi { $code } tidak akan saya bayar lagi sampai { $until }. Ketik <code>/cek { $code }</code>: begitu statusnya issued, e-tiket dikirim ke sini dengan sendirinya.
# The daily digest's button for a due booking while a hold stands: its status, not an Issue that would be refused.
digest-status-button = 🔎 Cek { $code }
# The inline booking card (it goes to the customer) while an issue of it may still be paying: no agent's wording, no times.
inline-booking-payment-checking = ⏳ Pembayarannya sedang dikonfirmasi ke maskapai.
