# Anggota yang daftar penerbangannya masih terbuka menulis di tempat lain (membalas pesan lain): daftarnya ditunjukkan.
unhandled-group-list = ↩️ Daftar penerbangan Anda yang ini. Balas pesan ini dengan yang Anda mau: nomor atau kode penerbangan, <i>termurah</i>, tanggal lain… atau ketik /cari untuk mulai lagi.
