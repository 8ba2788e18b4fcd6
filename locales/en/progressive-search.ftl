# Progressive search: the results list while slower airlines are still answering.
results-still-searching = ⏳ <i>Other airlines are still searching; this list will grow…</i>
