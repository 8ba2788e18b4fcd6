# Alur anggota yang terbuka saat grup di-upgrade menjadi supergroup (chat-lifecycle.ts).
group-upgraded-flow-lost = ⬆️ Grup ini di-upgrade menjadi supergroup, jadi pencarian { $name } yang sedang berjalan tidak bisa dilanjutkan: ketik /cari lagi.
