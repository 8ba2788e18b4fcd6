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
