# Passenger names and contact as agents type them (pasted lists, honours, dates on the name line).
input-names-no-place = Every { $type } passenger of this booking is named already.
