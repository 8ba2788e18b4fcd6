# A lookup (/status, the Status and Issue buttons, /digest) found the booking issued at the provider where our records had no issue of it:
# a process died while the payment was on its way, or it was paid elsewhere. Recorded now; the e-ticket follows by itself (services/issue-recovery.ts).
issue-recovered = ✅ { $code } is already issued: the payment went through. The e-ticket is on its way to this chat.
# Issue tapped while an earlier issue call of this booking is under way or was cut off before its answer (the bot restarted during it).
issue-checking = ⏳ A payment for <b>{ $code }</b> was already sent to the provider, and its outcome is being checked. It may still go through, so I won't pay for { $code } again until { $until }. Check <code>/cek { $code }</code>: once it reads issued, the e-ticket comes here by itself.
# The daily digest's button for a due booking while a hold stands: its status, not an Issue that would be refused.
digest-status-button = 🔎 Status { $code }
# The inline booking card (it goes to the customer) while an issue of it may still be paying: no agent's wording, no times.
inline-booking-payment-checking = ⏳ The payment is being confirmed with the airline.
