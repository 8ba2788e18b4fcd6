# Tautan data pribadi booking grup dibuka setelah alur di grup berhenti (waktu habis, /batal, pencarian baru).
pd-stopped = 🔒 Permintaan ini sudah tidak berlaku: booking di grup sudah berhenti (waktunya habis atau dibatalkan), jadi tidak ada data yang disimpan. Untuk booking, mulai lagi di grup dengan /cari.
