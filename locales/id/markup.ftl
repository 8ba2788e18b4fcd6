## Markup yang diketik terlalu kecil untuk dimaksud: ditanyakan, tidak langsung dipakai.
agency-markup-unsure = ❓ Markup <b>{ $small }</b> per penumpang, atau maksudnya <b>{ $large }</b>? Pilih salah satu (belum ada yang diubah).
agency-markup-pick = { $markup } per penumpang
