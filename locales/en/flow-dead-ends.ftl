# Answers that used to get a generic hint or nothing: a yes at a two-way date, "5 2" typed again, the party taken at the date question.
pax-date-which-again = Which one: <b>{ $daymonth }</b> (the first) or <b>{ $monthday }</b> (the second)? Tap it above, or type <b>first</b> or <b>second</b>.
input-date-counts-or-date-again = 🤔 "<b>{ $input }</b>" still reads two ways. The date <b>{ $date }</b>: tap it below or type <b>date</b>. <b>{ $party }</b>: type <b>passengers</b>, then the date you fly.
input-date-counts-or-party-again = 🤔 "<b>{ $input }</b>" is no date that can be booked. If it is <b>{ $party }</b>, type <b>passengers</b>; either way, pick the date you fly below.
input-date-counts-party-taken = 👥 <b>{ $party }</b> noted.
input-date-counts-party-already-or-date = 👥 "<b>{ $input }</b>" is already noted as <b>{ $party }</b>. If you meant the date <b>{ $date }</b> after all, tap it below (the party stays); otherwise pick the date you fly.
input-date-counts-party-already = 👥 "<b>{ $input }</b>" is already noted as <b>{ $party }</b>. Now pick the date you fly below, or type it with its month (e.g. <b>5 feb</b>).
