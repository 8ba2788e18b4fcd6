# A passenger's KTP, birth date or passport corrected by typing it at the summary, or alone at ✏️ <passenger>.
typed-correction-done = ✏️ { $name }: { $field ->
    [name] name changed to { $value }
    [id] KTP/ID changed to { $value }
    [birth] date of birth changed to { $value }
   *[passport] passport changed to { $value }
  }. Nothing is booked yet: check the summary below and tap ✅ Book when it is right.
typed-correction-refused = { $why ->
    [id-digits] A KTP/NIK has 16 digits; you typed { $digits }. Nothing was changed: type the number again, e.g. <i>{ $name }'s NIK is 3174…</i>.
    [number-taken] That number is already passenger { $holder }'s ({ $holdername }): one KTP/passport number is one person. Nothing was changed.
    [birth-age] That date of birth does not make { $name } a { $type } on this flight. Nothing was changed: check the date, or tap ✏️ Change.
   *[passport-expiry] A passport must be valid for 6 months after the flight. Nothing was changed: type the passport number with its expiry, e.g. <i>passport { $name } A1234567 31-12-2031</i>.
  }
typed-correction-edit-hint = To correct only one detail, type just that: { $fields }.
typed-correction-field = { $field ->
    [id] the KTP number
    [birth] the date of birth
   *[passport] the passport number
  }
typed-correction-or = or
# A detail typed at the summary (or at ✏️) that this flight never takes: never read as anything else.
typed-correction-not-asked = This flight does not need { $field ->
    [id] a KTP/ID number
    [birth] a date of birth
   *[passport] a passport
  }: the airline does not get one, so there is nothing to correct. Nothing was changed.
typed-correction-which = Whose { $field ->
    [id] KTP/ID number
    [birth] date of birth
   *[passport] passport
  } is it? Type it with the passenger's name, e.g. <i>{ $field ->
    [id] { $name }'s NIK is 3174…
    [birth] { $name }'s birth date is 17-08-1990
   *[passport] passport { $name } A1234567
  }</i>, or tap ✏️ Change. Nothing was changed.
typed-correction-which-name = Which passenger is { $name }? To correct a name, say whose it replaces, e.g. <i>{ $first }'s name is wrong, should be { $name }</i>, or tap ✏️ Change. Nothing was changed.
# A name at the summary for a passenger by number ("second name wrong, Ani Lestari") or alone ("Ani Lestari").
typed-correction-name-already = ✓ Passenger { $number } is { $name } already. Nothing is booked yet: tap ✅ Book when everything is right.
typed-correction-name-no-such = There are only { $count } passengers, no passenger { $number }. Nothing was changed: name passenger 1–{ $count }, e.g. <i>second name wrong, Ani Lestari</i>, or tap ✏️ Change.
typed-correction-name-offer = ✏️ Change passenger { $number } ({ $was }) to <b>{ $name }</b>?
typed-correction-name-offer-yes = ✅ Yes, change
typed-correction-name-offer-no = No
typed-correction-name-offer-kept = The name was not changed.
