# KTP, tanggal lahir atau paspor penumpang dikoreksi dengan mengetiknya di ringkasan, atau sendiri di ✏️ <penumpang>.
typed-correction-done = ✏️ { $name }: { $field ->
    [id] KTP/ID diganti jadi { $value }
    [birth] tanggal lahir diganti jadi { $value }
   *[passport] paspor diganti jadi { $value }
  }. Belum dibooking: cek lagi ringkasan di bawah, lalu tekan ✅ Booking kalau sudah benar.
typed-correction-refused = { $why ->
    [id-digits] NIK/KTP terdiri dari 16 digit; yang diketik { $digits } digit. Belum ada yang diubah: ketik lagi nomornya, mis. <i>NIK { $name } 3174…</i>.
    [number-taken] Nomor itu sudah milik penumpang { $holder } ({ $holdername }): satu nomor KTP/paspor untuk satu orang. Belum ada yang diubah.
    [birth-age] Dengan tanggal lahir itu { $name } bukan { $type } di penerbangan ini. Belum ada yang diubah: cek lagi tanggalnya, atau tekan ✏️ Ubah.
   *[passport-expiry] Paspor harus masih berlaku 6 bulan setelah penerbangan. Belum ada yang diubah: ketik nomor paspor beserta masa berlakunya, mis. <i>paspor { $name } A1234567 31-12-2031</i>.
  }
typed-correction-edit-hint = Untuk mengoreksi satu data saja, ketik data itu saja: nomor KTP, tanggal lahir, atau nomor paspor.
