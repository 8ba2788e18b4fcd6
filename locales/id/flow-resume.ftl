## Alur yang masih terbuka atau berhenti karena waktu habis: satu pesan, dengan jalan kembali satu ketukan.
flow-timeout-booking-flight = ⌛ Booking <b>{ $flight }</b> berhenti karena { $minutes } menit tidak ada jawaban, jadi pesan terakhir Anda <b>belum dipakai</b>. Belum ada yang dibooking.
flow-timeout-booking = ⌛ Booking berhenti karena { $minutes } menit tidak ada jawaban, jadi pesan terakhir Anda <b>belum dipakai</b>. Belum ada yang dibooking.
flow-timeout-search = ⌛ Pencarian berhenti karena { $minutes } menit tidak ada jawaban, jadi pesan terakhir Anda <b>belum dipakai</b>.
flow-timeout-details = ⌛ Pengisian data penumpang berhenti karena { $minutes } menit tidak ada jawaban, jadi pesan terakhir Anda <b>belum dipakai</b> dan tidak ada data yang disimpan; tautan ini sudah tidak berlaku. Booking di grup juga sudah berhenti (menunggu selama itu juga). Di grup, ketuk ▶️ Lanjutkan: saya jawab bahwa booking-nya berhenti, dengan tombol 🔁 untuk membuka penerbangannya lagi. Atau mulai lagi dengan /cari di grup.
flow-timeout-list = Daftar { $route }, { $date } masih bisa dipakai: ketuk tombol di bawah, atau ketik nomor/kode penerbangannya. Harga dan kursi dicek ulang saat penerbangan dibuka.
flow-timeout-restart = Ketik /cari untuk mulai lagi.
flow-resume-flight = 🔁 Lanjutkan booking { $flight }
flow-resume-list = 📋 Daftar penerbangan
flow-resume-search = 🔎 Cari ulang
flow-still-open = ⏳ Masih menunggu jawaban Anda untuk pertanyaan terakhir di atas: ketik jawabannya, atau /batal untuk berhenti.
flow-still-open-question = ⏳ <b>Masih menunggu jawaban Anda</b> (ketik /batal untuk berhenti). Pertanyaan terakhir:
flow-list-still-open = 📋 Daftar penerbangan Anda masih terbuka: ketik nomor atau kode penerbangan untuk booking, atau /cari untuk pencarian baru.
flow-caption-read = { $kind ->
    [photo] 🖼 Fotonya (termasuk foto KTP) tidak saya baca
    [video] 🎥 Videonya tidak saya baca
    [voice] 🎤 Pesan suaranya tidak saya baca
    [audio] 🎵 Audionya tidak saya baca
   *[other] 📎 Berkasnya tidak saya baca
  }, tapi keterangannya saya pakai sebagai jawaban: <i>{ $caption }</i>
flow-caption-read-group = { $kind ->
    [photo] 🖼 Fotonya (termasuk foto KTP) tidak saya baca
    [video] 🎥 Videonya tidak saya baca
    [voice] 🎤 Pesan suaranya tidak saya baca
    [audio] 🎵 Audionya tidak saya baca
   *[other] 📎 Berkasnya tidak saya baca
  }, tapi keterangannya saya pakai sebagai jawaban (isinya tidak saya ulang di grup).

# On the answer to a cancel (/batal, "gk jd deh", ✖️ at the summary) when a list or a booking was open: one tap back to it.
cancel-undo = ↩️ Lanjutkan lagi
