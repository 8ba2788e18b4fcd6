# A booking code typed alone at a passenger's name question (name-steps.ts): no name has digits, so said to be a
# code, with the way to check it; the name question still waits (asked again below it).
names-booking-code = <b>{ $code }</b> looks like a booking code, not a name: to check it, type <code>/status { $code }</code>. This question still waits for the passenger's name.
