# Passports, KTP/NIK and document dates as agents type them; a date typed at the name question.
pax-passport-number-kept = Passport number <b>{ $number }</b> noted.
pax-passport-ask-expiry = Its expiry date? E.g. <code>31-12-2030</code> or <code>31 Dec 2030</code>.
pax-passport-month-only = "<b>{ $typed }</b>" is only a month and year ({ $month }). A passport expires on a given day: type the full date as printed in the passport, e.g. <code>{ $shape }</code>.
pax-passport-date-unreadable = I can't read the expiry date "<b>{ $typed }</b>". Type e.g. <code>31-12-2030</code> or <code>31 Dec 2030</code>.
pax-passport-expiry-too-far = "<b>{ $typed }</b>" can't be the passport's expiry: that is { $year }, more than { $years } years after the flight, and a passport is valid for at most { $years } years (a date of birth, maybe?). Type the expiry date as printed in the passport, e.g. <code>31-12-2030</code>.
pax-passport-expiry-kept = Expiry <b>{ $expiry }</b> noted. The passport number? E.g. <code>A1234567</code>.
pax-passport-issued-unreadable = I can't read the issue date "<b>{ $typed }</b>". Type e.g. <code>15-01-2022</code>, <code>15/1/22</code> or <code>15 Jan 2022</code>.
pax-passport-issued-after-flight = The passport's issue date must be before the flight date. Please check it.
pax-id-number-digits = A KTP/NIK has 16 digits; you typed { $digits }. Please check the number. If it is another ID (a passport, say), send it once more exactly the same.
input-name-looks-like-date = "<b>{ $text }</b>" looks like a date, not a name. To change the flight date, type <code>back</code> until the flight list and type the new date there. Otherwise type the passenger's title and full name, e.g. <code>{ $example }</code>.
# An age that does not fit the passenger's type: the age on the flight date, the type it is on this flight, and the way out.
pax-birthdate-age = { $name } is <b>{ $age }</b> on the flight date, so on this flight the passenger type is <b>{ $actual }</b>, not { $type } (adult { $adultage } and over, child 2 to { $childage }, infant 3 months to under 2 years). If the date of birth was mistyped, send the right one. If it is right, { $where ->
    [group] change the passengers in the group: type <code>back</code> there until the flight list shows, then <code>back</code> once more.
   *[flow] change the passengers: type <code>back</code> until the flight list shows, then <code>back</code> once more.
  }
pax-age-years = { $n ->
    [one] { $n } year old
   *[other] { $n } years old
  }
pax-age-months = { $n ->
    [one] { $n } month old
   *[other] { $n } months old
  }
