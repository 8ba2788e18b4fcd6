# KTP, tanggal lahir atau paspor penumpang dikoreksi dengan mengetiknya di ringkasan, atau sendiri di ✏️ <penumpang>.
typed-correction-done = ✏️ { $name }: { $field ->
    [name] nama diganti jadi { $value }
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
typed-correction-edit-hint = Untuk mengoreksi satu data saja, ketik data itu saja: { $fields }.
typed-correction-field = { $field ->
    [id] nomor KTP
    [birth] tanggal lahir
   *[passport] nomor paspor
  }
typed-correction-or = atau
# Data yang diketik di ringkasan (atau di ✏️) yang tidak diminta penerbangan ini: tidak pernah dibaca sebagai hal lain.
typed-correction-not-asked = Penerbangan ini tidak memerlukan { $field ->
    [id] nomor KTP/identitas
    [birth] tanggal lahir
   *[passport] paspor
  }: maskapai tidak menerimanya, jadi tidak ada yang perlu dikoreksi. Belum ada yang diubah.
typed-correction-which = { $field ->
    [id] Nomor KTP/identitas
    [birth] Tanggal lahir
   *[passport] Paspor
  } siapa? Ketik bersama nama penumpangnya, mis. <i>{ $field ->
    [id] NIK { $name } 3174…
    [birth] tgl lahir { $name } 17-08-1990
   *[passport] paspor { $name } A1234567
  }</i>, atau tekan ✏️ Ubah. Belum ada yang diubah.
typed-correction-which-name = { $name } itu penumpang yang mana? Untuk mengoreksi nama, sebutkan nama yang diganti, mis. <i>nama { $first } salah, harusnya { $name }</i>, atau tekan ✏️ Ubah. Belum ada yang diubah.
# A name at the summary for a passenger by number ("nama kedua salah, Ani Lestari") or alone ("Ani Lestari").
typed-correction-name-already = ✓ Penumpang { $number } sudah bernama { $name }. Belum ada yang dibooking: tekan ✅ Booking kalau semua sudah benar.
typed-correction-name-no-such = Penumpangnya hanya { $count } orang, tidak ada penumpang ke-{ $number }. Tidak ada yang diubah: sebutkan penumpang 1–{ $count }, mis. <i>nama kedua salah, Ani Lestari</i>, atau tekan ✏️ Ubah.
typed-correction-name-offer = ✏️ Ganti nama penumpang { $number } ({ $was }) jadi <b>{ $name }</b>?
typed-correction-name-offer-yes = ✅ Ya, ganti
typed-correction-name-offer-no = Tidak
typed-correction-name-offer-kept = Nama tidak diubah.
