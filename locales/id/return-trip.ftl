## Tanggal pulang yang diketik bersama pencarian, ditawarkan di kartu booking berangkat (dan lewat "skrg pulangnya")
return-search-button = 🔁 Cari pulang { $from } → { $to } { $date }
