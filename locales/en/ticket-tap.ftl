# A colleague's 📄 E-ticket tap on a booking not issued yet: said only to the tapper (a toast), no command to run.
ticket-not-issued-toast = 📄 { $code } is not issued yet, so there is no e-ticket. It comes once the booking is issued.
