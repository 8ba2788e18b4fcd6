# Anggota grup membalas konfirmasi issued milik rekannya (src/bot/features/foreign-replies.ts): hanya yang meminta yang bisa mengonfirmasi atau membatalkannya.
reply-confirmation-not-yours = ↩️ Konfirmasi itu milik { $name }: hanya { $name } yang bisa mengonfirmasi atau membatalkannya.
