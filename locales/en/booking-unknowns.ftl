# MMBC's booking answer gave no readable pay-before time (null, empty, an unknown form): no reminder is set.
booking-timelimit-unknown = ⏰ Pay before: <b>unknown</b> (MMBC's answer did not say): check <code>/status</code> before booking again or paying late.
# The provider's commission figure was missing or negative.
amount-unknown = unknown
