# What agents type: quick form, places, dates, party, names, phone (issue 12).
input-understood = Rute <b>{ $from } → { $to }</b>.
input-understood-date = Rute <b>{ $from } → { $to }</b>, { $date }.
input-quick-unread = Bagian ini tidak saya pahami dan tidak dipakai: "<b>{ $words }</b>".
input-quick-too-long = Teks setelah perintah terlalu panjang untuk dibaca sekaligus, jadi saya tanyakan satu per satu.

input-airport-choose-origin = 🛫 Bandara <b>asal</b> mana yang dimaksud dengan "<b>{ $input }</b>"? Pilih, atau ketik lagi.
input-airport-choose-destination = 🛬 Bandara <b>tujuan</b> mana yang dimaksud dengan "<b>{ $input }</b>"? Pilih, atau ketik lagi.
input-airport-city-origin = 🛫 { $input } punya lebih dari satu bandara. Berangkat dari bandara mana?
input-airport-city-destination = 🛬 { $input } punya lebih dari satu bandara. Tujuan ke bandara mana?
input-airport-unserved-origin = Bandara { $city } ({ $code }) tidak ada di daftar rute provider ini. Berangkat dari bandara mana? Ketik kota atau kode lain.
input-airport-unserved-destination = Bandara { $city } ({ $code }) tidak ada di daftar rute provider ini. Tujuan ke bandara mana? Ketik kota atau kode lain.
input-airport-unknown-origin = Saya tidak mengenal "<b>{ $input }</b>" sebagai bandara <b>asal</b>. Ketik kota (Surabaya), nama bandara (Juanda) atau kode 3 huruf (SUB).
input-airport-unknown-destination = Saya tidak mengenal "<b>{ $input }</b>" sebagai bandara <b>tujuan</b>. { $origin ->
    [DPS] Ketik kota (Surabaya), nama bandara (Juanda) atau kode 3 huruf (SUB).
   *[other] Ketik kota (Denpasar), nama bandara (Ngurah Rai) atau kode 3 huruf (DPS).
}

input-ask-date = 📅 Tanggal berangkat? Ketik <code>besok</code>, <code>jumat</code>, <code>25 des</code>, <code>25/12</code>, <code>tgl 25</code>, atau pilih:
input-date-unreadable = Tanggal "<b>{ $input }</b>" tidak terbaca. Coba <code>besok</code>, <code>senin</code>, <code>jumat depan</code>, <code>25 des</code>, <code>25/12</code> atau <code>25-12-2026</code>.
input-date-vague = Hari apa tepatnya? Ketik mis. <code>senin depan</code>, <code>jumat depan</code> atau tanggalnya (<code>25 des</code>), atau pilih di kalender.
input-date-past-suggest = Tanggal "<b>{ $input }</b>" tahun ini sudah lewat. Maksudnya <b>{ $suggestion }</b>? Ketuk tombolnya, atau ketik tanggal lain.
input-date-suggest-button = ✅ { $date }
input-date-too-far = Penerbangan hanya bisa dipesan sampai { $max }. Pilih tanggal yang lebih dekat.

input-ask-pax = 👥 Berapa penumpang? Ketik <code>2</code>, <code>2 dewasa 1 anak</code>, atau <code>2 1 0</code> (dewasa, anak, bayi).
input-pax-unreadable = Jumlah penumpang "<b>{ $input }</b>" tidak terbaca. Ketik mis. <code>2</code>, <code>2 dewasa 1 anak 1 bayi</code> atau <code>2 1 0</code>.
input-pax-no-adult = Minimal harus ada satu penumpang dewasa: anak dan bayi tidak bisa dipesan tanpa dewasa.
input-pax-infants-exceed-adults = Setiap bayi dipangku satu orang dewasa, jadi bayi ({ $infant }) tidak boleh lebih banyak dari dewasa ({ $adult }).
input-pax-too-many = Maksimal { $max } penumpang per booking (anak dan bayi ikut dihitung). Rombongan lebih besar: pesan dalam beberapa booking.
input-pax-negative = Jumlah penumpang tidak boleh negatif.
input-pax-toddler = Balita dipesan sebagai <b>anak</b> (2–11 tahun) atau <b>bayi</b> (di bawah 2 tahun, dipangku dewasa). Ketik mis. <code>2 dewasa 1 anak</code> atau <code>2 dewasa 1 bayi</code>.

input-name-no-title = Awali dengan titel: { $titles } — mis. <code>{ $example }</code>.
input-name-no-name = Setelah titel, ketik nama lengkap sesuai paspor/KTP — mis. <code>{ $example }</code>.
input-name-wrong-title = Untuk penumpang { $type } titel harus salah satu dari: { $titles } — mis. <code>{ $example }</code>.
input-name-bad-name = Nama hanya boleh berisi huruf, spasi, apostrof, titik, dan tanda hubung (maks. 60 karakter).
input-name-not-latin = Tulis nama dengan huruf Latin persis seperti di paspor/KTP: maskapai tidak menerima huruf Arab, Mandarin, dan lainnya.
input-name-gender = { $name } laki-laki atau perempuan? Untuk { $type } maskapai memakai titel Mstr atau Miss.
input-name-gender-boy = 👦 Mstr { $name }
input-name-gender-girl = 👧 Miss { $name }
input-name-single = ℹ️ Nama satu kata: dikirim ke maskapai sebagai <b>{ $sent }</b> (nama depan = nama belakang, aturan maskapai).
input-names-pasted = ✅ Diterima dari pesan Anda: { $names }.
input-names-too-many = Anda mengirim { $sent } nama, tapi sisa penumpang hanya { $left }. Kirim paling banyak { $left } nama, satu per baris.
input-names-line = Baris { $line } ("{ $text }"): { $problem }
input-pax-example-adult = Tn Budi Santoso
input-pax-example-child = Mstr Dimas Pratama
input-pax-example-infant = Miss Putri Lestari
input-pax-ask-name = 👤 Penumpang { $n } dari { $of } ({ $type }): titel dan nama lengkap, mis. <code>{ $example }</code>. Beberapa penumpang sekaligus: satu per baris.

input-ask-phone = 📱 Nomor HP kontak? Mis. <code>081234567890</code> atau nomor luar negeri dengan kode negara (<code>+65 9123 4567</code>); bisa juga kirim kartu kontak 📎.
input-phone-invalid = Itu bukan nomor HP. Ketik nomor Indonesia (<code>081234567890</code>, <code>+6281234567890</code>) atau nomor luar negeri dengan kode negara (<code>+65 9123 4567</code>), atau kirim kartu kontak.

inline-date-vague = 📅 Sebutkan harinya: mis. senin depan atau 25 des
