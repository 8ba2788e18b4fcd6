# Personal data pasted on a passenger's name line (private chat): each part answers its own question, read as if typed there.
pasted-taken = ✅ { $name }: { $items } — from the name's line.
pasted-birth = born { $date }
pasted-passport = passport { $number } until { $expiry }
pasted-id-number = KTP/ID { $number }
pasted-nationality = nationality { $country }
pasted-refused = ⚠️ From { $name }'s line, "<b>{ $typed }</b>" was not used: { $reason }
pasted-partly = ⚠️ From { $name }'s line: { $reason }
pasted-unneeded = ℹ️ { $name }: not needed on this flight, so not used: { $items }.
pasted-unread = ℹ️ { $name }: { $items } { $count ->
    [one] is
   *[other] are
} not clearly a date of birth, a passport/KTP number or a nationality, so not used (asked on its own when needed).
