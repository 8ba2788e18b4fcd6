# /issue and /status without a code: the chat's bookings as buttons (src/bot/features/booking/code-offers.ts).
issue-which-booking = Which booking should be issued? Tap its code (not paid yet, newest first), or type it: <code>/issue ABC123</code>
status-which-booking = Which booking should I check? Tap its code, or type it: <code>/status ABC123</code>
# Under the question: an unpaid booking an issue of which got no clear answer, offered with its Status button, not to pay.
issue-offer-held = <b>{ $code }</b> · { $from }→{ $to } — check it: <code>/status { $code }</code>
