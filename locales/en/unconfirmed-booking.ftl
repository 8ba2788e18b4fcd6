# A booking the provider made and showed (flight, passengers), whose last steps (tiket.com's checkout) broke off
# without a clear answer: recorded as this chat's booking, marked "not confirmed".
# Right after ✅ Book.
nav-book-unconfirmed = ⚠️ { $flight } ({ $names }) is at the provider as <b>{ $code }</b>, but its last booking step got no clear answer, so the booking is <b>not confirmed</b>. It is saved in /bookings, marked so. The bot will not retry it. Don't book again: check it with <code>/status { $code }</code>.
# Beside its status in /bookings.
booking-unconfirmed-mark = ⚠️ not confirmed
# On its /status card.
status-booking-unconfirmed = ⚠️ Booking not confirmed: its last step at { $provider } got no clear answer. Issuing it asks { $provider } first, and confirms the amount { $provider } states.
# Issuing it was refused by the provider: its order is not complete enough to pay from here.
issue-unconfirmed-refused = ⚠️ This booking was not confirmed: its last step (the customer details) did not go through at { $provider }, so it can't be paid from here. Nothing was paid. Check it in the { $provider } partner dashboard and pay it there before <b>{ $deadline }</b>, or let it lapse and book again.
# Whether its last step went through couldn't be read from the provider just now (its answer failed): not
# offered for issuing, and not said to be unpayable either. On /status and in its reminder.
issue-checkout-unchecked = ⚠️ This booking was not confirmed, and whether its last step (the customer details) went through at { $provider } couldn't be checked just now, so it isn't offered for issuing. Nothing was paid. Check its status again shortly, or check it in the { $provider } partner dashboard and pay it there before <b>{ $deadline }</b>.
