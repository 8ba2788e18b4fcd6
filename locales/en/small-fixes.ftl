# A group booking's private-details link opened after the group flow stopped (timed out, /cancel, a new search).
pd-stopped = 🔒 This request is no longer open: the booking in the group has stopped (it timed out or was cancelled), so nothing was saved. To book, start again in the group with /search.

# A member on the group's /allow list left or was removed: the permission went with them.
settings-issuer-left = ℹ️ { $name } left the group and is no longer on the list of who may issue. If they come back, an admin allows them again with /allow.

# "2 jan 3": the 3 may be the party or the return day (2-3 Jan); asked at the party question, never guessed.
input-pax-day-or-count = "<b>{ $input }</b>": is <b>{ $count }</b> the number of passengers? Then tap or type <b>{ $count }</b> below. If { $count } was the return day, the return is a second search after this one: give the number of passengers here.
# A party typed with the date at the date question: the date is taken, the party is the next question.
input-date-party-next = 👥 "<b>{ $party }</b>": the number of passengers goes in the next question; tap or type it there.
# "cgk dps 5 2" with no date: 5 Feb, or 5 adults and 2 children (or the 5th for 2)? Neither is taken unasked.
input-date-counts-or-date = 🤔 "<b>{ $input }</b>": the date <b>{ $date }</b>, or <b>{ $party }</b>? Nothing was guessed: if it is the date, tap { $date } below; if not, pick the date, and the passengers are asked next.
input-date-counts-or-party = 🤔 "<b>{ $input }</b>": a date, or <b>{ $party }</b>? Nothing was guessed: pick the date below, and the passengers are asked next.
input-pax-counts-or-date = 🤔 "<b>{ $input }</b>": is that <b>{ $party }</b>? Then tap it below; if not, type or tap the number of passengers.
input-pax-counts-button = ✅ { $party }
# Inline mode can't ask back: two bare numbers with no date are said with both readings, and nothing is searched.
inline-counts-or-date = 🤔 "{ $input }": the date { $date } or { $party }?
inline-counts-or-date-description = Nothing was searched. Write the month (5 feb) or the passengers (5 adults 2 children).
# Inline "2 jan 3": the flights of 2 Jan are searched for 3 passengers, and each result says so.
inline-assumed-party = 👥 { $count } read as passengers, not a return day
