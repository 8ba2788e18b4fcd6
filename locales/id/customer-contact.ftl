customer-contact-ask-email = 📧 E-mail kontak untuk booking? Harus milik pelanggan sendiri, begitu juga nomor HP-nya: tiket.com mengirim e-tiket dan info perubahan jadwal ke sana.
