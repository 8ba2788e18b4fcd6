# The next passenger's name typed at a passenger's birth date: kept for them.
name-typed-ahead-noted = 👤 Noted <b>{ $name }</b> for passenger { $n }.
