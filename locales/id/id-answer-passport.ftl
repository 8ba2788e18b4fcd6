# Paspor dengan tanggal habis berlakunya diketik di pertanyaan KTP/identitas: nomornya jadi nomor identitas, dan barisnya sekaligus menjawab pertanyaan paspor.
id-answer-passport-taken = ✅ { $name }: { $items } — dari jawaban nomor identitasnya.
id-answer-passport-refused = ⚠️ Dari jawaban nomor identitas { $name }, "<b>{ $typed }</b>" tidak saya pakai sebagai paspor: { $reason }
id-answer-passport-partly = ⚠️ Dari jawaban nomor identitas { $name }: { $reason }
pax-id-number-dated = Ada tanggal di situ: ketik nomor identitasnya saja (16 digit KTP, atau nomor paspor), mis. <code>3174092302900001</code>.
