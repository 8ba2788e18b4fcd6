# "2/3" at "Berapa penumpang?": 2 dewasa dan 3 anak, atau tanggal 2 Mar? Ditanya, tidak ditebak.
input-pax-date-or-party = 🤔 "<b>{ $input }</b>": tanggal <b>{ $date }</b>, atau <b>{ $party }</b>? Ketuk yang dimaksud.
# Slash date read both ways (asked in English only; here for completeness).
input-pax-dates-or-party = 🤔 "<b>{ $input }</b>": tanggal <b>{ $daymonth }</b> (tgl/bln), <b>{ $monthday }</b> (bln/tgl), atau <b>{ $party }</b>? Ketuk yang dimaksud.
input-pax-date-button = 📅 { $date }
# "12 jan", "besok", "1/12" at the party question: the new travel date; the party is still asked.
input-pax-date-changed = 📅 Tanggal diganti jadi <b>{ $date }</b>.
# "1/12" on 5 December (asked in English only): passed as day/month, 12 Jan as month/day is ahead.
input-date-past-or-month-day = Tanggal "<b>{ $input }</b>" tahun ini sudah lewat (tgl/bln). Maksudnya <b>{ $monthday }</b> (bln/tgl) atau <b>{ $suggestion }</b>? Ketuk salah satu, atau ketik tanggal lain.
