## Something besides a place typed at the origin or destination question (src/bot/features/search/place-asides.ts)
# A date, the party, a time of day: kept for its own question (not asked again), said before the place is asked again.
route-kept-date = 📅 Date noted: <b>{ $date }</b>.
route-kept-pax = 👥 Passengers noted: <b>{ $pax }</b>.
route-kept-time = 🕒 Time of day noted: <b>{ $time ->
    [morning] morning
    [afternoon] afternoon
    [evening] evening
   *[night] night
}</b>.
route-kept-counts = 🔢 Noted: "<b>{ $typed }</b>". I'll ask later whether it is a date or the number of passengers.
route-kept-return = 🔁 Return trip noted.
# Another city typed while "which Jakarta airport do you leave from?" waits: the destination named ahead, never the origin swapped unasked.
route-kept-destination = 🛬 <b>{ $place }</b> noted as the <b>destination</b>.{ $swap ->
    [yes] {" "}If you meant to depart from { $place }, tap its button.
   *[no] {""}
}
# The buttons of a choice asked again, named in the text too.
route-choices = The options: { $choices }.
route-unknown-place = I don't know "<b>{ $input }</b>" as a city or airport.
# A number typed at a choice of airports past its buttons ("3" of two): asked about, since it may be the party.
route-no-such-option = There is no option { $n } here: choose 1–{ $count }. If you meant { $n } passengers, type <code>{ $n } pax</code>.
# A bare number typed at a place question when the party is already typed: asked about, the party kept.
route-party-already-noted = 👥 Passengers already noted: <b>{ $pax }</b>. To change it to { $n }, type <code>{ $n } pax</code>.
# A date or party no search can take, typed at a place question ("12 mar 87", a birth date): nothing of it noted, the search's own kept.
route-not-noted = "<b>{ $input }</b>" not noted: { $why ->
    [past] that date has passed
    [far] that date is beyond the booking window
   *[party] one booking holds at most { $max } passengers
}. Birth dates are asked for each passenger after the flight is chosen.
