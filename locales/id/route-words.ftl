# Nama hari yang sama dengan hari ini ("kamis" pada hari Kamis): hari ini atau minggu depan? Ditanyakan, tidak ditebak.
input-date-today-or-next-week = "<b>{ $input }</b>": hari ini (<b>{ $today }</b>) atau minggu depan (<b>{ $next }</b>)? Ketuk yang dimaksud.
# Tanggal saja ("tgl 2") yang jatuh di bulan berikutnya: disebutkan, tidak dipindah diam-diam.
input-date-later-month = 📅 "<b>{ $input }</b>" dibaca <b>{ $date }</b>, bukan bulan ini.
