## A return typed with a search: it is a second search
search-return-second = ℹ️ Di sini dicari penerbangan <b>sekali jalan</b> (berangkat) saja. Untuk pulang { $date }, cari terpisah setelah ini: <code>/cari { $to } { $from } { $wire }</code>.
search-return-before = ℹ️ Di sini dicari penerbangan <b>sekali jalan</b> (berangkat) saja, dan tanggal pulang yang Anda ketik ({ $date }) sebelum tanggal berangkat ({ $outbound }): cari penerbangan pulang terpisah setelah ini dengan tanggalnya, <code>/cari { $to } { $from } …</code>.
