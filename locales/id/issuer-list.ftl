# /izinkan dan /cabut untuk orang yang tetap boleh issued apa pun isi daftar grup (services/issuer-list.ts).
settings-allowed-on-list = ✅ { $name } sekarang masuk daftar yang boleh issued di grup ini.
settings-disallowed-off-list = { $name } sudah dikeluarkan dari daftar yang boleh issued di grup ini.
settings-issuer-off-list-admin = { $name } adalah admin, dan menurut aturan grup ini admin selalu boleh issued. Kalau hanya orang di daftar yang boleh issued, pilih 📋 Daftar di /pengaturan.
settings-issuer-off-list-everyone = Menurut aturan grup ini, semua anggota grup boleh issued. Kalau hanya orang di daftar yang boleh issued, pilih 📋 Daftar di /pengaturan.
settings-issuer-off-list-operator = { $name } termasuk issuer operator bot, jadi tetap boleh issued dengan akun bot di grup mana pun.
settings-issuer-off-list-owner = { $name } yang menautkan akun yang dipakai grup ini (/login), jadi dia tetap boleh issued dengan akun itu.

# Anggota yang masih ada di daftar /izinkan bergabung lagi: keluarnya tidak terlihat, dan kembali tidak memulihkan izin.
settings-issuer-returned = ℹ️ { $name } bergabung lagi ke grup. Sebelum keluar dia ada di daftar yang boleh issued; izin itu tidak ikut kembali, jadi admin perlu mengizinkannya lagi dengan /izinkan kalau dia memang boleh issued.
