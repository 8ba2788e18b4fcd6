# Tautan data pribadi booking grup dibuka setelah alur di grup berhenti (waktu habis, /batal, pencarian baru).
pd-stopped = 🔒 Permintaan ini sudah tidak berlaku: booking di grup sudah berhenti (waktunya habis atau dibatalkan), jadi tidak ada data yang disimpan. Untuk booking, mulai lagi di grup dengan /cari.

# Anggota di daftar /izinkan keluar atau dikeluarkan dari grup: izinnya ikut hilang.
settings-issuer-left = ℹ️ { $name } keluar dari grup dan tidak lagi ada di daftar yang boleh issued. Jika bergabung lagi, admin perlu mengizinkannya lagi dengan /izinkan.

# "2 jan 3": angka 3 bisa jumlah penumpang atau tanggal pulang (2-3 Jan); ditanyakan, tidak ditebak.
input-pax-day-or-count = "<b>{ $input }</b>": apakah <b>{ $count }</b> itu jumlah penumpang? Kalau ya, ketuk atau ketik <b>{ $count }</b> di bawah. Kalau { $count } itu tanggal pulang, pulangnya dicari terpisah setelah ini: isi jumlah penumpang di sini.
# Jumlah penumpang diketik bersama tanggal di pertanyaan tanggal: tanggalnya dipakai, penumpang ditanyakan berikutnya.
input-date-party-next = 👥 "<b>{ $party }</b>": jumlah penumpang diisi di pertanyaan berikutnya; ketuk atau ketik di sana.
