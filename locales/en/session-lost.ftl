# tiket.com keeps a booking payable only through its own session (the order's token); once that is gone
# (expired or replaced), no documented call re-attaches a new one, so the bot can't pay it.
# /issue, an Issue tap, and /status of such a booking (below the card).
issue-session-lost-by = ⚠️ { $provider }'s session for <b>{ $code }</b> has expired, so the bot can no longer pay it. Nothing was paid. To keep the booking, pay it in the { $provider } partner dashboard before <b>{ $deadline }</b>.
issue-session-lost = ⚠️ { $provider }'s session for <b>{ $code }</b> has expired, so the bot can no longer pay it. Nothing was paid. To keep the booking, pay it in the { $provider } partner dashboard before its pay-before time.
