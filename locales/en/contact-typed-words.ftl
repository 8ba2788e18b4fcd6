# An e-mail typed among words that are no contact, at the contact questions (contact-step.ts).
contact-email-unsure = I see the e-mail <code>{ $email }</code> in that message, but also words I don't understand. If it is the contact's e-mail, send just the e-mail (the phone number may come with it).
