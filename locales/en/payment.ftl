error-payment-session-over = ⌛ The provider closed this booking's payment session, so it can't be paid from here any more: nothing was taken from the deposit. Search and book the flight again.
