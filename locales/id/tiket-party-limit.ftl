# Provider yang menerima rombongan lebih kecil dari bot (tiket.com: maksimal 6 per jenis penumpang, minimal 1 dewasa).
error-party-limit = 👥 { $provider } maksimal { $limit } per booking, jadi { $party } tidak bisa dibooking sekaligus di sana. Pecah rombongannya (misalnya { $split }), lalu cari per booking.
error-party-limit-adults = 👥 { $provider } butuh minimal { $limit } di setiap booking, jadi rombongan ini tidak bisa dibooking di sana.
results-party-limit = ℹ️ { $provider } maksimal { $limit } per booking, jadi penerbangannya tidak ada di daftar ini. Untuk melihatnya, pecah rombongannya (misalnya { $split }), lalu cari per booking.
results-party-limit-adults = ℹ️ { $provider } butuh minimal { $limit } di setiap booking, jadi penerbangannya tidak ada di daftar ini.
