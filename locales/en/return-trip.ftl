## The return typed with a search, offered on the outbound's booking card (and by "now the return")
return-search-button = 🔁 Search the return { $from } → { $to } { $date }
