# An issue whose outcome is unknown holds the booking against a second payment for a while (services/issue-booking.ts).
issue-doubt = ⚠️ Issuing <b>{ $code }</b> got no clear answer, and the provider still says { $status }. That payment may still be going through at the airline, so I won't pay for { $code } again until { $until }: paying now could take the deposit twice.
issue-doubt-no-answer = ⚠️ Issuing <b>{ $code }</b> got no answer, and its status can't be read right now. The payment may still be going through, so I won't pay for { $code } again until { $until }: paying now could take the deposit twice.
# After the above, what the agent can do. The hold ends before the pay-before time (or the bot doesn't know one): issue again after it if still unpaid.
issue-doubt-retry = Check <code>/status { $code }</code>: if it says issued, it's done; if it still says waiting after { $until }, you may issue it again.
issue-doubt-retry-by = ⏰ Pay before: <b>{ $deadline }</b>. Check <code>/status { $code }</code>: if it says issued, it's done; if it still says waiting after { $until }, you may issue it again before { $deadline }.
# The hold ends after the pay-before time: waiting for it to end is no advice (the seat would be gone), and paying again is never one.
issue-doubt-deadline = ⏰ Pay before: <b>{ $deadline }</b>, which comes before I may pay again, so the airline's answer decides: the first payment may still go through; if { $code } is still unpaid at { $deadline }, the booking lapses. Check <code>/status { $code }</code>; if it stays unclear, contact { $provider } support with the booking code.
# /status while a hold stands (after "Pay before").
status-issue-hold = 🔎 An issue of this booking got no clear answer and is being checked: I won't pay for it again until { $until }.
status-issue-hold-deadline = 🔎 An issue of this booking got no clear answer and is being checked: I won't pay for it again until { $until }, after its pay-before time, so the airline's answer decides; if it is still unpaid at the deadline, the booking lapses.
# A reminder while a hold stands: no "pay before … or lose the seats", no Issue button.
reminder-held = 🔎 Its payment is being checked with the airline: I won't pay for it again until { $until }. Pay-before time: { $at }. Tap Status for the outcome.
reminder-held-deadline = 🔎 Its payment is being checked with the airline: I won't pay for it again until { $until }, after its pay-before time ({ $at }), so the airline's answer decides; if it is still unpaid then, the booking lapses. Tap Status for the outcome.
