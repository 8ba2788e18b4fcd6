no-such-day = Tanggal <b>{ $day } { $month }</b> tidak ada ("{ $input }"): { $span } cuma sampai tanggal { $days }. Ketik lagi tanggalnya ya.
