# A price answer the provider gave for another party or flight than the one asked.
error-price-mismatch = ⚠️ Harga dari provider ternyata untuk penerbangan atau jumlah penumpang yang lain, jadi tidak saya pakai. Coba lagi sebentar lagi, atau pilih penerbangan lain.
