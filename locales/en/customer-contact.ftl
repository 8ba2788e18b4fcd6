customer-contact-ask-email = 📧 Contact e-mail for the booking? It must be the customer's own, with their own mobile: tiket.com sends the e-ticket and any schedule changes there.
