## Permintaan pelanggan ditempel utuh: rutenya dicari, penumpang dan kontak di bawahnya disimpan untuk booking
search-details-kept = 📋 Penumpang dan kontak di bawah permintaan Anda saya simpan: dipakai untuk booking setelah Anda memilih penerbangan.
