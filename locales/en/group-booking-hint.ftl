# A group's booking asked about in a member's private chat (features/booking/group-booking-hint.ts).
status-group-booking = 🔎 <b>{ $code }</b> is a booking of your group “{ $group }”: { $status }
    ✈️ { $flight } { $from } → { $to } · { $departs }
    { $about ->
        [issue] Issuing it is done in that group: type /issue { $code } there.
        [ticket] Its e-ticket is sent in that group: type /ticket { $code } there.
       *[status] Issuing it, its e-ticket and its details are in that group: type /status { $code } there.
    }
status-group-booking-untitled = (untitled)
