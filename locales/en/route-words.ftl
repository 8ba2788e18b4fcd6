# Today's weekday typed alone ("thursday" on a Thursday): today or next week? Asked, never guessed.
input-date-today-or-next-week = "<b>{ $input }</b>": today (<b>{ $today }</b>) or next week (<b>{ $next }</b>)? Tap the one you mean.
# A day alone ("the 2nd") that falls in a later month: said, never moved on silently.
input-date-later-month = 📅 "<b>{ $input }</b>" is read as <b>{ $date }</b>, not this month.
