# A group tap whose provider lookup outlasts Telegram's answer deadline: the toast, the outcome follows as a message.
tap-still-checking = ⏳ Still checking with the provider… the answer will be posted here.
# An inline search the provider hasn't answered before Telegram's deadline: said honestly, the search goes on.
inline-still-searching-title = ⏳ Still searching { $from } → { $to }…
inline-still-searching-description = { $summary } — the provider is slow. Type the same query again in a few seconds for the flights.
