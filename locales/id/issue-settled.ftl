# The issue confirmation, once its tap paid: its question replaced by what happened (bot/features/booking/issue.ts).
issue-settled-issued = ✅ <b>{ $code } berhasil issued</b> · { $amount } dari deposit { $provider }
# Paid, the airline still issuing the ticket (tiket.com's queue): not "issued" yet.
issue-settled-paid = 💳 <b>{ $code }: sudah dibayar</b> · { $amount } dari deposit { $provider }. Maskapai masih menerbitkan tiketnya.
# Issue tapped twice at once: one confirmation is posted, the second tap is pointed to it.
issue-confirm-shown = 💳 Konfirmasi issued { $code } ada di atas: ketuk ✅ Issued di sana.
