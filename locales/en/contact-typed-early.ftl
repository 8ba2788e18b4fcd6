# The customer's contact pasted with a passenger's answer (contact-aside.ts), kept for the contact question.
contact-typed-early-kept = 📇 Contact noted for this booking: { $contact }. You'll check it on the summary before booking.
# In a group the e-mail and phone are not repeated (a caption's were promised not to be): the summary shows them to check.
contact-typed-early-kept-group = 📇 Contact noted for this booking. You'll check it on the summary before booking.
summary-contact-typed-early = 📇 The contact is the one typed with the passenger details: { $email } · { $phone }. Nothing is booked yet: check the summary below and tap ✅ Book when it is right.{ $own ->
    [yes] {" "}tiket.com sends the e-ticket and any schedule changes to this contact: it must be the customer's own.
   *[no] {""}
}
# The contact typed in the group at the 🔒 prompt (personal-data.ts): kept, and its message may go from the group's history.
pd-contact-deletable = It is the customer's personal data: you can delete your message from the group now.
