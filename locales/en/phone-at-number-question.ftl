# A phone number typed at a passport or ID-number question (passport-steps.ts, id-number-step.ts): never taken as the document's number.
document-number-is-phone = That is a mobile number, not { $what ->
    [passport] a passport number
   *[id] a KTP/ID number
}. { $handoff ->
    [yes] The customer's contact is asked in the group, after the passengers' details.
   *[no] The customer's contact is asked after the passengers' details.
}
pax-passport-number-doubtful = <b>{ $number }</b> has { $digits } digits, but a passport number has at most 9 characters (an Indonesian one is a letter and 7 digits, e.g. <code>A1234567</code>). If it is a phone number, type it with its country code, e.g. <code>+6591234567</code>. If it really is the passport number, send it once more exactly the same.
