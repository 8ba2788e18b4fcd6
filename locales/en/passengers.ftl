# Passenger names and contact as agents type them (pasted lists, honours, dates on the name line).
input-names-no-place = Every { $type } passenger of this booking is named already.
input-name-date-later = ℹ️ "{ $text }" is not part of the name: the date of birth is asked on its own when the airline needs it.
contact-phone-kept = 📱 Phone { $phone } noted. Now the contact e-mail, please.
input-name-twice = { $name } is passenger { $n } already: one person flies once on a booking. Type the other passenger's name.
document-number-taken = Number { $number } is passenger { $n }'s already ({ $name }): one KTP/passport number is one person. Type { $who }'s own number.
input-names-young-not-asked = { $name } takes the { $type }'s place (by the birth date or the "child" mark); passenger { $n } ({ $asked }) is still to be named. Type that name first, or send both together, one per line — e.g. <code>{ $example }</code>.
