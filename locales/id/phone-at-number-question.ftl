# Nomor HP yang diketik di pertanyaan paspor atau nomor identitas (passport-steps.ts, id-number-step.ts): tidak pernah diambil sebagai nomor dokumen.
document-number-is-phone = Itu nomor HP, bukan { $what ->
    [passport] nomor paspor
   *[id] nomor KTP/identitas
}. { $handoff ->
    [yes] Kontak pelanggan ditanyakan di grup, setelah data penumpang.
   *[no] Kontak pelanggan ditanyakan setelah data penumpang.
}
pax-passport-number-doubtful = <b>{ $number }</b> ada { $digits } digit, padahal nomor paspor paling banyak 9 karakter (paspor Indonesia: 1 huruf + 7 angka, mis. <code>A1234567</code>). Kalau itu nomor HP, ketik dengan kode negaranya, mis. <code>+6591234567</code>. Kalau memang nomor paspornya, kirim sekali lagi persis sama.
