# "2/3" at "How many passengers?": 2 adults and 3 children, or the date 2 Mar? Asked, never one picked.
input-pax-date-or-party = 🤔 "<b>{ $input }</b>": the date <b>{ $date }</b>, or <b>{ $party }</b>? Tap the one you mean.
# The same in English when the slash date reads both ways too ("4/2": 4 Feb or 2 Apr).
input-pax-dates-or-party = 🤔 "<b>{ $input }</b>": the date <b>{ $daymonth }</b> (day/month), <b>{ $monthday }</b> (month/day), or <b>{ $party }</b>? Tap the one you mean.
input-pax-date-button = 📅 { $date }
# "12 jan", "tomorrow", "1/12" (no party of 13) at the party question: the new travel date; the party is still asked.
input-pax-date-changed = 📅 Date changed to <b>{ $date }</b>.
# "1/12" on 5 December in English: passed as day/month, 12 Jan as month/day is ahead.
input-date-past-or-month-day = "<b>{ $input }</b>" has already passed this year (day/month). Did you mean <b>{ $monthday }</b> (month/day) or <b>{ $suggestion }</b>? Tap one, or type another date.
