# Jawaban yang dulu hanya dapat petunjuk umum atau didiamkan: "ya" di tanggal dua arti, "5 2" diketik lagi, penumpang diambil di pertanyaan tanggal.
pax-date-which-again = Yang mana: <b>{ $daymonth }</b> (pertama) atau <b>{ $monthday }</b> (kedua)? Ketuk di atas, atau ketik <b>pertama</b> atau <b>kedua</b>.
input-date-counts-or-date-again = 🤔 "<b>{ $input }</b>" masih bisa dua arti. Tanggal <b>{ $date }</b>: ketuk di bawah atau ketik <b>tanggal</b>. <b>{ $party }</b>: ketik <b>penumpang</b>, lalu tanggal berangkatnya.
input-date-counts-or-party-again = 🤔 "<b>{ $input }</b>" bukan tanggal yang bisa dipesan. Kalau itu <b>{ $party }</b>, ketik <b>penumpang</b>; lalu pilih tanggal berangkat di bawah.
input-date-counts-party-taken = 👥 <b>{ $party }</b> dicatat.
input-date-counts-party-already-or-date = 👥 "<b>{ $input }</b>" sudah dicatat sebagai <b>{ $party }</b>. Kalau maksudnya tanggal <b>{ $date }</b>, ketuk di bawah (penumpangnya tetap); kalau bukan, pilih tanggal berangkatnya.
input-date-counts-party-already = 👥 "<b>{ $input }</b>" sudah dicatat sebagai <b>{ $party }</b>. Sekarang pilih tanggal berangkat di bawah, atau ketik dengan bulannya (mis. <b>5 feb</b>).
