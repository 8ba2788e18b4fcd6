# The search and booking flow: going back, other days, edits, media and group replies.
nav-reply-here = ✍️ …atau <b>balas pesan ini</b> dengan jawaban Anda.
nav-edited = ✏️ Pesan yang diedit tidak dibaca: yang berlaku tetap yang dikirim pertama. Untuk mengubah jawaban sebelumnya, ketik <code>kembali</code> ke pertanyaan itu, atau pakai ✏️ Ubah di ringkasan; untuk menjawab pertanyaan sekarang, kirim pesan baru.
nav-media = { $kind ->
    [voice] 🎤 Pesan suara tidak bisa saya baca.
    [audio] 🎵 Audio tidak bisa saya baca.
    [video_note] 🎥 Video tidak bisa saya baca.
    [video] 🎥 Video tidak bisa saya baca.
    [photo] 🖼 Foto (termasuk foto KTP) tidak saya baca.
    [sticker] 🙂 Stiker tidak bisa saya baca.
    [location] 📍 Lokasi tidak dipakai di sini.
    [venue] 📍 Lokasi tidak dipakai di sini.
   *[other] 📎 Berkas ini tidak bisa saya baca.
  } Ketik jawaban untuk pertanyaan di atas (atau pilih tombolnya).
nav-prev-day = ◀ { $date }
nav-next-day = { $date } ▶
nav-day-unavailable = Tanggal itu tidak bisa dicari (sudah lewat atau lebih dari setahun lagi).
nav-results-old-list = ↩️ Daftar itu sudah bukan daftar Anda yang terbaru. Balas daftar terbaru (di bawah) untuk memilih dari sana.
nav-results-typed = Ketik kode penerbangan atau nomornya di halaman ini (mis. <code>JT-690</code>, <code>2</code>, <code>yg kedua</code>), <code>termurah</code>, nama maskapai (<code>lion</code>), jam (<code>pagi</code>, <code>jam 7</code>), <code>langsung</code> untuk yang tanpa transit, <code>next</code> untuk halaman berikutnya, tanggal lain (<code>besok</code>, <code>tgl 10</code>), atau jumlah penumpang baru (<code>2 dewasa 1 anak</code>). Ketik <code>kembali</code> untuk kembali ke pertanyaan jumlah penumpang, atau <code>batal</code> untuk berhenti.
nav-all-departed = 🕒 Semua penerbangan hari itu sudah berangkat atau tutup check-in dalam 60 menit. Pilih tanggal lain.
nav-departed = 🕒 { $flight } sudah berangkat atau tutup check-in dalam 60 menit: tidak bisa dibooking. Pilih penerbangan lain.
nav-sold-out-kept = 😕 Kursi tersisa hanya { $seats }, padahal perlu { $needed }. Pilih penerbangan lain: data penumpang dan kontak tetap tersimpan.
nav-book-failed-kept = Belum ada yang dibooking. Data penumpang dan kontak tetap tersimpan: tekan ✅ Booking di ringkasan untuk mencoba lagi, atau ubah dulu.
nav-results-no-number = Tidak ada penerbangan nomor { $n } di halaman ini: halaman ini berisi { $shown }. Ketik nomornya dari atas (1–{ $shown }), kode penerbangan, atau tanggal lain (mis. <code>tgl { $n }</code>).
nav-booking-wait = ⏳ Memesan ke maskapai… bisa sampai satu menit.
nav-book-outcome-unknown = ⚠️ Tidak ada jawaban yang jelas untuk { $flight } ({ $names }) — waktu habis atau provider mengirim halaman error — jadi <b>belum pasti berhasil atau tidak</b>. Bot tidak akan mengulang booking ini sendiri. Karena belum ada kode booking, booking ini belum muncul di /pesanan. Jangan booking ulang dulu: tanyakan ke operator atau cek di portal provider apakah ada booking atas nama itu; setelah kodenya diketahui, cek dengan /cek KODE.
nav-book-outcome-unknown-answer = ⚠️ { $provider } menjawab booking { $flight } ({ $names }) dengan gangguan di sistemnya atau sistem maskapai. Gangguan seperti itu bisa terjadi setelah maskapai sempat menahan kursinya, jadi <b>belum pasti berhasil atau tidak</b>. Bot tidak akan mengulang booking ini sendiri. Karena belum ada kode booking, booking ini belum muncul di /pesanan. Jangan booking ulang dulu: tanyakan ke operator atau cek di portal provider apakah ada booking atas nama itu; setelah kodenya diketahui, cek dengan /cek KODE.
nav-book-maybe-exists = ⚠️ Booking { $flight } atas nama { $names } tadi tidak mendapat jawaban yang jelas: booking itu <b>mungkin sudah ada</b>, dengan kode yang tidak diterima bot. Booking ulang bisa menahan kursi dua kali. Cek dulu ke operator atau portal provider. Tetap booking lagi?
nav-book-maybe-exists-code = ⚠️ Booking { $flight } atas nama { $names } tadi mendapat jawaban yang tidak bisa dicatat bot: provider menyebut kodenya <b>{ $code }</b>, jadi booking itu <b>mungkin sudah ada</b>. Booking ulang bisa menahan kursi dua kali. Cek dulu: /cek { $code }. Tetap booking lagi?
nav-book-anyway = 🔁 Tetap booking lagi
nav-edit-which = ✏️ Apa yang mau diubah?
nav-edit-contact = 📇 Kontak
nav-edit-none = ◀ Tidak jadi
nav-results-reply = ↩️ Untuk mengetik kode penerbangan atau tanggal lain, <b>balas pesan ini</b>.
nav-book-outcome-unknown-code = ⚠️ { $flight } ({ $names }) sudah ada di provider sebagai <b>{ $code }</b>, tapi booking-nya tidak selesai dengan jelas (tidak ada jawaban yang jelas, atau tidak bisa dicatat di sini), jadi <b>belum pasti</b>. Bot tidak akan mengulangnya. Jangan booking ulang: cek dengan <code>/cek { $code }</code>.
summary-other-day-kept = 📅 Mencari { $date } dengan rute yang sama. Data penumpang dan kontak yang sudah diisi tetap dipakai untuk penerbangan yang dipilih di sana.
summary-other-day-none = Daftar sebelumnya ada lagi di bawah, data penumpang dan kontak tetap tersimpan: pilih penerbangan di sana.
summary-other-flight-kept = Daftarnya ada lagi di bawah, data penumpang dan kontak tetap tersimpan: pilih penerbangan lain.
list-wish-cheaper = Daftarnya ada di bawah, diurutkan dari yang termurah.
list-wish-cheaper-kept = Daftarnya ada di bawah, diurutkan dari yang termurah, data penumpang dan kontak tetap tersimpan: pilih penerbangan lain.
list-wish-cheapest = Ini sudah yang termurah di daftar.
summary-baggage = 🧳 Bagasi { $flight }: { $baggage } (sesuai yang dicantumkan maskapai untuk tarif ini).
summary-baggage-unlisted = 🧳 Provider tidak mencantumkan jatah bagasi { $flight } untuk tarif ini: kalau penting, cek ke maskapai sebelum booking.
summary-not-booked-yet = Belum dibooking: tekan ✅ Booking di ringkasan di atas kalau sudah benar.
results-baggage = 🧳 Bagasi di halaman ini (sesuai yang dicantumkan tiap maskapai untuk tarifnya):
results-baggage-unlisted = tidak dicantumkan
summary-other-party-kept = 👥 Mencari lagi untuk { $party }. Data penumpang dan kontak yang sudah diisi tetap dipakai: hanya penumpang baru yang ditanya setelah Anda memilih penerbangan.
summary-fewer-party-kept = 👥 Mencari lagi untuk { $party }, tanpa { $names }. Data penumpang lain dan kontak tetap dipakai untuk penerbangan yang dipilih.
summary-change-date-typed = 📅 Untuk ganti tanggal, ketik tanggal barunya di sini, mis. <code>ganti tgl 15</code>: rute yang sama dicari di tanggal itu, data penumpang dan kontak tetap tersimpan.
kept-birth-unfit = ⚠️ Tanggal lahir { $name } yang sudah diisi ({ $birth }) tidak cocok dengan tanggal penerbangan ini, jadi ditanyakan lagi; data lainnya tetap. { $why }
kept-birth-unfit-group = ⚠️ Tanggal lahir { $name } yang sudah diisi tidak cocok dengan tanggal penerbangan ini, jadi ditanyakan lagi lewat chat pribadi; data lainnya tetap.
