## Daily digest (/pengaturan → 📰, /ringkasan)
digest-title = 📰 <b>Ringkasan harian</b> · { $date }
digest-made = 🆕 Booking kemarin: { $count } · total { $total }
digest-made-none = 🆕 Tidak ada booking kemarin.
digest-issued = ✅ Issued kemarin: { $count } · total { $total } · komisi { $commission }
digest-issued-none = ✅ Tidak ada yang issued kemarin.
digest-booking-line = • <code>{ $code }</code> { $from } → { $to } · { $flight } · { $total } · { $by }
digest-expiring = ⏳ Belum issued, batas bayar dalam 24 jam ke depan ({ $count }):
digest-expiring-line = • <code>{ $code }</code> { $from } → { $to } · bayar sebelum { $day ->
    [tomorrow] besok { $time }
   *[today] { $time }
  } · { $total }
digest-expiring-none = ⏳ Tidak ada booking yang jatuh tempo dalam 24 jam ke depan.
digest-expiring-more = …dan { $count } lainnya, batas bayarnya lebih akhir — semuanya ada di /pesanan
digest-more = …dan { $count } lainnya — semuanya ada di /pesanan
digest-balance = 💰 Deposit { $provider }: <b>{ $balance }</b>{ $sandbox ->
    [yes] {" "}(sandbox)
   *[no] {""}
}
digest-balance-unavailable = 💰 Deposit: tidak bisa dicek sekarang.
digest-balance-no-account = 💰 Deposit: tidak ditampilkan, karena chat ini belum boleh memakai akun provider (lihat /akun).
digest-issue-button = 💳 Issued { $code }
digest-settings-button = 📰 Ringkasan harian
digest-settings-title = 📰 <b>Ringkasan harian</b>
digest-settings-state = { $enabled ->
    [yes] Aktif, setiap hari pukul <b>{ $time }</b> ({ $zone }).
   *[no] Nonaktif. Jika aktif, dikirim setiap hari pukul <b>{ $time }</b> ({ $zone }).
}
digest-settings-about = Isi: booking dan issued kemarin dengan total dan komisi, booking belum issued yang batas bayarnya dalam 24 jam ke depan (dengan tombol Issued), dan saldo deposit. Hari tanpa apa pun untuk dilaporkan tidak dikirim; /ringkasan kapan saja.
digest-settings-on = 🔔 Aktifkan
digest-settings-off = 🔕 Matikan
digest-settings-back = ◀ Kembali
digest-settings-saved = Tersimpan.
command-digest = Ringkasan harian: booking, issued, jatuh tempo, deposit
