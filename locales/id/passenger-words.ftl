# Obrolan yang diketik di pertanyaan nama, daftar yang ditempel dari WhatsApp, dan kata-kata di cek harga dan ringkasan.
input-name-confirm = 🤔 Ini nama penumpangnya: <b>{ $name }</b>{ $single ->
    [yes] {" "}(dikirim ke maskapai sebagai { $sent })
   *[no] {""}
  }? { $words } biasanya bukan bagian dari nama. Kalau memang benar, tekan tombol ✅. Kalau bukan, ketik nama yang benar: titel dan nama lengkap, mis. <code>{ $example }</code> (kalau namanya menyusul, kirim saja nanti di sini).
input-name-confirm-word = 🤔 "<b>{ $word }</b>" sepertinya bukan nama. Kalau memang nama penumpangnya, tekan tombol ✅ (dikirim ke maskapai sebagai { $sent }). Kalau bukan, ketik nama yang benar: titel dan nama lengkap, mis. <code>{ $example }</code> (kalau namanya menyusul, kirim saja nanti di sini).
input-name-confirm-several = 👥 Dua orang atau lebih? Ketik nama tiap penumpang dengan titelnya, satu per baris, mis. <code>Tn Budi Santoso</code> dan <code>Ny Siti Aminah</code>.
input-name-confirm-use = ✅ Ya, { $name }
input-name-confirm-retype = ✏️ Ketik ulang nama
input-name-change-request = "<b>{ $text }</b>" bukan nama penumpang. { $what ->
    [date] Untuk ganti tanggal: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu ketik tanggal barunya di sana.
    [route] Untuk ganti rute: ketik <code>kembali</code> sampai pertanyaan tujuan, atau mulai lagi dengan /cari, mis. <code>/cari cgk lop besok 2</code>.
    [party] Untuk ganti jumlah penumpang: ketik <code>kembali</code> sampai pertanyaan jumlah penumpang muncul.
    [flight] Untuk ganti penerbangan: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu pilih yang lain.
    [name] { $first ->
        [yes] Ketik saja nama yang benar di sini.
       *[no] Untuk mengganti nama penumpang sebelumnya, ketik <code>kembali</code>.
    }
   *[other] Ketik <code>kembali</code> untuk mundur satu langkah (ulangi sampai langkah yang mau diubah; jawaban lain tetap tersimpan), atau mulai dari awal dengan /cari.
  } Nama penumpang ini tetap ditunggu: titel dan nama lengkap, mis. <code>{ $example }</code>.
input-names-dropped-phone = ℹ️ Nomor HP { $phone } tidak dimasukkan ke nama (kontak ditanyakan setelah penumpang).
input-names-dropped-note = ℹ️ "{ $text }" bukan bagian nama, jadi tidak ikut di tiket.
input-names-dropped-id = ℹ️ "{ $text }" tidak dimasukkan ke nama: nomor identitas ditanyakan tersendiri bila maskapai memerlukannya.
input-names-dropped-contact = ℹ️ "{ $text }" tidak dimasukkan ke nama: kontak ditanyakan setelah penumpang.
input-names-dropped-other = ℹ️ "{ $text }" tidak dimasukkan: tiket hanya memuat titel dan nama.
input-names-dropped-chat = ℹ️ "{ $text }" bukan nama, jadi tidak dimasukkan.
quote-see-card = ℹ️ Harga, bagasi, dan jam terbangnya ada di kartu penerbangan di atas. Tekan ✅ Lanjut untuk mengisi penumpang, ◀ Penerbangan lain untuk memilih yang lain, atau ✖️ Batal.
summary-see-above = ℹ️ Belum dibooking. Total dan rinciannya ada di ringkasan di atas: tekan ✅ Booking kalau sudah sesuai, ✏️ Ubah untuk mengganti penumpang atau kontak, atau ✖️ Batal.
summary-change-how = { $what ->
    [date] Untuk ganti tanggal: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu ketik tanggal barunya di sana.
    [route] Untuk ganti rute: mulai lagi dengan /cari, mis. <code>/cari cgk lop besok 2</code>.
    [party] Untuk ganti jumlah penumpang: ketik <code>kembali</code> sampai pertanyaan jumlah penumpang muncul.
   *[flight] Untuk ganti penerbangan: ketik <code>kembali</code> sampai daftar penerbangan muncul, lalu pilih yang lain.
  }
summary-typed-contact-changed = 📇 Kontak diganti jadi { $email } · { $phone }. Belum dibooking: cek lagi ringkasan di bawah, lalu tekan ✅ Booking kalau sudah benar.{ $own ->
    [yes] {" "}tiket.com mengirim e-tiket dan info perubahan jadwal ke kontak ini, jadi harus milik pelanggan sendiri.
   *[no] {""}
}
