no-such-day = There is no <b>{ $day } { $month }</b> ("{ $input }"): { $span } has only { $days } days. Please type the date again.
