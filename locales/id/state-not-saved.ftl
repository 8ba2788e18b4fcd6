# The update was answered, but its step could not be saved (Redis failed at the end): src/bot/middlewares/error-handler.ts.
# Never "send it again": the step may have been a booking or an issue, which the answer above speaks for.
error-state-not-saved = ⚠️ Gangguan sesaat di sistem kami: langkah ini tidak tersimpan, jadi percakapan mungkin tidak berlanjut dari sini. Pesan di atas tetap berlaku. Bila balasan berikutnya tidak sesuai, mulai lagi dengan /cari.
