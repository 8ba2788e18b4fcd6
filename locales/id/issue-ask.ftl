# Anggota yang tidak berhak memakai deposit meminta yang berhak untuk issued (bot/features/booking/issue-ask.ts).
issue-ask-button = 🙋 Minta issued ke admin
issue-ask-request = 🙋 { $asker } minta booking ini di-issued. { $issuers }: mohon dicek dan di-issued.
issue-ask-sent = 🙋 Permintaan dikirim ke yang berhak issued.
issue-ask-already = ⏳ Issued { $code } sudah diminta pukul { $at }: yang berhak sudah diberi tahu.
issue-ask-done = ✅ { $code } sudah di-issued oleh { $by }.
# Pengingat di grup untuk booking yang pemesannya tidak berhak issued menyebut siapa yang bisa.
reminder-issuers = Yang bisa issued: { $who }
