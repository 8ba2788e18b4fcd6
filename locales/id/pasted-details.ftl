# Data pribadi yang ditempel di baris nama penumpang (chat pribadi): tiap bagian menjawab pertanyaannya sendiri, dibaca seperti diketik di sana.
pasted-taken = ✅ { $name }: { $items } — dari baris namanya.
pasted-birth = lahir { $date }
pasted-passport = paspor { $number } s/d { $expiry }
pasted-id-number = KTP/ID { $number }
pasted-nationality = kewarganegaraan { $country }
pasted-refused = ⚠️ Dari baris nama { $name }, "<b>{ $typed }</b>" tidak saya pakai: { $reason }
pasted-partly = ⚠️ Dari baris nama { $name }: { $reason }
pasted-unneeded = ℹ️ { $name }: tidak diperlukan untuk penerbangan ini, jadi tidak saya pakai: { $items }.
pasted-unread = ℹ️ { $name }: { $items } tidak jelas apakah tanggal lahir, nomor paspor/KTP atau kewarganegaraan, jadi tidak saya pakai (ditanyakan tersendiri bila perlu).
