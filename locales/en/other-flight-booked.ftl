# The booking answer names another flight, route or day than the one booked: the hold is real (a code), but not the flight asked.
booked-other-flight-title = ⚠️ <b>MMBC booked a different flight than you asked for.</b> Code: <code>{ $code }</code>
booked-other-flight-both =
    You asked for: { $asked }
    MMBC booked: <b>{ $booked }</b>
# After the card: nothing is paid from the bot for it.
booked-other-flight-advice = This booking is not issued from the bot. Check it with MMBC before telling the customer: if it is not the flight they want, leave it unpaid (it lapses at its pay-before time) or ask MMBC to cancel it, then book the right flight again.
# Issue asked (button, /issued) for such a booking: refused, nothing paid.
issue-other-flight = ⚠️ <b>{ $code }</b> is not issued from the bot: MMBC booked { $booked }, but { $asked } was asked for. Nothing was paid. Check it with MMBC and issue it there only if that is the flight the customer wants; otherwise leave it unpaid (it lapses at its pay-before time) or ask MMBC to cancel it, then book the right flight again.
