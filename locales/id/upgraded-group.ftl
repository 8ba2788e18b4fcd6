# A button tapped in a group after it was upgraded to a supergroup (src/bot/middlewares/upgraded-group-taps.ts):
# Telegram still shows the old group, read-only, and its bookings and settings now live in the upgraded one.
# A callback alert: at most 200 characters.
upgraded-group-tap = Grup ini sudah di-upgrade menjadi supergrup: pesanan dan pengaturannya pindah ke sana. Lanjutkan di grup yang baru.
upgraded-group-tap-code = Grup ini sudah di-upgrade menjadi supergrup: booking { $code } pindah ke sana. Ketik /status { $code } di grup yang baru.
