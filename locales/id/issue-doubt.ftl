# An issue whose outcome is unknown holds the booking against a second payment for a while (services/issue-booking.ts).
issue-doubt = ⚠️ Issued <b>{ $code }</b> belum mendapat jawaban pasti, dan provider masih menyebut { $status }. Pembayaran itu mungkin masih diproses maskapai, jadi { $code } tidak akan saya bayar lagi sampai { $until }: membayar sekarang bisa memotong deposit dua kali.
issue-doubt-no-answer = ⚠️ Issued <b>{ $code }</b> belum mendapat jawaban, dan statusnya belum bisa dibaca. Pembayarannya mungkin masih berjalan, jadi { $code } tidak akan saya bayar lagi sampai { $until }: membayar sekarang bisa memotong deposit dua kali.
# After the above, what the agent can do. The hold ends before the pay-before time (or the bot doesn't know one): issue again after it if still unpaid.
issue-doubt-retry = Ketik <code>/cek { $code }</code>: kalau sudah issued, selesai; kalau setelah { $until } masih menunggu pembayaran, Anda boleh issued lagi.
issue-doubt-retry-by = ⏰ Batas waktu bayar: <b>{ $deadline }</b>. Ketik <code>/cek { $code }</code>: kalau sudah issued, selesai; kalau setelah { $until } masih menunggu pembayaran, Anda boleh issued lagi sebelum { $deadline }.
# The hold ends after the pay-before time: waiting for it to end is no advice (the seat would be gone), and paying again is never one.
issue-doubt-deadline = ⏰ Batas waktu bayar: <b>{ $deadline }</b>, lebih dulu dari saat saya boleh membayar lagi, jadi jawaban maskapai yang menentukan: pembayaran pertama mungkin masih berhasil; kalau { $code } masih belum terbayar pada { $deadline }, booking ini hangus. Ketik <code>/cek { $code }</code>; kalau tetap tidak jelas, hubungi CS { $provider } dengan kode booking ini.
# /status while a hold stands (after "Pay before").
status-issue-hold = 🔎 Issued booking ini belum mendapat jawaban pasti dan sedang dicek: tidak akan saya bayar lagi sampai { $until }.
status-issue-hold-deadline = 🔎 Issued booking ini belum mendapat jawaban pasti dan sedang dicek: tidak akan saya bayar lagi sampai { $until }, setelah batas waktu bayarnya, jadi jawaban maskapai yang menentukan; kalau saat batas waktu masih belum terbayar, booking ini hangus.
# A reminder while a hold stands: no "pay before … or lose the seats", no Issue button.
reminder-held = 🔎 Pembayarannya sedang dicek ke maskapai: tidak akan saya bayar lagi sampai { $until }. Batas waktu bayar: { $at }. Tekan Status untuk hasilnya.
reminder-held-deadline = 🔎 Pembayarannya sedang dicek ke maskapai: tidak akan saya bayar lagi sampai { $until }, setelah batas waktu bayarnya ({ $at }), jadi jawaban maskapai yang menentukan; kalau saat itu masih belum terbayar, booking ini hangus. Tekan Status untuk hasilnya.
