locale-code = id

## Perintah (deskripsi menu)
command-search = Cari dan pesan tiket pesawat
command-bookings = Daftar pesanan chat ini
command-status = Status booking: /cek KODE
command-issue = Issued (bayar) booking: /issued KODE
command-ticket = E-tiket PDF: /etiket KODE
command-balance = Saldo deposit
command-language = Bahasa Indonesia / English
command-cancel = Batalkan proses yang berjalan
command-settings = Pengaturan chat (admin)
command-account = Akun provider yang dipakai chat ini
command-login = Hubungkan akun MMBC Anda (chat pribadi)
command-logout = Putuskan akun MMBC Anda
command-resetpassword = Atur ulang password MMBC (chat pribadi)
command-help = Bantuan

## Mulai dan bantuan
mode-sandbox = 🧪 <b>Sandbox</b>: latihan booking, tanpa uang sungguhan.
mode-live = ✅ Akun { $provider } aktif.
help =
    ✈️ <b>Asisten booking tiket pesawat</b>
    Cari, booking, issued, dan kirim e-tiket tanpa keluar dari Telegram.
    { $mode }

    /cari — cari dan booking (cepat: <code>/cari CGK SUB 30-12-2026 2</code>)
    /pesanan — daftar pesanan chat ini
    /cek <code>KODE</code> — status booking
    /issued <code>KODE</code> — issued (bayar dari deposit)
    /etiket <code>KODE</code> — e-tiket PDF
    /saldo — saldo deposit
    /pengaturan — siapa boleh issued, bahasa, pengingat (admin){ $login }
    /bahasa — Bahasa Indonesia / English
    /batal — hentikan proses yang berjalan
# The /login line of the help, only where members can link their own MMBC account.
help-login = /login, /logout, /akun — akun MMBC Anda sendiri
unhandled = Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.
unhandled-group = Pesan ini tidak menjawab pertanyaan yang masih terbuka untuk Anda. Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.
edit-ignored = ✏️ Pesan yang diedit tidak dibaca: saya memakai yang dikirim pertama. Kirim maksud Anda sebagai pesan baru; booking yang sudah dibuat tetap memakai data saat dibuat.
anonymous-admin = 🕶 Anda mengirim secara anonim sebagai grup, jadi saya tidak tahu admin yang mana, dan tombol yang Anda ketuk datang dari akun Anda sendiri. Untuk mencari, booking, atau issued, matikan “Tetap anonim” di hak admin Anda, atau chat saya secara pribadi. /pengaturan tetap bisa dipakai seperti ini.
anonymous-channel = 🕶 Anda mengirim sebagai channel { $name }, jadi saya tidak tahu siapa Anda. Untuk mencari, booking, atau issued, kirim sebagai diri sendiri, atau chat saya secara pribadi.
language-choose = Pilih bahasa:
language-changed = ✅ Bahasa diganti ke Bahasa Indonesia.
language-not-yours = Pilihan bahasa ini untuk yang mengetik /bahasa. Ketik /bahasa untuk memilih bahasa Anda.
language-group-keeps = Grup ini tetap memakai { $language } (diatur admin di /pengaturan); pilihan Anda berlaku di chat pribadi dengan bot.
language-next-flow = Pertanyaan pencarian yang sedang berjalan tetap dalam bahasa semula; selebihnya, dan pencarian berikutnya, dalam Bahasa Indonesia.
cancelled = Dibatalkan.
nothing-to-cancel = Tidak ada yang perlu dibatalkan.
# Di grup: membalas anggota yang mengirim /batal, menyebut alur siapa yang dihentikan (alur rekan lain tetap jalan).
cancelled-whose = Pencarian { $name } dibatalkan.
nothing-to-cancel-whose = Tidak ada yang perlu dibatalkan untuk { $name }.
settings-unknown-sub = <b>{ $sub }</b> tidak dikenal di /pengaturan. Yang bisa: <code>agensi</code>, <code>info</code>, <code>markup</code>, <code>bulat</code>, <code>kontak</code>, <code>akun</code>, atau tombol di bawah.
button-not-yours = Tombol ini milik booking { $name }. Mulai booking sendiri dengan /cari.
button-not-yours-list = Daftar ini hasil pencarian { $name }. Mulai pencarian sendiri dengan /cari.
reply-not-yours = ↩️ Pertanyaan itu untuk { $name }. Balas pertanyaan Anda sendiri (atau mulai dengan /cari).
new-search-dropped = ℹ️ Booking yang sedang diisi ditinggalkan untuk pencarian baru ini (belum ada yang di-booking).
button-stale = Tombol ini sudah tidak aktif.
use-buttons = Silakan pilih dengan tombol.
cancel-button = ✖️ Batal
retry-button = 🔁 Coba lagi
error-internal = ⚠️ Terjadi kesalahan di sistem kami. Silakan coba lagi.
error-try-again = ⏳ Layanan sedang terganggu sebentar. Silakan coba lagi beberapa saat lagi.
# The answer to an update that paid (or tried to) failed: never "try again", which invites paying twice.
error-after-payment = ⚠️ Terjadi kesalahan saat mengirim hasil issued { $code }. Jangan di-issued lagi: cek dulu statusnya dengan /cek { $code }
# A tap in a forum topic that was closed (or deleted), when not even General took the answer.
error-topic-closed = 🔒 Topik ini sudah ditutup, jadi saya tidak bisa membalas di sini. Minta admin membukanya lagi, atau tulis ke saya di General.

## Pencarian
search-ask-origin = 🛫 Berangkat dari mana? Ketik kota atau kode bandara (mis. <code>Jakarta</code> atau <code>CGK</code>).
search-ask-destination = 🛬 Dari { $from } ke mana? Ketik kota atau kode bandara.
search-same-airport = Asal dan tujuan sama. Mau ke mana?
search-airport-unknown = Saya tidak mengenal "<b>{ $input }</b>". Ketik nama kota (Surabaya, Denpasar) atau kode 3 huruf (SUB, DPS).
search-airport-choose = Bandara mana yang dimaksud?
search-ask-date = 📅 Tanggal berangkat? Ketik <code>30-12-2026</code>, <code>30/12</code>, <code>besok</code>, <code>lusa</code>, atau pilih tanggal:
search-date-nonexistent = Tanggal itu tidak ada di kalender. Periksa tanggal dan bulannya, mis. <code>28/2</code>.
search-date-unreadable = Tanggal tidak terbaca. Coba <code>30-12-2026</code>, <code>30/12</code> atau <code>besok</code>.
search-date-past = Tanggal itu sudah lewat. Pilih hari ini atau sesudahnya.
search-date-too-far = Penerbangan hanya bisa dipesan paling lama satu tahun ke depan. Pilih tanggal yang lebih dekat.
search-ask-pax = 👥 Berapa penumpang? Ketik dewasa, anak, bayi — mis. <code>1</code> atau <code>2 1 0</code>.
search-pax-unreadable = Ketik jumlah dewasa, anak, dan bayi, mis. <code>2 1 0</code>.
search-pax-no-adult = Minimal harus ada satu penumpang dewasa.
search-pax-infants-exceed-adults = Setiap bayi dipangku satu orang dewasa: jumlah bayi tidak boleh lebih dari dewasa.
search-pax-too-many = Maksimal 7 penumpang per booking.
search-pax-negative = Jumlah tidak boleh negatif.
search-progress = 🔎 Mencari <b>{ $from } → { $to }</b>, { $date }, { $party }…
search-progress-airlines = ✈️ { $done } dari { $total } maskapai sudah menjawab…
search-progress-provider = ✈️ { $source } menemukan { $offers } penerbangan; menunggu provider lain…
search-progress-refresh = ✈️ { $source }: { $offers } penerbangan sejauh ini, masih mengumpulkan…
search-retry-question = Cari lagi?
search-expired = Hasil pencarian ini sudah kedaluwarsa. Ketik /cari untuk mencari lagi.
# Quick form with a return ("pulang 15 des", "pp"): the bot books one way; the return is a second search.
search-one-way = ℹ️ Di sini dicari penerbangan <b>sekali jalan</b> (berangkat) saja. Penerbangan pulang dicari terpisah setelah ini: <code>/cari { $to } { $from }</code> dengan tanggal pulangnya.
input-understood-pax = Rute <b>{ $from } → { $to }</b>, { $party }.
input-name-title-adult = { $name }: titel apa untuk maskapai? <b>Mr</b> (laki-laki), <b>Mrs</b> (perempuan, menikah) atau <b>Ms</b> (perempuan). "Dr." tidak dipakai maskapai.
calendar-today = Hari ini
calendar-tomorrow = Besok
calendar-weekdays = Sn Sl Rb Km Jm Sb Mg

## Hasil
results-header = ✈️ <b>{ $from } → { $to }</b> · { $date } · { $party }
results-count = { $shown } penerbangan (dari { $all }), harga per dewasa. Pilih penerbangan, atau ketik kode atau nomornya.
results-any-time = semua jam
results-filtered = Filter: { $airline } · { $time }
results-empty-filter = Tidak ada penerbangan yang cocok dengan filter ini.
results-time-typed = 🕒 Hanya penerbangan { $time }, sesuai yang Anda ketik. Ganti atau hapus dengan tombol jam di bawah.
results-time-typed-none = 🕒 Tidak ada penerbangan { $time } di tanggal ini, jadi semua penerbangan ditampilkan.
results-typed-unknown = Ketik kode penerbangan dari daftar (mis. <code>JT-690</code>) atau nomornya di halaman ini.
results-sort-price = ↕ Termurah
results-sort-departure = ↕ Paling pagi
results-time-morning = 🌅 Pagi
results-time-afternoon = ☀️ Siang
results-time-evening = 🌇 Sore
results-time-night = 🌙 Malam
results-time-all = 🕒 Semua jam
results-airline = 🏷 Maskapai
results-all-airlines = Semua maskapai
results-back = ◀ Kembali
party-adults = { $n } penumpang
label-stops = { $n } transit
party-adult = { $n } dewasa
party-child = { $n } anak
party-infant = { $n } bayi
results-partial = ⚠️ { $missing } tidak menjawab: daftar ini belum lengkap, penerbangan termurah mungkin tidak ada di sini.
results-partial-airlines = ⚠️ { $missing } hanya menjawab untuk sebagian maskapai: daftar ini belum lengkap, penerbangan termurah mungkin tidak ada di sini.
results-partial-named = ⚠️ { $missing } hanya menjawab untuk sebagian maskapai; tidak ada di daftar ini: { $airlines }. Penerbangan termurah mungkin tidak ada di sini.
results-search-again = 🔄 Cari lagi
time-morning = pagi
time-afternoon = siang
time-evening = sore
time-night = malam

## Cek harga
flight-line = ✈️ <b>{ $code }</b> { $airline } · { $from } → { $to } · { $date } { $times }{ $stops ->
    [0] {""}
   *[other] {" "}· { $stops } transit
  }
quote-details =
    💺 Sisa kursi: { $seats }
    Harga dasar: { $fare } · Pajak: { $tax }
    <b>Total { $pax } penumpang: { $total }</b>
quote-baggage = 🧳 Bagasi: { $baggage }
quote-continue = ✅ Lanjut
quote-back = ◀ Penerbangan lain
quote-not-enough-seats = 😕 Kursi tersisa hanya { $seats }, padahal perlu { $needed }. Pilih penerbangan lain.
price-up = ⚠️ Harga <b>naik { $diff }</b> sejak pencarian ({ $before } → { $after }).
price-down = ℹ️ Harga <b>turun { $diff }</b> sejak pencarian ({ $before } → { $after }).
reprice-accept = ✅ Booking dengan harga baru

## Penumpang
pax-type-adult = dewasa
pax-type-child = anak
pax-type-infant = bayi
pax-ask-name = 👤 Penumpang { $n } dari { $of } ({ $type }): titel dan nama lengkap, mis. <code>{ $example }</code>
pax-name-no-title = Awali dengan titel: { $titles } — mis. <code>Mr Budi Santoso</code>.
pax-name-wrong-title = Untuk penumpang ini titel harus salah satu dari: { $titles }.
pax-name-bad-name = Nama hanya boleh berisi huruf, spasi, apostrof, titik, dan tanda hubung (maks. 60 karakter).
pax-ask-birthdate = 🎂 Tanggal lahir { $name }? (mis. <code>17-08-1990</code>)
pax-birthdate-unreadable = Ketik tanggal lahir, mis. <code>17-08-1990</code> atau <code>17 agustus 1990</code>.
pax-birthdate-future = Tanggal lahir harus sebelum tanggal penerbangan.
pax-birthdate-infant-too-young = Bayi harus sudah berumur minimal 3 bulan pada tanggal penerbangan (maskapai tidak menerima bayi yang lebih muda). Bayi ini baru boleh terbang mulai { $from }: periksa tanggal lahirnya, atau pilih penerbangan sejak tanggal itu.
pax-ask-passport = 🛂 Paspor { $name }: nomor dan tanggal habis berlaku, mis. <code>A1234567 31-12-2030</code>
pax-ask-passport-expiry = 🛂 Tanggal habis berlaku paspor { $name } (<b>{ $number }</b>)? Mis. <code>31-12-2030</code>
pax-passport-unreadable = Ketik nomor paspor dan tanggal habis berlaku, mis. <code>A1234567 31-12-2030</code>.
pax-ask-id-number = 🪪 Nomor KTP / identitas { $name }? (16 digit, atau nomor paspor)
pax-id-number-invalid = Ketik nomor identitas: hanya huruf dan angka, mis. <code>3174092302900001</code>.
pax-ask-passport-issued = 📅 Tanggal terbit paspor { $name }? (mis. <code>15-01-2022</code>)
pax-ask-nationality = 🌏 Kewarganegaraan { $name }? (mis. <code>Indonesia</code> atau <code>ID</code>)
pax-nationality-invalid = Ketik nama negara (Indonesia, Malaysia…) atau kode 2 hurufnya (ID, MY…).
captcha-ask = 🔤 Lion Air meminta kode ini. Ketik karakter yang terlihat.
captcha-invalid = Ketik hanya karakter pada gambar (huruf dan angka).
captcha-wrong-final = ❌ Lion Air menolak kode captcha tiga kali; belum ada yang dibooking. Ketuk ✅ Booking untuk kode baru.
captcha-wrong = ❌ Lion Air menolak kode captcha itu; belum ada yang dibooking. Ini kode baru:
contact-offer-last = 📇 Pakai kontak terakhir di chat ini? { $email } · { $phone }
contact-use-last = ✅ Pakai
contact-new = ✏️ Kontak lain
contact-use-buttons = Pilih dengan tombol.
contact-ask-email = 📧 E-mail kontak untuk booking?
contact-email-invalid = Itu bukan alamat e-mail, mis. <code>budi@example.com</code>.
contact-ask-phone = 📱 Nomor HP kontak? (mis. <code>081234567890</code>)
contact-phone-invalid = Ketik nomor HP Indonesia, mis. <code>081234567890</code> atau <code>+6281234567890</code>.

## Ringkasan dan booking
summary-title = 📋 <b>Periksa sebelum booking</b>
summary-born = lahir { $date }
summary-id = KTP { $number }
summary-personal-given = 🔒 data pribadi sudah diisi di chat pribadi
summary-passport = paspor { $number } (s.d. { $expiry })
summary-id-passport = paspor { $number }
summary-passport-issued = terbit { $date }
summary-nationality = warga negara { $country }
summary-contact = 📇 { $email } · { $phone }
summary-total = 💰 <b>Total: { $total }</b>
summary-book = ✅ Booking
summary-change = ✏️ Ubah
booked-title = 🎫 <b>Booking berhasil!</b> Kode: <code>{ $code }</code>
booking-flight = ✈️ { $code } { $airline } · { $from } → { $to } · { $departs }
booking-timelimit = ⏰ Bayar sebelum: <b>{ $at }</b>{ $past ->
    [yes] {" "}(sudah lewat)
   *[no] {" "}({ $days ->
        [0] {""}
       *[other] { $days } hari{" "}
    }{ $hours ->
        [0] {""}
       *[other] { $hours } jam{" "}
    }{ $minutes } mnt lagi)
  }
booking-issued = ✅ <b>Sudah issued</b>
booking-too-late = ⛔ Sudah terlalu dekat dengan keberangkatan untuk di-issued (kurang dari { $minutes } menit, atau sudah berangkat): tidak bisa dibayar lagi.
booking-fares = 💰 Total { $total } · NTA { $nta } · Komisi { $commission }
button-issue = 💳 Issued sekarang
button-status = 🔄 Status
button-ticket = 📄 E-tiket

## Status, pesanan, saldo
status-usage = Ketik kode booking: <code>/cek ABC123</code>
status-title = 🔎 <b>{ $code }</b> — { $status }
status-bare = 🔎 <b>{ $code }</b> — { $status } (dibooking di luar chat ini, tanpa detail)
status-passengers = 👥 Penumpang:
status-booked-by = Dibooking oleh { $name }
status-waiting = ⏳ menunggu pembayaran
status-pending = ⏳ diproses
status-pending-note = ⏳ Pembayaran atau penerbitan tiket sedang diproses di provider: tidak ada yang perlu dibayar sekarang.
status-issued = ✅ issued
status-cancel = ✖️ batal
status-expired = ⌛ kedaluwarsa
bookings-empty = Belum ada pesanan di chat ini. Ketik /cari untuk membuatnya.
bookings-title = 📚 <b>Pesanan chat ini</b> ({ $count })
bookings-line = { $n }. <code>{ $code }</code> { $from }→{ $to } · { $departs } · { $status } · { $by }
balance = 💰 Saldo deposit { $provider }: <b>{ $balance }</b>{ $sandbox ->
    [yes] {" "}(sandbox)
   *[no] {""}
  }

## Issued dan e-tiket
issue-usage = Ketik kode booking: <code>/issued ABC123</code>
issue-not-allowed = 🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: { $who }.
issue-not-allowed-private = Booking di chat pribadi hanya terbuka di sini, jadi mereka tidak bisa membukanya dari chat lain: booking di grup agensi yang sudah disetujui agar mereka bisa issued, atau kirim kodenya agar mereka issued lewat portal provider.
issuers-admins = admin grup ini
issue-nobody-configured = belum ada — operator harus mengisi ISSUER_IDS
issue-confirm =
    💳 <b>Issued { $code }?</b>
    Deposit { $provider } akan terpakai <b>{ $amount }</b>.
    Saldo sekarang: { $balance } → sesudahnya: { $after }
issue-insufficient = 💸 Issued <b>{ $code }</b> perlu <b>{ $amount }</b>, tapi saldo deposit { $provider } tinggal { $balance }. Isi saldo, lalu coba lagi: belum ada yang dibayar.
issue-confirm-button = ✅ Issued { $amount }
issue-working = Sedang issued…
issue-unsure = ⏳ { $code } dikenal { $owner }, tapi { $down } sedang tidak menjawab, dan { $down } harus memastikan kode itu bukan miliknya sebelum ada yang dibayar. Tidak ada yang dibayar; coba lagi sebentar lagi.
issue-intent-gone = Sudah diproses atau kedaluwarsa.
issue-withdrawn = ✖️ Issued <b>{ $code }</b> dibatalkan dan tidak dilanjutkan: deposit tidak terpakai.
issue-not-yours = ↩️ Konfirmasi itu milik { $name }: hanya { $name } yang bisa mengonfirmasi atau membatalkannya.
issue-not-yours-unnamed = Hanya yang meminta yang bisa mengonfirmasi atau membatalkannya.
issue-done = ✅ <b>{ $code } berhasil issued.</b> Nomor tiket: { $tickets }
issue-already = ✅ { $code } sudah issued.
issue-in-progress = ⏳ { $code } sedang diproses issued. Ketik /cek sebentar lagi.
issue-not-possible = ⛔ { $code } tidak bisa issued: { $status }.
issue-departed = ⛔ { $code } tidak bisa di-issued: penerbangan berangkat { $departs } (waktu setempat), kurang dari { $minutes } menit lagi atau sudah berangkat. Deposit tidak terpakai.
issue-pending = ⏳ { $code } sedang diproses di provider: pembayaran atau penerbitan tiketnya sudah berjalan, jadi tidak saya bayar lagi. Cek lagi beberapa menit lagi dengan /cek { $code }.
issue-unknown = ⚠️ Belum bisa dipastikan apakah { $code } sudah issued: provider tidak menjawab. JANGAN issued ulang — ketik <code>/cek { $code }</code> beberapa menit lagi.
issue-unknown-status = ⚠️ Issued { $code } mungkin belum berhasil: provider sekarang menyebut { $status }. Ketik <code>/cek { $code }</code> sebelum mencoba lagi.
ticket-usage = Ketik kode booking: <code>/etiket ABC123</code>
ticket-caption = 🎫 <b>{ $code }</b> · { $flight } { $from } → { $to } · { $departs }
    { $names }
ticket-caption-bare = 🎫 E-tiket <b>{ $code }</b>
ticket-emailed = 📧 Provider sudah mengirim e-tiket ke e-mail pelanggan ({ $email }).
ticket-failed = ⚠️ E-tiket { $code } belum tersedia. Coba <code>/etiket { $code }</code> lagi nanti.

## Kesalahan provider
error-invalid-credentials = 🔑 Provider menolak login kami. Operator harus memeriksa akun.
error-no-flights = 😕 Tidak ada penerbangan untuk rute dan tanggal itu. Coba tanggal lain.
error-validation = ✏️ Provider menolak data:
error-field-passenger = Penumpang { $n } ({ $type })
error-field-title = titel
error-field-name = nama
error-field-birthdate = tanggal lahir
error-field-id = nomor KTP/identitas
error-field-passport = nomor paspor
error-field-passport-expiry = masa berlaku paspor
error-field-passport-issued = tanggal terbit paspor
error-field-nationality = kewarganegaraan
error-field-parent = pendamping bayi
error-charge-mismatch = ⛔ Provider akan memotong { $charged } dari deposit, bukan { $expected } sesuai booking (ada biaya atau jumlahnya berubah), jadi tidak saya bayar: deposit tidak terpotong. Tanyakan selisihnya ke provider; booking tetap belum dibayar sampai batas waktunya, dan issued lewat bot akan ditolak dengan cara yang sama sampai jumlahnya cocok (atau booking ulang penerbangannya dengan harga baru).
error-insufficient-deposit = 💸 Saldo deposit tidak cukup (sisa { $balance }). Isi saldo, lalu coba lagi.
error-booking-expired = ⌛ Booking ini sudah kedaluwarsa: batas waktu bayar sudah lewat. Cari dan booking ulang.
error-booking-not-found = 🔎 Kode booking tidak dikenal provider. Periksa lalu coba lagi.
# Several codes in one request: each refusal says which code it is about.
error-booking-code-not-found = 🔎 Kode booking <b>{ $code }</b> tidak dikenal provider. Periksa lalu coba lagi.
# One of several codes in one request, refused for a reason of its own (an outage, no account here): which one it is.
status-code-refused = <b>{ $code }</b> — { $refusal }
error-seat-gone = 😕 Kursi sudah habis. Pilih penerbangan lain.
error-upstream = ⚠️ Sistem maskapai sedang gagal. Coba lagi sebentar lagi.
error-unavailable = 📡 Provider sedang tidak menjawab. Coba lagi sebentar lagi.
error-outcome-unknown = ⚠️ Provider tidak menjawab tepat waktu, jadi belum pasti berhasil atau tidak. JANGAN diulang begitu saja: cek /pesanan dan /cek dulu.
error-already-issued = ✅ Booking ini sudah issued.
error-booking-cancelled = ✖️ Booking ini sudah dibatalkan.
error-ticket-not-ready = 📄 E-tiket baru tersedia setelah booking issued.
error-ticket-download = 📄 E-tiket tidak bisa diambil dari provider (tautan rusak atau asing, waktu habis, atau bukan PDF). Coba lagi nanti.

## Pengingat
reminder-title = ⏰ Booking <code>{ $code }</code> ({ $from } → { $to }) belum issued.
reminder-deadline = Bayar sebelum <b>{ $at }</b> ({ $days ->
        [0] {""}
       *[other] { $days } hari{" "}
    }{ $hours ->
        [0] {""}
       *[other] { $hours } jam{" "}
    }{ $minutes } mnt lagi), atau kursinya hilang.
reminder-issued = ✅ Booking <code>{ $code }</code> ({ $from } → { $to }) sudah issued.
reminder-late = (Pengingat ini terlambat: bot sedang mati saat waktunya tiba.)
reminder-expired = ⌛ Booking <code>{ $code }</code> ({ $from } → { $to }) kedaluwarsa: tidak issued sebelum batas waktu. Cari lagi untuk booking ulang.
button-stop-reminders = 🔕 Hentikan pengingat
reminders-stopped = Pengingat dihentikan.
reminders-already-stopped = Pengingat ini sudah berhenti.
reminders-stopped-by = 🔕 Pengingat <b>{ $code }</b> dihentikan oleh { $name }.
reminders-stop-not-allowed = Hanya { $name } (yang membooking) atau yang boleh issued yang bisa menghentikan pengingat ini.

## Inline
inline-help-title = ✈️ Cari penerbangan atau bagikan booking
inline-help-description = Ketik rute dan tanggal (CGK SUB 30-12, jakarta bali besok) atau kode booking.
inline-help-message =
    ✈️ <b>Cari tiket dari chat mana saja</b>
    Ketik <code>@{ $bot } CGK SUB 30-12</code> atau <code>@{ $bot } jakarta bali besok</code> untuk membagikan jadwal dan harga,
    atau <code>@{ $bot } ABC123</code> untuk membagikan status booking.
inline-help-button = ✈️ Buka bot untuk bantuan
inline-unknown-airport = ❓ Kota atau bandara tidak dikenal: { $input }
inline-same-airport = ❓ Asal dan tujuan sama
inline-date-nonexistent = 📅 Tanggal itu tidak ada: periksa tanggal dan bulannya
inline-date-unreadable = 📅 Tanggal tidak terbaca: coba 30-12 atau besok
inline-date-past = 📅 Tanggal itu sudah lewat
inline-date-too-far = 📅 Penerbangan bisa dipesan paling jauh satu tahun ke depan
inline-pax-invalid = 👥 Periksa jumlah penumpang: 1 sampai 7, minimal satu dewasa
inline-search-summary = { $from } → { $to } · { $date } · { $party }
inline-offer-description = { $airline } · { $from } → { $to } · { $date } · { $times } · { $stops ->
    [0] langsung
   *[other] { $stops } transit
  }
inline-offer-baggage = 🧳 { $baggage }
inline-offer-card =
    ✈️ <b>{ $airline } { $flight }</b>
    🛫 { $fromcity } ({ $from }) → { $tocity } ({ $to })
    📅 { $date }, { $times } · { $stops ->
        [0] langsung
       *[other] { $stops } transit
    }
inline-offer-transit = 🔁 Lewat: { $info }
inline-offer-price = 💰 <b>{ $price }</b> per dewasa, sudah termasuk pajak
inline-offer-note = <i>Harga dan kursi dapat berubah sampai booking dibuat.</i>
inline-booking-title = 🎫 { $code } — { $status }
inline-booking-description = { $flight } · { $from } → { $to } · { $departs }
inline-booking-card =
    🎫 Booking <b>{ $code }</b> — { $status }
    ✈️ { $airline } { $flight } · { $from } → { $to }
    🛫 Berangkat { $departs }
inline-booking-pnr = PNR maskapai: <b>{ $pnr }</b>
inline-booking-pay-before = ⏰ Bayar sebelum <b>{ $at }</b> agar kursi tidak hilang.
inline-booking-not-found-title = 🔎 Booking { $code } tidak ada di chat Anda
inline-booking-not-found-description = Hanya booking yang Anda buat, atau dibuat di chat Anda, yang bisa dibagikan. Untuk mencari, ketik rute: CGK SUB 30-12.

## Pengaturan
settings-title = ⚙️ <b>Pengaturan chat ini</b>
settings-issuers = 💳 Yang boleh issued: { $policy } · diizinkan: { $people }
settings-issuers-admins = admin grup (dan orang yang diizinkan dengan /izinkan)
settings-issuers-list = hanya orang yang diizinkan dengan /izinkan
settings-issuers-everyone = semua anggota chat
settings-issuers-default = daftar operator bot (ISSUER_IDS)
settings-language = 🌐 Bahasa: { $language }
settings-reminders = ⏰ Pengingat sebelum batas waktu: { $offsets }
settings-contact = 📇 Kontak bawaan: { $contact }
settings-help = Atur kontak bawaan dengan <code>/pengaturan kontak email hp</code>. Balas pesan anggota dengan /izinkan atau /cabut agar ia boleh issued.
settings-default = bawaan
settings-off = mati
settings-btn-admins = 👮 Admin
settings-btn-list = 📋 Daftar
settings-btn-everyone = 👥 Semua
settings-btn-off = 🔕 Mati
settings-saved = Tersimpan.
settings-admins-only = 🔒 Hanya admin grup yang bisa mengubah pengaturannya.
settings-admins-only-toast = Hanya admin grup yang bisa mengubah ini.
settings-contact-usage = Ketik <code>/pengaturan kontak budi@example.com 081234567890</code>.
settings-allow-usage = Di grup, balas pesan anggota dengan /izinkan atau /cabut, atau sebut dia: /izinkan @username.
settings-allowed = ✅ { $name } sekarang boleh issued di grup ini.
settings-allowed-already = ✅ { $name } sudah boleh issued di grup ini.
settings-disallowed = { $name } tidak lagi boleh issued di grup ini.
settings-disallowed-already = { $name } memang tidak ada di daftar yang boleh issued di grup ini.
settings-allow-unknown-name = Saya belum mengenal { $username } di grup ini: Telegram tidak memberi tahu bot siapa pemilik sebuah username, jadi saya hanya mengenal anggota yang pernah menulis atau mengetuk tombol saya di sini. Balas salah satu pesannya dengan { $command }.
settings-allow-not-member = { $name } bukan anggota grup ini, jadi tidak bisa saya masukkan ke daftar yang boleh issued.
language-name-id = Bahasa Indonesia
language-name-en = English

## Data pribadi booking grup
pd-group-prompt = 🔒 Tanggal lahir, nomor KTP dan paspor adalah data pribadi, jadi tidak saya tanyakan di grup. Ketuk tombol untuk mengisinya di chat pribadi, lalu ketuk Lanjutkan di sini.
pd-open-private = 🔒 Lanjut di chat pribadi
pd-continue = ▶️ Lanjutkan
pd-use-private = Silakan isi data ini di chat pribadi (tombol di atas), lalu ketuk Lanjutkan.
pd-tap-continue = Data pribadinya sudah diterima: ketuk ▶️ Lanjutkan di atas untuk meneruskan.
pd-not-yet = Belum diterima: selesaikan dulu di chat pribadi.
pd-expired = Permintaan ini sudah kedaluwarsa. Mulai booking lagi dengan /cari di grup.
pd-already = Data ini sudah diterima. Kembali ke grup dan ketuk Lanjutkan.
pd-back-first = Ini pertanyaan pertama. Nama penumpang diubah di grup (✏️ Ubah di ringkasan).
pd-private-intro = 🔒 Data pribadi untuk booking grup Anda ({ $count } penumpang). Data tetap di chat ini.
pd-private-done = ✅ Terima kasih. Kembali ke grup dan ketuk Lanjutkan.
pd-private-group-gone = ✅ Terima kasih, datanya sudah diterima. Tapi saya tidak bisa lagi menulis di grup (saya dikeluarkan, atau grupnya berubah), jadi booking di sana tidak bisa dilanjutkan. Tambahkan saya lagi lalu cari ulang dengan /cari di grup, atau booking di chat ini.
pd-group-received = ✅ Data pribadi diterima untuk { $names }. Ketuk Lanjutkan untuk meneruskan.
pd-group-review = 🔒 Data pribadi { $names } sudah diterima di chat pribadi. Ketuk Lanjutkan untuk memakainya apa adanya, atau ubah di chat pribadi (tombol di bawah). Ketik kembali untuk mengubah nama.
pd-change-private = 🔒 Ubah di chat pribadi
pd-private-review-intro = 🔒 Ubah data pribadi booking grup Anda ({ $count } penumpang), mulai dari pertanyaan terakhir. Ketik kembali untuk pertanyaan sebelumnya. Data tetap di chat ini.
pd-closed = 🔒 Permintaan ini sudah tidak berlaku: booking di grup sudah pindah dari langkah itu. Tidak ada data yang disimpan. Pakai tombol di pesan 🔒 terbaru di grup.

## Accounts
account-open-private = 🔒 Buka chat pribadi
account-private-only = 🔒 Login hanya diketik di chat pribadi dengan saya, tidak pernah di grup. Ketuk tombol untuk melanjutkan di sana.
account-key-missing = 🔒 Fitur menautkan akun belum aktif: operator harus mengatur CREDENTIALS_KEY dulu (login hanya disimpan terenkripsi).
account-no-mmbc = Hanya akun MMBC yang bisa ditautkan, dan bot ini tidak memakai MMBC.
account-login-username = 🔑 <b>Tautkan akun MMBC Anda</b>
    Kirim <b>username</b> MMBC Anda. (/batal untuk berhenti)
account-login-password = Sekarang kirim <b>password</b>. Pesan Anda langsung saya hapus, saya cek ke MMBC dan hanya disimpan terenkripsi; tidak akan ditampilkan lagi. (<i>kembali</i> untuk mengganti username, /batal untuk berhenti)
account-login-wrong = ❌ MMBC menolak username atau password itu. Kirim password lagi, /login untuk mulai ulang dengan username lain, atau /batal.
account-login-done = ✅ Tertaut: user MMBC <code>{ $username }</code> · { $mode } · saldo { $balance }. Pencarian dan booking di chat pribadi ini sekarang memakai akun ini. Admin grup bisa memakainya di grup dengan /pengaturan akun. /logout untuk melepasnya.
account-send-again = Kirim password lagi, atau /batal.
account-bad-username = Sepertinya itu bukan username (tanpa spasi, maksimal 64 karakter). Kirim lagi.
account-bad-password = Kirim password sebagai satu baris teks.
account-bad-email = E-mail itu sepertinya salah. Kirim lagi.
account-bad-phone = Nomor HP itu sepertinya salah (angka, mis. 081234567890). Kirim lagi.
account-bad-agent = Kirim kode agen sebagai satu kata.
account-short-password = Password baru minimal 6 karakter (pesan Anda sudah dihapus). Kirim yang lain.
account-delete-failed = ⚠️ Saya tidak bisa menghapus pesan berisi password Anda: mohon hapus sendiri.
account-flow-expired = ⌛ Terlalu lama, jadi saya hentikan; tidak ada yang disimpan. Mulai lagi dengan /login atau /resetpassword.
account-reset-username = 🔐 <b>Reset password MMBC</b>
    Kirim <b>username</b> MMBC Anda. (/batal untuk berhenti)
account-reset-email = <b>E-mail</b> akun:
account-reset-phone = <b>Nomor HP</b> akun:
account-reset-agent = <b>Kode agen</b> Anda:
account-reset-password = <b>Password baru</b> (minimal 6 karakter). Pesan Anda langsung saya hapus dan hanya disimpan terenkripsi.
account-reset-done = ✅ Password MMBC sudah diganti. Pesan Anda sudah dihapus dan password baru disimpan terenkripsi: chat pribadi ini sekarang memakai user MMBC <code>{ $username }</code> · { $mode }.
account-reset-refused = Tidak ada yang diubah. Periksa username, e-mail, nomor HP dan kode agen, lalu mulai lagi dengan /resetpassword.
account-logout-done = 🔓 Login MMBC Anda sudah dihapus. Grup yang memakainya ({ $groups }) kembali ke akun bawaan bot. Booking yang dibuat dengannya baru bisa dicek, di-issued atau diunduh lagi setelah Anda /login dengan username yang sama{ $groups ->
    [0] .
   *[other] , dan booking grup baru setelah Anda menautkannya lagi ke grup itu lewat /pengaturan akun.
}
account-logout-none = Belum ada akun yang tertaut. /login untuk menautkan akun MMBC Anda.
account-title = 🔑 <b>Akun provider di chat ini</b>
account-linked = MMBC: user <code>{ $username }</code> · { $whose } · { $mode }
account-whose-you = akun Anda sendiri
account-whose-admin = ditautkan oleh { $name }
account-default = MMBC: akun bawaan bot · { $mode }
account-tiket = tiket.com: akun bot · { $mode }
account-mode-sandbox = 🧪 sandbox (tanpa uang sungguhan)
account-mode-live = ✅ live
account-hint-private = /login menautkan akun MMBC Anda sendiri di sini; /logout melepasnya.
account-hint-group = Admin grup yang punya akun tertaut bisa memakainya di sini dengan <code>/pengaturan akun</code> (kembali ke bawaan: <code>/pengaturan akun mati</code>).
account-settings-help = 🔑 Akun: <code>/pengaturan akun</code> memakai login MMBC tertaut Anda di grup ini; <code>/pengaturan akun mati</code> kembali ke bawaan. /akun menampilkan akun yang dipakai.
account-settings-linked = ✅ Grup ini sekarang memakai akun MMBC milik { $name } (user <code>{ $username }</code>).
account-settings-none = Anda belum punya akun tertaut. Tautkan dengan /login di chat pribadi dengan saya, lalu kirim <code>/pengaturan akun</code> di sini lagi.
account-settings-off = Grup ini kembali memakai akun bawaan bot.
account-settings-private = Di chat pribadi akun Anda sendiri (/login) otomatis dipakai; <code>/pengaturan akun</code> untuk grup.
account-booking-unlinked = 🔑 Booking ini dibuat dengan akun MMBC tertaut yang sudah logout. Pemiliknya harus /login lagi dengan username yang sama untuk mengecek, issued atau mengunduhnya.
account-booking-unlinked-group = Di grup ini akun itu baru terpakai lagi setelah pemiliknya, sebagai admin grup, menautkannya lagi ke sini lewat /pengaturan akun.
account-booking-not-linked-group = 🔑 Booking ini dibuat dengan akun MMBC tertaut yang tidak dipakai grup ini lagi. Untuk mengecek, issued atau mengunduhnya di sini, pemiliknya (admin grup) menautkannya lagi lewat /pengaturan akun.
account-booking-unlinked-group-toast = 🔑 Dibuat dengan akun MMBC tertaut yang sudah logout. Pemiliknya harus /login lagi dengan username yang sama dan menautkannya lagi ke grup ini (/pengaturan akun).

## Siapa boleh memakai akun mana (model kepercayaan)
access-login-needed = 🔒 Akun provider bot ini milik agen yang menjalankannya, jadi saya tidak bisa mencari, booking, atau membuka booking dengan akun itu untuk Anda. Untuk memakai akun MMBC Anda sendiri, hubungkan dengan /login di chat pribadi dengan saya.
access-login-unreadable = 🔒 Login Anda yang terhubung tidak bisa dibaca lagi (kunci enkripsi bot berubah), jadi tidak ada yang dilakukan. Hubungkan lagi dengan /login di chat pribadi dengan saya.
access-operator-only = 🔒 Akun provider bot ini milik agen yang menjalankannya, jadi saya tidak bisa mencari, booking, atau membuka booking dengan akun itu untuk Anda. Minta operator bot menambahkan Anda sebagai agen.
access-group-not-approved-no-login = 🔒 Grup ini belum boleh memakai akun provider bot. Operator bisa mengizinkannya dengan mengirim /setujui (atau /approve) di sini.
access-group-not-approved = 🔒 Grup ini belum boleh memakai akun provider bot. Operator bisa mengizinkannya dengan mengirim /setujui (atau /approve) di sini, atau admin grup bisa memakai akunnya sendiri: /login di chat pribadi dengan saya, lalu <code>/pengaturan akun</code> di sini.
error-access-denied = 🔒 Akun ini tidak bisa dipakai di sini lagi. Kirim /akun untuk melihat akun yang dipakai chat ini.
issuers-everyone = semua anggota grup ini
issuers-owner = pemilik akun yang terhubung ({ $owner })
issuers-list-empty = belum ada — admin membalas pesan anggota dengan /izinkan
settings-issuers-private-you = 💳 Yang boleh issued di sini: Anda (akun Anda sendiri bila sudah /login, selain itu akun bot).
settings-issuers-private = 💳 Yang boleh issued di sini: Anda, dengan akun Anda sendiri (/login); dengan akun bot, hanya issuer operator.
settings-issuers-private-toast = Di chat pribadi tidak ada orang lain yang bisa issued; aturan untuk orang lain diatur di grup.
approval-groups-only = /setujui dan /cabutakses dipakai di grup.
approval-issuers-only = 🔒 Hanya issuer operator yang bisa mengizinkan grup memakai akun bot.
approval-approved = ✅ Grup ini sekarang boleh memakai akun provider bot. Yang boleh issued (memakai deposit): admin grup secara bawaan — ubah di /pengaturan.
approval-revoked = Grup ini tidak lagi memakai akun provider bot.
approval-none = Grup ini belum pernah diizinkan.
book-total-differs = ⚠️ Provider membooking { $code } seharga { $booked }, bukan { $accepted } yang Anda setujui. Belum ada yang dibayar: cek dengan <code>/cek { $code }</code> sebelum issued.
rate-limited = ⏳ Terlalu banyak permintaan dalam waktu singkat. Silakan coba lagi dalam { $seconds } detik.
issue-done-no-numbers = ✅ <b>{ $code } berhasil issued.</b> Maskapai belum memberi nomor tiket: nomornya akan ada di e-tiket.
ticket-never = 📄 { $code } tidak punya e-tiket: bookingnya { $status }. Untuk terbang, buat booking baru dengan /cari.
ticket-not-issued = 📄 { $code } belum issued, jadi belum ada e-tiket. Issued dulu: <code>/issued { $code }</code>
ticket-unsure = 📄 { $code } belum punya e-tiket di { $provider }, dan statusnya belum bisa dicek sekarang, jadi belum jelas apakah belum dibayar atau dibatalkan. Coba lagi beberapa menit lagi; /cek { $code } menampilkannya begitu { $provider } menjawab.
# Dates read as more than one day (holidays, spans, day/month or month/day) and inline queries with words not read.
input-date-vague-span = "<b>{ $input }</b>" = { $from } – { $to }. Hari apa tepatnya? Ketuk salah satu, atau ketik tanggalnya.
input-date-vague-month = "<b>{ $input }</b>" = { $from } – { $to }. Hari apa tepatnya? Pilih di kalender, atau ketik tanggalnya.
input-date-day-or-month = "<b>{ $input }</b>": <b>{ $daymonth }</b> (tgl/bln) atau <b>{ $monthday }</b> (bln/tgl)? Ketuk yang dimaksud.
inline-unread = ❓ "{ $input }" tidak terbaca: belum ada yang dicari
inline-unread-description = Ketik rute, tanggal dan penumpang, mis. CGK DPS 25-12 2 atau jakarta bali natal.
inline-date-day-or-month = 📅 "{ $input }": { $daymonth } atau { $monthday }? Ketik nama bulannya, mis. 1 mei
