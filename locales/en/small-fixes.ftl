# A group booking's private-details link opened after the group flow stopped (timed out, /cancel, a new search).
pd-stopped = 🔒 This request is no longer open: the booking in the group has stopped (it timed out or was cancelled), so nothing was saved. To book, start again in the group with /search.

# A member on the group's /allow list left or was removed: the permission went with them.
settings-issuer-left = ℹ️ { $name } left the group and is no longer on the list of who may issue. If they come back, an admin allows them again with /allow.

# "2 jan 3": the 3 may be the party or the return day (2-3 Jan); asked at the party question, never guessed.
input-pax-day-or-count = "<b>{ $input }</b>": is <b>{ $count }</b> the number of passengers? Then tap or type <b>{ $count }</b> below. If { $count } was the return day, the return is a second search after this one: give the number of passengers here.
# A party typed with the date at the date question: the date is taken, the party is the next question.
input-date-party-next = 👥 "<b>{ $party }</b>": the number of passengers goes in the next question; tap or type it there.
