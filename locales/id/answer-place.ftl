## Baris anggota grup yang bukan jawaban pertanyaannya yang terbuka: balasan ke pertanyaan yang sudah dijawab atau dari
## alur sebelumnya, atau baris di topik forum lain. Tidak ada yang dipakai.
flow-reply-answered-already = ↩️ Pertanyaan itu sudah dijawab ({ $answer }), jadi balasan ini tidak dipakai.
flow-reply-answered-already-tapped = ↩️ Pertanyaan itu sudah dijawab, jadi balasan ini tidak dipakai.
flow-reply-closed-flow = ↩️ Pertanyaan itu dari pencarian atau booking sebelumnya, yang sudah ditutup waktu yang baru dimulai, jadi balasan ini tidak dipakai.
flow-reply-now-asking = Sekarang yang ditanyakan:
flow-reply-open-question = Balas pertanyaan yang masih terbuka saja ya.
flow-waits-in-topic = ↩️ Pertanyaan Anda yang masih terbuka ada di <a href="{ $link }">topik lain</a>: jawab di sana ya. Pesan ini tidak dipakai.
flow-waits-in-named-topic = ↩️ Pertanyaan Anda yang masih terbuka ada di topik <a href="{ $link }">{ $topic }</a>: jawab di sana ya. Pesan ini tidak dipakai.
