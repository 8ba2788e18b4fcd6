# A group's booking asked about in a member's private chat (features/booking/group-booking-hint.ts).
status-group-booking = 🔎 <b>{ $code }</b> is a booking of your group “{ $group }”: { $status }
    ✈️ { $flight } { $from } → { $to } · { $departs }
    Issuing it, its e-ticket and its details are in that group: type /status { $code } there.
status-group-booking-untitled = (untitled)
