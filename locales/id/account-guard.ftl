# /login dan /resetpassword dengan username MMBC milik operator bot: ditolak sebelum ada yang dikirim ke MMBC,
# dengan kata-kata yang sama siapa pun yang meminta (src/bot/features/account/flow-answer.ts).
account-operator-login = 🔒 Itu akun MMBC milik operator bot ini. Akun itu diatur operator di pengaturan bot, tidak bisa ditautkan atau di-reset lewat chat, jadi tidak ada yang saya kirim ke MMBC. /login untuk menautkan akun MMBC <b>Anda sendiri</b>; /resetpassword untuk reset password-nya.
# Terlalu sering mencoba /login atau /resetpassword (per orang, dan per username siapa pun yang mengetik): tidak ada yang dikirim ke MMBC.
account-too-many-tries = ⏳ Terlalu banyak percobaan login dan reset password dalam waktu singkat, jadi tidak ada yang saya kirim ke MMBC. Coba lagi dalam { $minutes } menit.
