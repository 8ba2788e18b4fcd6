# A group tap whose provider lookup outlasts Telegram's answer deadline: the toast, the outcome follows as a message.
tap-still-checking = ⏳ Masih dicek ke provider… jawabannya nanti muncul di sini.
# An inline search the provider hasn't answered before Telegram's deadline: said honestly, the search goes on.
inline-still-searching-title = ⏳ Masih mencari { $from } → { $to }…
inline-still-searching-description = { $summary } — provider lagi lambat. Ketik ulang query yang sama beberapa detik lagi untuk lihat penerbangannya.
