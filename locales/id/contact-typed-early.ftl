# Kontak pelanggan yang ditempel bersama jawaban data penumpang (contact-aside.ts), disimpan untuk pertanyaan kontak.
contact-typed-early-kept = 📇 Kontak dicatat untuk booking ini: { $contact }. Nanti dicek lagi di ringkasan sebelum booking.
# Di grup e-mail dan nomor HP tidak diulang (isi keterangan foto sudah dijanjikan tidak diulang): dicek di ringkasan.
contact-typed-early-kept-group = 📇 Kontak dicatat untuk booking ini. Nanti dicek lagi di ringkasan sebelum booking.
summary-contact-typed-early = 📇 Kontaknya yang diketik bersama data penumpang: { $email } · { $phone }. Belum dibooking: cek lagi ringkasan di bawah, lalu tekan ✅ Booking kalau sudah benar.{ $own ->
    [yes] {" "}tiket.com mengirim e-tiket dan info perubahan jadwal ke kontak ini, jadi harus milik pelanggan sendiri.
   *[no] {""}
}
# Kontak yang diketik di grup saat prompt 🔒 (personal-data.ts): disimpan, dan pesannya boleh dihapus dari grup.
pd-contact-deletable = Ini data pribadi pelanggan: pesan tadi boleh dihapus dari grup sekarang.
