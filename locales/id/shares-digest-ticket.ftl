# Inline shares: which markup a result's price carries (the result's description, seen by the sharer only;
# plain text). src/bot/features/inline/markup-note.ts, services/customer-quote.ts `shareMarkup`.
inline-markup-private = 🏷 Markup pribadi Anda: { $markup }
inline-markup-group = 🏷 Markup { $named ->
    [yes] { $agency }
   *[no] grup agensi Anda
  }: { $markup }
inline-markup-none = 🏷 Tanpa markup (harga dasar): atur di /pengaturan markup, atau buat 📤 kartu pelanggan sekali di grup agensi Anda
inline-markup-rounding = pembulatan ke { $step }

# /etiket without a code: the chat's bookings as buttons, issued ones (🎫) first.
ticket-which-booking = E-tiket booking yang mana? { $issued ->
    [yes] Yang sudah issued (🎫) di depan.
   *[no] Belum ada yang issued di sini: e-tiket ada setelah issued.
  } Ketuk kodenya, atau ketik: <code>/etiket ABC123</code>

# /ringkasan: today so far, above yesterday as in the morning digest (src/bot/features/digest/on-demand-view.ts).
digest-title-so-far = 📰 <b>Ringkasan harian</b> · { $date }, s.d. { $time }
digest-today-heading = <b>Hari ini</b>
digest-today-made = 🆕 Booking hari ini: { $count } · total { $total }
digest-today-made-none = 🆕 Belum ada booking hari ini.
digest-today-issued = ✅ Issued hari ini: { $count } · total { $total } · komisi { $commission }
digest-today-issued-none = ✅ Belum ada yang issued hari ini.
digest-yesterday-heading = <b>Kemarin</b> · { $date }
