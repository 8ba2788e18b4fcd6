# A member who may not spend asks the group's issuers to issue a booking (bot/features/booking/issue-ask.ts).
issue-ask-button = 🙋 Ask an issuer
issue-ask-request = 🙋 { $asker } asks for this booking to be issued. { $issuers }: please check it and issue it.
issue-ask-sent = 🙋 Sent to the issuers.
issue-ask-already = ⏳ Issuing { $code } was already asked at { $at }: the issuers have been told.
issue-ask-done = ✅ { $code } was issued by { $by }.
# A group reminder of a booking whose booker may not issue names who can.
reminder-issuers = Who can issue: { $who }
