# Passenger dates typed with numbers that read two ways (12/03/85), the expiry said back, and a child named on a booking without children.
pax-date-which = { $what ->
    [birth] Date of birth of { $name }
    [issued] Passport issue date of { $name }
   *[expiry] Passport expiry of { $name }
  }: "<b>{ $input }</b>" is <b>{ $daymonth }</b> (day/month) or <b>{ $monthday }</b> (month/day)? Tap the one you mean.
pax-passport-expiring-read = Read as expiry <b>{ $expiry }</b>: the passport must be valid for 6 months after the flight. If that date was mistyped, type the right expiry; if it is right, the passenger needs a renewed passport (or another flight date) before booking.
input-names-no-such-type = This booking has no { $type } passenger. To add one, change the party: type <code>back</code> until the flight list shows, then <code>back</code> once more.
date-read-day-first = ℹ️ Same date again, so I read it day first, as in the example: <b>{ $date }</b>.
