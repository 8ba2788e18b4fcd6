# Tautan data pribadi booking grup dibuka setelah alur di grup berhenti (waktu habis, /batal, pencarian baru).
pd-stopped = 🔒 Permintaan ini sudah tidak berlaku: booking di grup sudah berhenti (waktunya habis atau dibatalkan), jadi tidak ada data yang disimpan. Untuk booking, mulai lagi di grup dengan /cari.

# Anggota di daftar /izinkan keluar atau dikeluarkan dari grup: izinnya ikut hilang.
settings-issuer-left = ℹ️ { $name } keluar dari grup dan tidak lagi ada di daftar yang boleh issued. Jika bergabung lagi, admin perlu mengizinkannya lagi dengan /izinkan.
