# Typed at the price card (the live price check): a new date or party is searched again; a name, the contact and anything else get what to do.
quote-card-search-date = 🔄 OK, changing the date to <b>{ $date }</b>. Searching again: pick from the new list.
quote-card-search-party = 🔄 OK, for <b>{ $party }</b>. Searching again (prices and seats may differ): pick from the new list.
quote-card-same-party = ℹ️ This price is already for <b>{ $party }</b>. Tap ✅ Continue, or type another number of passengers, e.g. <code>for 3</code>.
quote-card-name = ℹ️ The passenger names are asked next: tap ✅ Continue first, then type the name at the passenger question.
quote-card-contact = ℹ️ The contact is asked after the passenger names: tap ✅ Continue first.
quote-card-change-how = { $what ->
    [date] Type the new date, e.g. <code>26 dec</code> or <code>tomorrow</code>: the flights are searched again.
    [party] Type the number of passengers, e.g. <code>for 3</code> or <code>2 adults 1 child</code>: the flights are searched again.
    [route] To change the route: start over with /search, e.g. <code>/search cgk lop tomorrow 2</code>.
    [flight] To pick another flight: tap ◀ Other flights.
    [name] The passenger names are asked next: tap ✅ Continue first.
    [contact] The contact is asked after the passenger names: tap ✅ Continue first.
   *[any] What would you like to change? The date or the number of passengers: just type it, e.g. <code>26 dec</code> or <code>for 3</code>. The flight: tap ◀ Other flights.
  }
quote-card-buttons = Choose with the buttons on the price card: ✅ Continue to fill in the passengers, ◀ Other flights to go back to the list, or ✖️ Cancel. To change the date or the number of passengers, just type it, e.g. <code>26 dec</code> or <code>for 3</code>.
