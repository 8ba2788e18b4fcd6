# Words typed outside any question, answered by what they ask (src/bot/features/typed-requests.ts).
typed-thanks = Sama-sama, kak 🙏 Kalau perlu tiket lagi, ketik /cari.
# Words typed at an open issue confirmation: only its button pays.
typed-tap-to-confirm = 💳 Issued <b>{ $code }</b> menunggu ketukan Anda: ketuk <b>{ $confirm }</b> di pesan konfirmasi untuk membayar dari deposit, atau <b>{ $cancel }</b>. Ketikan tidak memproses pembayaran.
# Words without a code, and no single booking just made: the chat's newest as buttons.
typed-which-booking = { $action ->
    [issue] Booking mana yang mau di-issued?
    [ticket] E-tiket booking yang mana?
   *[status] Booking mana yang mau dicek?
  } Ketuk kodenya, atau lihat semua di /pesanan.
# Cancelling, changes, refunds and name fixes are not done by the bot. $what: cancel, date, refund, name.
typed-not-here-general = { $what ->
    [date] Ganti jadwal tidak bisa lewat bot ini: hubungi CS penyedianya (MMBC atau tiket.com) dengan kode bookingnya. Kalau belum di-issued, bisa juga cari penerbangan baru dengan /cari; booking lama batal sendiri saat batas bayarnya.
    [refund] Refund tidak bisa lewat bot ini: hubungi CS penyedianya (MMBC atau tiket.com) dengan kode bookingnya.
    [name] Koreksi nama tidak bisa lewat bot ini: hubungi CS penyedianya (MMBC atau tiket.com) dengan kode bookingnya. Kalau belum di-issued, booking ulang saja dengan nama yang benar (/cari); booking lama batal sendiri saat batas bayarnya.
   *[cancel] Bot ini tidak bisa membatalkan booking. Yang belum di-issued tidak perlu dibatalkan: batal sendiri saat batas bayarnya, dan deposit tidak terpakai. Yang sudah issued: hubungi CS penyedianya (MMBC atau tiket.com) dengan kode bookingnya. Daftar booking: /pesanan.
  }
# The same for one booking. $state: waiting (booked, not paid), issued, ended (cancelled or lapsed; never for a refund), other.
typed-not-here = { $state ->
    [ended] <b>{ $code }</b> sudah { $status }: tidak ada lagi yang perlu dibatalkan atau diubah.
   *[other] { $what ->
        [date] Ganti jadwal <b>{ $code }</b> tidak bisa lewat bot ini: hubungi CS { $provider } dengan kode booking ini.
        [refund] Refund <b>{ $code }</b> tidak bisa lewat bot ini: hubungi CS { $provider } dengan kode booking ini.
        [name] Koreksi nama di <b>{ $code }</b> tidak bisa lewat bot ini: hubungi CS { $provider } dengan kode booking ini.
       *[cancel] <b>{ $code }</b> tidak bisa dibatalkan lewat bot ini.
      }{ $state ->
        [waiting] { $what ->
            [cancel] { " " }Tapi tidak perlu: belum di-issued, jadi deposit belum terpakai, dan booking ini batal sendiri kalau tidak di-issued sampai batas bayarnya{ $deadline ->
                [none] .
               *[other] , { $deadline }.
              } Untuk melepas kursinya lebih cepat, hubungi CS { $provider }.
            [date] { " " }Belum di-issued: bisa juga cari penerbangan baru dengan /cari; { $code } batal sendiri kalau tidak di-issued sampai batas bayarnya.
            [refund] { " " }Belum di-issued, jadi deposit belum terpakai dan tidak ada yang perlu di-refund: { $code } batal sendiri kalau tidak di-issued sampai batas bayarnya.
            [name] { " " }Belum di-issued: booking ulang saja dengan nama yang benar (/cari); { $code } batal sendiri kalau tidak di-issued sampai batas bayarnya.
           *[other] {""}
          }
        [issued] { $what ->
            [cancel] { " " }Sudah issued: untuk pembatalan atau refund, hubungi CS { $provider } dengan kode booking ini.
           *[other] {""}
          }
       *[other] { " " }Status sekarang: { $status }.
      }
  }
