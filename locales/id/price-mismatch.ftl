# A price answer the provider gave for another party or flight than the one asked.
error-price-mismatch = ⚠️ Harga dari provider ternyata untuk penerbangan atau jumlah penumpang yang lain, jadi tidak saya pakai. Coba lagi sebentar lagi, atau pilih penerbangan lain.
# Said after it at booking: the results list comes back, the passengers and contact kept.
nav-price-mismatch-kept = Belum ada yang dibooking. Data penumpang dan kontak tetap tersimpan: pilih lagi penerbangan ini untuk mencoba dengan harga baru, atau pilih penerbangan lain.
