error-payment-session-over = ⌛ The provider closed this booking's payment session, so it can't be paid from here any more: nothing was taken from the deposit. Search and book the flight again.
quote-unsupported-fields = ⚠️ { $flight } can't be booked here: the provider needs { $fields } for it, which I can't fill in yet. Pick another flight.
