## Kartu untuk pelanggan (harga dengan markup agen; tanpa NTA, komisi, deposit atau nama provider)
cust-button = 📤 Untuk pelanggan
cust-title-offer = Penawaran tiket pesawat
cust-title-compare = Pilihan penerbangan
cust-title-booked = Booking tiket pesawat
cust-title-issued = Tiket pesawat (sudah terbit)
cust-option = Pilihan { $n }
cust-direct = langsung
cust-stops = { $stops } transit
cust-baggage = Bagasi: { $baggage }
cust-pax-adult = Dewasa ({ $count })
cust-pax-child = Anak ({ $count })
cust-pax-infant = Bayi ({ $count })
cust-total = Total
cust-booking-code = Kode booking
cust-pay-before = Bayar sebelum
cust-ticket = tiket { $number }
cust-note-search = Harga per orang; pasti setelah dicek ulang saat booking.
cust-note-search-partial = Harga dewasa per orang; harga anak dan bayi dipastikan saat booking.
cust-note-change = Harga dapat berubah sampai tiket diterbitkan.
cust-pick-title = 📤 <b>Kartu untuk pelanggan</b> · { $from } – { $to }, { $date }
cust-pick-help = Pilih 1 penerbangan, atau 2–3 untuk dibandingkan dalam satu kartu. Terpilih: { $count }.
cust-pick-make = 📤 Buat kartu ({ $count })
cust-pick-max = Paling banyak 3 penerbangan dalam satu kartu.
cust-pick-none = Pilih dulu minimal satu penerbangan.
cust-expired = Hasil ini sudah kedaluwarsa. Cari lagi dengan /cari.
cust-image-failed = Gambar kartu gagal dibuat; teks di bawah tetap bisa disalin.

## Pengaturan agensi (/pengaturan)
agency-btn = 🏷 Agensi & markup
agency-title = 🏷 <b>Agensi &amp; markup</b> (untuk kartu pelanggan)
agency-name = Nama: { $name }
agency-contact = Kontak: { $contact }
agency-markup = Markup: { $markup }
agency-markup-none = tidak ada
agency-markup-fixed = { $amount } per penumpang
agency-markup-percent = { $percent } dari harga tiket
agency-infant-percent = Bayi: hanya markup persen (tanpa markup per penumpang)
agency-infant-fixed = Bayi: markup per penumpang juga berlaku
agency-rounding = Pembulatan: harga pelanggan dibulatkan KE ATAS ke kelipatan { $step }
agency-rounding-none = Pembulatan: tidak ada (rupiah penuh, pecahan dibulatkan ke atas)
agency-example = Contoh: tiket dewasa { $fare } → { $price } untuk pelanggan
agency-help =
    Ubah dengan:
    <code>/pengaturan agensi Makmur Travel</code>
    <code>/pengaturan info WA 0812-3456-7890 · Jl. Merdeka 1</code>
    <code>/pengaturan markup 50rb 2,5%</code> (0 = tanpa markup)
    <code>/pengaturan bulat 5rb</code> (1 = tanpa pembulatan)
    Ketik <code>-</code> untuk mengosongkan nama atau kontak.
agency-btn-no-rounding = Tanpa pembulatan
agency-btn-infant-fixed = 👶 Bayi kena markup per penumpang
agency-btn-infant-percent = 👶 Bayi hanya markup persen
agency-usage-agency = Ketik nama agensi (maks. 60 huruf, tanpa &lt; atau &gt;), mis. <code>/pengaturan agensi Makmur Travel</code>, atau <code>-</code> untuk mengosongkan.
agency-usage-contact = Ketik satu baris kontak (maks. 120 huruf, tanpa &lt; atau &gt;), mis. <code>/pengaturan info WA 0812-3456-7890 · Jl. Merdeka 1</code>, atau <code>-</code> untuk mengosongkan.
agency-usage-markup = Ketik jumlah dan/atau persen, mis. <code>/pengaturan markup 50rb</code>, <code>/pengaturan markup 50rb/pax</code>, <code>/pengaturan markup 5%</code> atau <code>/pengaturan markup Rp 25.000 2,5%</code>; <code>0</code> menghapus markup.
agency-usage-rounding = Ketik kelipatan pembulatan sampai Rp 1.000.000, mis. <code>/pengaturan bulat 5rb</code>; <code>1</code> = tanpa pembulatan.
cust-not-yours = 📤 Ini pencarian { $name }. Untuk kartu pelanggan Anda sendiri, cari dulu dengan /cari.
