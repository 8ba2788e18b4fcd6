## Yang diketik di daftar hasil: penerbangan habis, maskapai, halaman, penerbangan langsung.
results-sold-out-button = 🚫 { $label } · habis
results-sold-out-marked = 🚫 { $flights }: kursinya tidak cukup untuk { $pax } penumpang saat dicek, jadi ditandai habis di daftar ini.
results-airline-absent = Tidak ada penerbangan { $airline } di daftar ini. Maskapai yang ada: { $airlines }.
results-page-last = Ini sudah halaman terakhir ({ $pages }/{ $pages }).
results-page-first = Ini sudah halaman pertama.
results-page-only = Semua penerbangan sudah ada di halaman ini.
results-page-none = Daftar ini hanya { $pages } halaman.
results-direct-some = ✈️ Penerbangan langsung (tanpa transit): { $count } dari { $all }, termurah dulu. { $more ->
    [0] Pilih di bawah.
   *[other] Pilih di bawah; { $more } lainnya ada di daftar.
  }
results-direct-all = ✈️ Semua { $all } penerbangan di daftar ini langsung (tanpa transit).
results-direct-none = Tidak ada penerbangan langsung di daftar ini: semua { $all } penerbangan transit.
results-transit-some = 🔁 Penerbangan transit: { $count } dari { $all }, termurah dulu. { $more ->
    [0] Pilih di bawah.
   *[other] Pilih di bawah; { $more } lainnya ada di daftar.
  }
results-transit-all = 🔁 Semua { $all } penerbangan di daftar ini transit.
results-transit-none = Tidak ada penerbangan transit di daftar ini: semua { $all } penerbangan langsung.
results-time-airline-none = 🕒 Tidak ada penerbangan { $airline } { $time } di tanggal ini, jadi semua penerbangan { $airline } ditampilkan. Penerbangan { $time } yang ada: { $flights }.
results-time-airline-none-any = 🕒 Tidak ada penerbangan { $time } di tanggal ini (maskapai apa pun), jadi semua penerbangan { $airline } ditampilkan.
results-hour-none = 🕒 Tidak ada penerbangan sekitar jam { $hour } di tanggal ini. { $nearest ->
    [none] Tidak ada penerbangan lain.
   *[other] Yang terdekat: { $nearest }.
  }
