# The provider says unpaid, but a payment confirmation the bot sent earlier got no clear answer and may still go
# through (tiket.com's confirmPayment): the bot never sends it again, so the agent settles it with the provider.
# The answer to an issue whose confirmation got no clear answer (instead of "I won't pay again until …").
issue-doubt-confirmation = ⚠️ Issuing <b>{ $code }</b> got no clear answer, and { $provider } still says { $status }. The payment confirmation I sent may still go through, so I won't send it again: sending it twice could take the deposit twice.
# /issue and the Issue buttons afterwards, while the provider still says unpaid.
payment-unconfirmed = ⚠️ { $provider } still says <b>{ $code }</b> is unpaid. But the payment confirmation I sent earlier got no clear answer and may still go through, so I won't send it again: sending it twice could take the deposit twice.
# What to do, after either of the above.
payment-unconfirmed-todo-by = ⏰ Before <b>{ $deadline }</b>: check or pay it in the { $provider } partner dashboard, or contact { $provider } with the booking code. Once { $provider } says it is issued, <code>/status { $code }</code> shows it.
payment-unconfirmed-todo = Check or pay it in the { $provider } partner dashboard, or contact { $provider } with the booking code. Once { $provider } says it is issued, <code>/status { $code }</code> shows it.
# /status of such a booking, below its status and pay-before time.
status-payment-unconfirmed = 🔎 The payment confirmation I sent earlier got no clear answer and may still go through, so I won't send it again. Before the pay-before time: check or pay it in the { $provider } partner dashboard, or contact { $provider } with the booking code.
# Its pay-before reminder: no Issue button.
reminder-payment-unconfirmed = ⚠️ { $provider } still says it is unpaid, but the payment confirmation I sent earlier got no clear answer and may still go through, so I won't send it again. Before <b>{ $at }</b>: check or pay it in the { $provider } partner dashboard, or contact { $provider } with the booking code, or the seats are lost.
