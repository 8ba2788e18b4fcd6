# Pertanyaan atau permintaan diketik di "Penumpang N: titel dan nama lengkap" ("bagasi brp?", "etiket dong"): bukan nama; ditanyakan lagi setelah booking.
input-name-question-later = ❓ "{ $text }" sepertinya pertanyaan, bukan nama. Tanyakan lagi setelah booking jadi; sekarang ketik nama penumpang { $n } dengan titel, mis. <code>{ $example }</code>.
# Tanggal lampau saja di pertanyaan nama ("1-1-1980", "12 mar 87"): tanggal lahir, bukan tanggal penerbangan.
input-name-looks-like-birth-date = "<b>{ $text }</b>" sepertinya tanggal lahir, bukan nama. Ketik nama penumpang { $n } dengan titel, tanggal lahirnya di belakang pada baris yang sama, mis. <code>{ $example } { $text }</code>.
# Tanggal lahir saja di pertanyaan nama penumpang N, penumpang sebelumnya belum punya: disimpan untuknya, nama penumpang N ditanyakan lagi.
input-name-birth-date-kept = Tgl lahir { $name }: { $date } ✓
