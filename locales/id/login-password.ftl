# /login and /resetpassword at the password question (src/bot/features/account/password-step.ts).
# A command there is not run: the flow still waits, and says how to stop it first.
account-password-still-waiting = { $kind ->
    [reset] ⏳ Reset password belum selesai: saya masih menunggu <b>password baru</b> untuk user <code>{ $username }</code>, jadi { $command } belum saya jalankan. Kirim password baru (pesannya langsung saya hapus), ketik <i>kembali</i> untuk mengubah kode agen, atau /batal untuk menghentikan reset, lalu kirim { $command } lagi.
   *[login] ⏳ Login belum selesai: saya masih menunggu <b>password</b> MMBC untuk user <code>{ $username }</code>, jadi { $command } belum saya jalankan. Kirim password-nya (pesannya langsung saya hapus), ketik <i>kembali</i> untuk mengganti username, atau /batal untuk menghentikan login, lalu kirim { $command } lagi.
}
# A "/word" the bot doesn't know: deleted (it may be the password) and never repeated back.
account-password-unknown-command = { $kind ->
    [reset] 🔒 Pesan itu saya hapus (bisa saja berisi password) dan tidak saya kirim ke MMBC. Reset password belum selesai: kirim <b>password baru</b> untuk user <code>{ $username }</code>, ketik <i>kembali</i> untuk mengubah kode agen, atau /batal untuk berhenti.
   *[login] 🔒 Pesan itu saya hapus (bisa saja berisi password) dan tidak saya kirim ke MMBC. Login belum selesai: kirim <b>password</b> untuk user <code>{ $username }</code>, ketik <i>kembali</i> untuk mengganti username, atau /batal untuk berhenti.
}
# A photo, file, voice note… at the password question: deleted (it may show the password).
account-password-as-text = { $kind ->
    [reset] 📎 Kirim <b>password baru</b> sebagai teks biasa, satu baris. Pesan tadi sudah saya hapus untuk berjaga-jaga. (<i>kembali</i> untuk mengubah kode agen, /batal untuk berhenti)
   *[login] 📎 Kirim <b>password</b> untuk user <code>{ $username }</code> sebagai teks biasa, satu baris. Pesan tadi sudah saya hapus untuk berjaga-jaga. (<i>kembali</i> untuk mengganti username, /batal untuk berhenti)
}
account-password-edited = ✏️ Pesan yang diedit saya hapus (bisa berisi password) dan tidak saya pakai. Kirim { $kind ->
    [reset] password baru
   *[login] password
} sebagai <b>pesan baru</b>.
# The first line after a stop at the password question looks like a password: deleted, never used.
account-password-after-stop = 🔒 Pesan itu saya hapus karena mirip password. { $kind ->
    [reset] Reset password sudah dihentikan, jadi tidak saya kirim ke MMBC. Untuk mengganti password, mulai lagi dengan /resetpassword.
   *[login] Login sudah dihentikan, jadi tidak saya kirim ke MMBC. Untuk menautkan akun, mulai lagi dengan /login.
} Kalau itu bukan password, kirim lagi.
# A password typed in a group the bot couldn't delete (it lacks the right): the group saw it.
account-delete-failed-group = ⚠️ Saya tidak bisa menghapus pesan berisi password Anda: mohon hapus sendiri. Semua anggota grup ini mungkin sudah melihatnya, jadi segera ganti password tersebut (/resetpassword di chat pribadi dengan saya).
