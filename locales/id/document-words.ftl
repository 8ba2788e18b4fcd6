# Kata tanpa angka diketik di pertanyaan KTP / identitas atau paspor: bukan nomor dokumen.
pax-document-later = ⏳ { $what ->
    [passport] Paspor
   *[id] Nomor KTP / identitas
  } wajib untuk booking penerbangan ini: maskapai tidak menerima booking tanpanya. Ketik di sini kalau sudah ada (pertanyaan ini tetap menunggu), atau /batal untuk berhenti.
pax-document-is-name = “{ $typed }” itu nama, bukan nomor { $what ->
    [passport] paspor
   *[id] identitas
  }.
pax-id-number-no-digits = Tidak ada angkanya: nomor identitas itu 16 digit KTP atau nomor paspor, mis. <code>3174092302900001</code>.
