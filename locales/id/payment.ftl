error-payment-session-over = ⌛ Provider sudah menutup sesi pembayaran booking ini, jadi tidak bisa dibayar dari sini lagi: deposit tidak terpotong. Cari dan booking ulang penerbangannya.
quote-unsupported-fields = ⚠️ { $flight } tidak bisa dibooking di sini: provider meminta { $fields }, yang belum bisa saya isi. Pilih penerbangan lain.
