# Paid from the deposit while the airline was still issuing the ticket (tiket.com's ticketing queue): not "issued".
issue-paid-awaiting = 💳 <b>{ $code }: paid from the deposit.</b> The airline is still issuing the ticket, so it is not issued yet: the e-ticket will be sent here once it is out. Don't pay it again; /status { $code } shows where it stands.
issue-already-paid = 💳 { $code } is already paid from the deposit and the airline is still issuing the ticket. Nothing was paid again; the e-ticket will be sent here once it is out.
ticket-ticketing = 📄 { $code } is paid; the airline is still issuing the ticket. The e-ticket will be sent here once it is out: no need to issue it again.
ticket-still-issuing = ⏳ <b>{ $code }</b>: the airline still hasn't issued the ticket (it is paid from the deposit; nothing is paid again). Check later with /status { $code }: once it is issued, the e-ticket is sent here.
