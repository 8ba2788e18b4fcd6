access-not-member = 🔒 Hanya anggota grup ini yang bisa memakai bot di sini.
access-group-not-approved-toast = 🔒 Grup ini belum boleh memakai akun provider bot: operator mengirim /setujui di sini, atau admin grup memakai akunnya sendiri (/pengaturan akun).
