# Yang diketik di kartu harga (cek harga langsung): tanggal atau jumlah penumpang baru dicari lagi; nama, kontak, dan lainnya dijawab dengan caranya.
quote-card-search-date = 🔄 Oke, tanggalnya diganti ke <b>{ $date }</b>. Saya cari lagi penerbangannya, pilih lagi dari daftar barunya ya.
quote-card-search-party = 🔄 Oke, jadi <b>{ $party }</b>. Saya cari lagi penerbangannya (harga dan sisa kursinya bisa beda), pilih lagi dari daftar barunya ya.
quote-card-same-party = ℹ️ Harga ini sudah untuk <b>{ $party }</b>. Tekan ✅ Lanjut, atau ketik jumlah penumpang lain, mis. <code>jadi 3 org</code>.
quote-card-name = ℹ️ Nama penumpang ditanyakan setelah ini: tekan ✅ Lanjut dulu, lalu ketik namanya di pertanyaan penumpang.
quote-card-contact = ℹ️ Kontak pemesan ditanyakan setelah nama penumpang: tekan ✅ Lanjut dulu.
quote-card-change-how = { $what ->
    [date] Ketik tanggal barunya, mis. <code>tgl 26</code>: penerbangannya saya cari lagi.
    [party] Ketik jumlah penumpangnya, mis. <code>jadi 3 org</code> atau <code>2 dws 1 ank</code>: penerbangannya saya cari lagi.
    [route] Untuk ganti rute: mulai lagi dengan /cari, mis. <code>/cari cgk lop besok 2</code>.
    [flight] Untuk pilih penerbangan lain: tekan ◀ Penerbangan lain.
    [name] Nama penumpang ditanyakan setelah ini: tekan ✅ Lanjut dulu.
    [contact] Kontak pemesan ditanyakan setelah nama penumpang: tekan ✅ Lanjut dulu.
   *[any] Mau ganti apa? Tanggal atau jumlah penumpang: ketik saja, mis. <code>tgl 26</code> atau <code>jadi 3 org</code>. Penerbangannya: tekan ◀ Penerbangan lain.
  }
quote-card-buttons = Pilih dengan tombol di kartu harga: ✅ Lanjut untuk mengisi penumpang, ◀ Penerbangan lain untuk kembali ke daftar, atau ✖️ Batal. Mau ganti tanggal atau jumlah penumpang? Ketik saja, mis. <code>tgl 26</code> atau <code>jadi 3 org</code>.
