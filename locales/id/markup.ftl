## Markup yang diketik terlalu kecil untuk dimaksud: ditanyakan, tidak langsung dipakai.
agency-markup-unsure = ❓ Markup <b>{ $small }</b> per penumpang, atau maksudnya <b>{ $large }</b>? Pilih salah satu (belum ada yang diubah).
agency-markup-pick = { $markup } per penumpang
# Tombol pertanyaan lama ditekan setelah markup berubah: tidak ada yang disimpan (toast, teks biasa).
agency-markup-stale = Pertanyaan ini sudah kedaluwarsa: markup sekarang { $markup }. Tidak ada yang diubah; ketik /pengaturan markup … lagi untuk mengubahnya.
