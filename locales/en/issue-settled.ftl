# The issue confirmation, once its tap paid: its question replaced by what happened (bot/features/booking/issue.ts).
issue-settled-issued = ✅ <b>{ $code } issued</b> · { $amount } from the { $provider } deposit
# Paid, the airline still issuing the ticket (tiket.com's queue): not "issued" yet.
issue-settled-paid = 💳 <b>{ $code }: paid</b> · { $amount } from the { $provider } deposit. The airline is still issuing the ticket.
# Issue tapped twice at once: one confirmation is posted, the second tap is pointed to it.
issue-confirm-shown = 💳 The confirmation to issue { $code } is above: tap ✅ Issue there.
