## A return typed at a results list ("return on the 28th", "pp"): said to be a second search (return-note.ftl), the list kept
results-return-list-stays = The list above stays: choose the outbound flight { $from } → { $to } ({ $date }) there.
