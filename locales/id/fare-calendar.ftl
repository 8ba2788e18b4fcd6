## Fare calendar (±3 days around a search)
farecal-button = 📅 ±3 hari
farecal-title = 📅 <b>{ $from } → { $to }</b> · { $pax } penumpang · harga termurah per dewasa ±3 hari
farecal-progress = 🔎 { $done } dari { $total } hari sudah dicek…
farecal-day-pending = { $day }: …
farecal-day-fare = { $day }: { $price }{ $star }
farecal-day-none = { $day }: tidak ada penerbangan
farecal-day-failed = { $day }: gagal dicek, coba lagi nanti
farecal-past = { $days } hari yang sudah lewat tidak ditampilkan.
farecal-partial = ⚠️ { $missing } tidak menjawab untuk beberapa hari: harga hari itu mungkin belum termasuk penerbangannya. Buka kalender lagi nanti.
farecal-pick = ⭐ = termurah. Ketuk tanggal untuk melihat penerbangannya.
farecal-nothing = Tidak ada penerbangan di hari-hari ini.
farecal-searching = Mencari harga ±3 hari…
farecal-expired = Hasil ini sudah kedaluwarsa. Ketik /cari untuk mencari lagi.
farecal-inline-title = 📅 { $from } → { $to } · ±3 hari dari { $date }
farecal-inline-description = Termurah: { $day } · { $price }
farecal-inline-empty = Tidak ada penerbangan { $from } → { $to } sekitar { $date }
farecal-inline-note = Harga per dewasa, sudah termasuk pajak; bisa berubah sampai dipesan.
farecal-not-yours = 📅 Ini daftar { $name }. Untuk ±3 hari rute Anda sendiri, cari dulu dengan /cari.
farecal-leave-ask = ℹ️ Booking yang sedang Anda isi belum dibuat dan masih terbuka di atas. Ketuk 📅 untuk melihat penerbangan { $day } (booking ini ditinggalkan, data penumpangnya tidak disimpan), atau lanjutkan booking di atas.
farecal-leave-open = 📅 Buka { $day }
farecal-leave-keep = ↩️ Lanjutkan booking
farecal-left = 📅 Penerbangan { $day } dibuka; booking yang sedang diisi ditinggalkan (belum ada yang di-booking).
farecal-kept = ↩️ Booking dilanjutkan: jawab pertanyaan terakhirnya di atas.
farecal-kept-toast = Booking dilanjutkan.
