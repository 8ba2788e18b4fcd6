# Tautan data pribadi booking grup dibuka setelah alur di grup berhenti (waktu habis, /batal, pencarian baru).
pd-stopped = 🔒 Permintaan ini sudah tidak berlaku: booking di grup sudah berhenti (waktunya habis atau dibatalkan), jadi tidak ada data yang disimpan. Untuk booking, mulai lagi di grup dengan /cari.

# Anggota di daftar /izinkan keluar atau dikeluarkan dari grup: izinnya ikut hilang.
settings-issuer-left = ℹ️ { $name } keluar dari grup dan tidak lagi ada di daftar yang boleh issued. Jika bergabung lagi, admin perlu mengizinkannya lagi dengan /izinkan.

# "2 jan 3": angka 3 bisa jumlah penumpang atau tanggal pulang (2-3 Jan); ditanyakan, tidak ditebak.
input-pax-day-or-count = "<b>{ $input }</b>": apakah <b>{ $count }</b> itu jumlah penumpang? Kalau ya, ketuk atau ketik <b>{ $count }</b> di bawah. Kalau { $count } itu tanggal pulang, pulangnya dicari terpisah setelah ini: isi jumlah penumpang di sini.
# Jumlah penumpang diketik bersama tanggal di pertanyaan tanggal: tanggalnya dipakai, penumpang ditanyakan berikutnya.
input-date-party-next = 👥 "<b>{ $party }</b>": jumlah penumpang diisi di pertanyaan berikutnya; ketuk atau ketik di sana.
# "cgk dps 5 2" tanpa tanggal: 5 Feb, atau 5 dewasa 2 anak (atau tgl 5 untuk 2 orang)? Tidak ada yang diambil tanpa ditanya.
input-date-counts-or-date = 🤔 "<b>{ $input }</b>": tanggal <b>{ $date }</b>, atau <b>{ $party }</b>? Tidak ditebak: kalau itu tanggal, ketuk { $date } di bawah; kalau bukan, pilih tanggalnya, lalu jumlah penumpang ditanyakan.
input-date-counts-or-party = 🤔 "<b>{ $input }</b>": tanggal, atau <b>{ $party }</b>? Tidak ditebak: pilih tanggalnya di bawah, lalu jumlah penumpang ditanyakan.
input-pax-counts-or-date = 🤔 "<b>{ $input }</b>": apakah itu <b>{ $party }</b>? Kalau ya, ketuk di bawah; kalau bukan, ketik atau ketuk jumlah penumpangnya.
input-pax-counts-button = ✅ { $party }
# Mode inline tidak bisa bertanya balik: dua angka tanpa tanggal disebut dengan kedua artinya, dan tidak ada yang dicari.
inline-counts-or-date = 🤔 "{ $input }": tanggal { $date } atau { $party }?
inline-counts-or-date-description = Belum dicari. Tulis bulannya (5 feb) atau penumpangnya (5 dewasa 2 anak).
# Inline "2 jan 3": penerbangan 2 Jan dicari untuk 3 penumpang, dan tiap hasil menyebutkannya.
inline-assumed-party = 👥 { $count } dibaca jumlah penumpang, bukan tanggal pulang
