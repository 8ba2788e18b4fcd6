# An e-mail typed among words that are no contact, at the contact questions (contact-step.ts).
contact-email-unsure = Ada e-mail <code>{ $email }</code> di pesan itu, tapi juga kata lain yang tidak saya pahami. Kalau itu e-mail kontaknya, kirim e-mailnya saja (boleh dengan nomor HP).
