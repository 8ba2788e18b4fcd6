# MMBC's booking answer gave no readable pay-before time (null, empty, an unknown form): no reminder is set.
booking-timelimit-unknown = ⏰ Pay before: <b>unknown</b> (MMBC's answer did not say): check <code>/status</code> before booking again or paying late.
# The provider's commission figure was missing or negative.
amount-unknown = unknown
# The expiry check: the pay-before time passed by the bot's clock, but the provider still says waiting (asked again for two hours).
reminder-expiry-still-waiting = ⌛ Booking <code>{ $code }</code> ({ $from } → { $to }): the pay-before time has passed by our clock, but { $provider } still shows it <b>waiting</b>. Check <code>/status { $code }</code> before booking again.
