# A passenger's KTP, birth date or passport corrected by typing it at the summary, or alone at ✏️ <passenger>.
typed-correction-done = ✏️ { $name }: { $field ->
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
typed-correction-edit-hint = To correct only one detail, type just that: the KTP number, the date of birth or the passport number.
