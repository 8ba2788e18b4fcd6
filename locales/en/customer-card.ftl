## Customer card (prices with the agency's markup; never NTA, commission, deposit or the provider's name)
cust-button = 📤 For customer
cust-title-offer = Flight offer
cust-title-compare = Flight options
cust-title-booked = Flight booking
cust-title-issued = Flight ticket (issued)
cust-option = Option { $n }
cust-direct = direct
cust-stops = { $stops ->
    [one] 1 stop
   *[other] { $stops } stops
}
cust-baggage = Baggage: { $baggage }
cust-pax-adult = Adult ({ $count })
cust-pax-child = Child ({ $count })
cust-pax-infant = Infant ({ $count })
cust-total = Total
cust-booking-code = Booking code
cust-pay-before = Pay before
cust-ticket = ticket { $number }
cust-note-search = Price per person; confirmed when the flight is re-checked at booking.
cust-note-search-partial = Adult price per person; child and infant prices are confirmed at booking.
cust-note-change = Prices may change until the ticket is issued.
cust-pick-title = 📤 <b>Customer card</b> · { $from } – { $to }, { $date }
cust-pick-help = Pick 1 flight, or 2–3 to compare on one card. Selected: { $count }.
cust-pick-make = 📤 Make card ({ $count })
cust-pick-max = At most 3 flights on one card.
cust-pick-none = Pick at least one flight first.
cust-expired = These results have expired. Search again with /search.
cust-image-failed = The card's image could not be drawn; the text below can still be copied.

## Agency settings (/settings)
agency-btn = 🏷 Agency & markup
agency-title = 🏷 <b>Agency &amp; markup</b> (for customer cards)
agency-name = Name: { $name }
agency-contact = Contact: { $contact }
agency-markup = Markup: { $markup }
agency-markup-none = none
agency-markup-fixed = { $amount } per passenger
agency-markup-percent = { $percent } of the fare
agency-infant-percent = Infants: percentage only (no per-passenger markup)
agency-infant-fixed = Infants: the per-passenger markup applies too
agency-rounding = Rounding: customer prices are rounded UP to a multiple of { $step }
agency-rounding-none = Rounding: none (whole rupiah, fractions rounded up)
agency-example = Example: an adult fare of { $fare } → { $price } for the customer
agency-help =
    Change with:
    <code>/settings agency Makmur Travel</code>
    <code>/settings info WA 0812-3456-7890 · Jl. Merdeka 1</code>
    <code>/settings markup 50k 2.5%</code> (0 = no markup)
    <code>/settings round 5k</code> (1 = no rounding)
    Type <code>-</code> to clear the name or the contact.
agency-btn-no-rounding = No rounding
agency-btn-infant-fixed = 👶 Infants pay the per-passenger markup
agency-btn-infant-percent = 👶 Infants: percentage only
agency-usage-agency = Type the agency's name (at most 60 characters, without &lt; or &gt;), e.g. <code>/settings agency Makmur Travel</code>, or <code>-</code> to clear it.
agency-usage-contact = Type one contact line (at most 120 characters, without &lt; or &gt;), e.g. <code>/settings info WA 0812-3456-7890 · Jl. Merdeka 1</code>, or <code>-</code> to clear it.
agency-usage-markup = Type an amount and/or a percentage, e.g. <code>/settings markup 50k</code>, <code>/settings markup 50k/pax</code>, <code>/settings markup 5%</code> or <code>/settings markup Rp 25.000 2.5%</code>; <code>0</code> removes the markup.
agency-usage-rounding = Type a rounding step up to Rp 1.000.000, e.g. <code>/settings round 5k</code>; <code>1</code> = no rounding.
cust-not-yours = 📤 This is { $name }'s search. For a customer card of your own, search first with /search.
