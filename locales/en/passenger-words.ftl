# Chat typed at the name question, lists pasted from WhatsApp, and the words typed at the price check and the summary.
input-name-confirm = 🤔 Is this the passenger's name: <b>{ $name }</b>{ $single ->
    [yes] {" "}(sent to the airline as { $sent })
   *[no] {""}
  }? { $count ->
    [one] { $words } is
   *[other] { $words } are
  } usually not part of a name. If it is right, tap ✅. If not, type the right name: title and full name, e.g. <code>{ $example }</code> (if the name comes later, just send it here then).
input-name-confirm-word = 🤔 "<b>{ $word }</b>" doesn't look like a name. If it is the passenger's name, tap ✅ (sent to the airline as { $sent }). If not, type the right name: title and full name, e.g. <code>{ $example }</code> (if the name comes later, just send it here then).
input-name-confirm-several = 👥 Two people or more? Type each passenger's name with a title, one per line, e.g. <code>Mr Budi Santoso</code> and <code>Mrs Siti Aminah</code>.
input-name-confirm-use = ✅ Yes, { $name }
input-name-confirm-retype = ✏️ Type the name again
input-name-change-request = "<b>{ $text }</b>" is not a passenger's name. { $what ->
    [date] To change the date: type <code>back</code> until the list of flights shows, then type the new date there.
    [route] To change the route: type <code>back</code> until the destination question, or start over with /search, e.g. <code>/search cgk lop tomorrow 2</code>.
    [party] To change the number of passengers: type <code>back</code> until the passenger count question shows.
    [flight] To change the flight: type <code>back</code> until the list of flights shows, then pick another.
    [name] { $first ->
        [yes] Just type the right name here.
       *[no] To change an earlier passenger's name, type <code>back</code>.
    }
   *[other] Type <code>back</code> to go one step back (again until the step to change; every other answer is kept), or start over with /search.
  } This passenger's name is still wanted: title and full name, e.g. <code>{ $example }</code>.
input-names-dropped-phone = ℹ️ Phone { $phone } left out of the name (the contact is asked after the passengers).
input-names-dropped-note = ℹ️ "{ $text }" is not part of the name, so it is not on the ticket.
input-names-dropped-id = ℹ️ "{ $text }" left out of the name: ID numbers are asked on their own when the airline needs them.
input-names-dropped-contact = ℹ️ "{ $text }" left out of the name: the contact is asked after the passengers.
input-names-dropped-other = ℹ️ "{ $text }" left out: a ticket carries only the title and the name.
input-names-dropped-chat = ℹ️ "{ $text }" is not a name, so it was left out.
quote-see-card = ℹ️ The price, baggage and times are on the flight card above. Tap ✅ Continue to fill in the passengers, ◀ Other flights to pick another, or ✖️ Cancel.
summary-see-above = ℹ️ Not booked yet. The total and the details are in the summary above: tap ✅ Book when it is right, ✏️ Change to change a passenger or the contact, or ✖️ Cancel.
summary-change-how = { $what ->
    [date] To change the date: type <code>back</code> until the list of flights shows, then type the new date there.
    [route] To change the route: start over with /search, e.g. <code>/search cgk lop tomorrow 2</code>.
    [party] To change the number of passengers: type <code>back</code> until the passenger count question shows.
   *[flight] To change the flight: type <code>back</code> until the list of flights shows, then pick another.
  }
summary-typed-contact-changed = 📇 Contact changed to { $email } · { $phone }. Nothing is booked yet: check the summary below and tap ✅ Book when it is right.{ $own ->
    [yes] {" "}tiket.com sends the e-ticket and any schedule changes to this contact: it must be the customer's own.
   *[no] {""}
}
