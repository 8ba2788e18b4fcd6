## Tanggal pulang yang diketik bersama pencarian, ditawarkan di kartu booking berangkat (dan lewat "skrg pulangnya")
return-search-button = 🔁 Cari pulang { $from } → { $to } { $date }
## Penerbangan pulang dipilih: penumpang (dan kontak) booking berangkat ditawarkan lagi
return-same-passengers = Pakai penumpang yang sama? { $names }
return-same-yes = ✅ Ya, penumpang & kontak yang sama
return-same-new = ✍️ Isi penumpang baru
