# A birth date, passport or KTP number pasted on the passenger's name line: the name is taken, the rest asked on its own.
name-line-data-later = ℹ️ { $count ->
    [one] Only the name was taken from that line
   *[other] Only the names were taken from those lines
}: the date of birth and the passport/ID number are no part of a name, and are asked in their own questions when the airline needs them.
name-line-data-group = 🔒 Only the names were taken. Birth dates and passport/KTP numbers are personal, so I don't read them in the group: when the airline needs them, they're given through the 🔒 private link. Best to delete the message that has them.
