# Di bawah daftar penumpang ringkasan: tanggal lahir yang diketik hanya untuk sebagian penumpang, di penerbangan yang tidak memerlukannya, tidak dikirim (MMBC: semua atau tidak sama sekali).
summary-birth-dates-unsent = ℹ️ Tanggal lahir tidak dikirim: penerbangan ini tidak memerlukannya, dan maskapai hanya menerimanya untuk semua penumpang atau tidak sama sekali.
