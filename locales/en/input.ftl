# What agents type: quick form, places, dates, party, names, phone (issue 12).
input-understood = Route <b>{ $from } → { $to }</b>.
input-understood-date = Route <b>{ $from } → { $to }</b>, { $date }.
input-quick-unread = I didn't understand this part and left it out: "<b>{ $words }</b>".
input-quick-too-long = The text after the command is too long to read at once, so I'll ask step by step.

input-airport-choose-origin = 🛫 Which <b>departure</b> airport did you mean by "<b>{ $input }</b>"? Pick one, or type again.
input-airport-choose-destination = 🛬 Which <b>arrival</b> airport did you mean by "<b>{ $input }</b>"? Pick one, or type again.
input-airport-city-origin = 🛫 { $input } has more than one airport. Departing from which?
input-airport-city-destination = 🛬 { $input } has more than one airport. Flying to which?
input-airport-unserved-origin = { $city } ({ $code }) is not on this provider's route list. Departing from which airport? Type another city or code.
input-airport-unserved-destination = { $city } ({ $code }) is not on this provider's route list. Flying to which airport? Type another city or code.
input-airport-unknown-origin = I don't know "<b>{ $input }</b>" as a <b>departure</b> airport. Type a city (Surabaya), an airport name (Juanda) or a 3-letter code (SUB).
input-airport-unknown-destination = I don't know "<b>{ $input }</b>" as an <b>arrival</b> airport. { $origin ->
    [DPS] Type a city (Surabaya), an airport name (Juanda) or a 3-letter code (SUB).
   *[other] Type a city (Denpasar), an airport name (Ngurah Rai) or a 3-letter code (DPS).
}

input-ask-date = 📅 Departure date? Type <code>tomorrow</code>, <code>friday</code>, <code>25 dec</code>, <code>25/12</code>, or pick a day:
input-date-unreadable = I can't read the date "<b>{ $input }</b>". Try <code>tomorrow</code>, <code>monday</code>, <code>next friday</code>, <code>25 dec</code>, <code>25/12</code> or <code>25-12-2026</code>.
input-date-vague = Which day exactly? Type e.g. <code>next monday</code>, <code>next friday</code> or the date (<code>25 dec</code>), or pick it in the calendar.
input-date-past-suggest = "<b>{ $input }</b>" has already passed this year. Did you mean <b>{ $suggestion }</b>? Tap it, or type another date.
input-date-suggest-button = ✅ { $date }
input-date-too-far = Flights can be booked up to { $max }. Pick an earlier date.

input-ask-pax = 👥 How many passengers? Type <code>2</code>, <code>2 adults 1 child</code>, or <code>2 1 0</code> (adults, children, infants).
input-pax-unreadable = I can't read "<b>{ $input }</b>" as a party. Type e.g. <code>2</code>, <code>2 adults 1 child 1 infant</code> or <code>2 1 0</code>.
input-pax-no-adult = At least one adult is needed: children and infants can't be booked without one.
input-pax-infants-exceed-adults = Each infant sits on an adult's lap, so infants ({ $infant }) can't outnumber adults ({ $adult }).
input-pax-too-many = At most { $max } passengers per booking (children and infants count). For a larger group, make several bookings.
input-pax-negative = A number of passengers can't be negative.
input-pax-toddler = A toddler (balita) is booked as a <b>child</b> (2–11 years) or an <b>infant</b> (under 2, on an adult's lap). Type e.g. <code>2 adults 1 child</code> or <code>2 adults 1 infant</code>.

input-name-no-title = Start with a title: { $titles } — e.g. <code>{ $example }</code>.
input-name-no-name = After the title, type the full name as in the passport/ID — e.g. <code>{ $example }</code>.
input-name-wrong-title = For this { $type } passenger the title must be one of: { $titles } — e.g. <code>{ $example }</code>.
input-name-bad-name = Names may contain only letters, spaces, apostrophes, dots and hyphens (max 60 characters).
input-name-not-latin = Type the name in Latin letters exactly as in the passport/ID: airlines don't accept Arabic, Chinese or other scripts.
input-name-gender = Is { $name } a boy or a girl? For a { $type } airlines use the title Mstr or Miss.
input-name-gender-boy = 👦 Mstr { $name }
input-name-gender-girl = 👧 Miss { $name }
input-name-single = ℹ️ One-word name: sent to the airline as <b>{ $sent }</b> (first name = last name, the airlines' rule).
input-names-pasted = ✅ Taken from your message: { $names }.
input-names-too-many = You sent { $sent } names but { $left ->
    [one] only 1 passenger is left. Send 1 name.
   *[other] only { $left } passengers are left. Send at most { $left } names, one per line.
  }
input-names-line = Line { $line } ("{ $text }"): { $problem }
input-pax-example-adult = Mr Budi Santoso
input-pax-example-child = Mstr Dimas Pratama
input-pax-example-infant = Miss Putri Lestari
input-pax-ask-name = 👤 Passenger { $n } of { $of } ({ $type }): title and full name, e.g. <code>{ $example }</code>. Several passengers at once: one per line.

input-ask-phone = 📱 Contact mobile number? E.g. <code>081234567890</code> or a foreign number with its country code (<code>+65 9123 4567</code>); you can also send a contact card 📎.
input-phone-invalid = That's not a mobile number. Type an Indonesian one (<code>081234567890</code>, <code>+6281234567890</code>) or a foreign one with its country code (<code>+65 9123 4567</code>), or send a contact card.

inline-date-vague = 📅 Name the day: e.g. next monday or 25 dec
