# A question or request typed at "Passenger N: title and full name" ("bagasi brp?", "etiket dong"): no name; asked again after the booking.
input-name-question-later = ❓ "{ $text }" looks like a question, not a name. Ask it again once the booking is made; now type the name of passenger { $n } with the title, e.g. <code>{ $example }</code>.
# A past date alone at the name question ("1-1-1980", "12 mar 87"): a birth date, not the flight's date.
input-name-looks-like-birth-date = "<b>{ $text }</b>" looks like a date of birth, not a name. Type the name of passenger { $n } with the title, the date of birth after it on the same line, e.g. <code>{ $example } { $text }</code>.
# A birth date alone at passenger N's name, the passenger before entered without one: kept for them, passenger N's name asked again.
input-name-birth-date-kept = { $name }'s birth date: { $date } ✓
