# Inline shares: which markup a result's price carries (the result's description, seen by the sharer only;
# plain text). src/bot/features/inline/markup-note.ts, services/customer-quote.ts `shareMarkup`.
inline-markup-private = 🏷 Your private markup: { $markup }
inline-markup-group = 🏷 { $named ->
    [yes] { $agency }
   *[no] Your agency group's
  } markup: { $markup }
inline-markup-none = 🏷 No markup (base fare): set one with /settings markup, or make a 📤 customer card once in your agency group
inline-markup-rounding = rounded up to { $step }

# /ticket without a code: the chat's bookings as buttons, issued ones (🎫) first.
ticket-which-booking = The e-ticket of which booking? { $issued ->
    [yes] Issued ones (🎫) come first.
   *[no] None here is issued yet: an e-ticket comes once issued.
  } Tap its code, or type it: <code>/ticket ABC123</code>

# /digest: today so far, above yesterday as in the morning digest (src/bot/features/digest/on-demand-view.ts).
digest-title-so-far = 📰 <b>Daily digest</b> · { $date }, until { $time }
digest-today-heading = <b>Today</b>
digest-today-made = 🆕 Booked today: { $count } · total { $total }
digest-today-made-none = 🆕 No bookings today yet.
digest-today-issued = ✅ Issued today: { $count } · total { $total } · commission { $commission }
digest-today-issued-none = ✅ Nothing issued today yet.
digest-yesterday-heading = <b>Yesterday</b> · { $date }
