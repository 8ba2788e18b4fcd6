access-not-member = 🔒 Hanya anggota grup ini yang bisa memakai bot di sini.
