## The return typed with a search, offered on the outbound's booking card (and by "now the return")
return-search-button = 🔁 Search the return { $from } → { $to } { $date }
## The return's flight picked: the outbound booking's passengers (and contact) offered again
return-same-passengers = Same passengers? { $names }
return-same-yes = ✅ Yes, same passengers & contact
return-same-new = ✍️ Enter new passengers
