# Booking milik grup ditanyakan di chat pribadi anggotanya (features/booking/group-booking-hint.ts).
status-group-booking = 🔎 <b>{ $code }</b> adalah booking grup Anda “{ $group }”: { $status }
    ✈️ { $flight } { $from } → { $to } · { $departs }
    { $about ->
        [issue] Issued-nya dilakukan di grup itu: ketik /issued { $code } di sana.
        [ticket] E-tiketnya dikirim di grup itu: ketik /etiket { $code } di sana.
       *[status] Issued, e-tiket dan detailnya ada di grup itu: ketik /status { $code } di sana.
    }
status-group-booking-untitled = (tanpa nama)
