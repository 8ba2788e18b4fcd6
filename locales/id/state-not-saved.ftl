# The update was answered, but its step could not be saved (Redis failed at the end): src/bot/middlewares/error-handler.ts
error-state-not-saved = ⚠️ Langkah ini tidak tersimpan (gangguan sesaat di sistem kami), jadi percakapan mungkin tidak berlanjut dari sini. Bila pesan Anda berikutnya tidak dikenali, kirim ulang jawaban terakhir Anda.
