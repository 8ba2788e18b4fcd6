# Progressive search: the results list while slower airlines are still answering.
results-still-searching = ⏳ <i>Maskapai lain masih mencari; daftar ini akan bertambah…</i>
