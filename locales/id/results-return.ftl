## A return typed at a results list ("pulang tgl 28", "pp"): said to be a second search (return-note.ftl), the list kept
results-return-list-stays = Daftar di atas tetap: pilih penerbangan berangkat { $from } → { $to } ({ $date }) di sana.
