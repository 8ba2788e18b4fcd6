## Something besides a place typed at the origin or destination question (src/bot/features/search/place-asides.ts)
# A date, the party, a time of day: kept for its own question (not asked again), said before the place is asked again.
route-kept-date = 📅 Tanggal dicatat: <b>{ $date }</b>.
route-kept-pax = 👥 Penumpang dicatat: <b>{ $pax }</b>.
route-kept-time = 🕒 Jam dicatat: <b>{ $time ->
    [morning] pagi
    [afternoon] siang
    [evening] sore
   *[night] malam
}</b>.
route-kept-counts = 🔢 Dicatat: "<b>{ $typed }</b>". Nanti saya tanyakan, itu tanggal atau jumlah penumpang.
route-kept-return = 🔁 Pulang-pergi dicatat.
# Another city typed while "which Jakarta airport do you leave from?" waits: the destination named ahead, never the origin swapped unasked.
route-kept-destination = 🛬 <b>{ $place }</b> dicatat sebagai <b>tujuan</b>.{ $swap ->
    [yes] {" "}Kalau maksudnya berangkat dari { $place }, ketuk tombolnya.
   *[no] {""}
}
# The buttons of a choice asked again, named in the text too.
route-choices = Pilihannya: { $choices }.
route-unknown-place = Saya tidak mengenal "<b>{ $input }</b>" sebagai kota atau bandara.
# A number typed at a choice of airports past its buttons ("3" of two): asked about, since it may be the party.
route-no-such-option = Tidak ada pilihan nomor { $n } di sini: pilih 1–{ $count }. Kalau maksudnya { $n } penumpang, ketik <code>{ $n } org</code>.
# A bare number typed at a place question when the party is already typed: asked about, the party kept.
route-party-already-noted = 👥 Penumpang sudah dicatat: <b>{ $pax }</b>. Kalau mau diganti jadi { $n }, ketik <code>{ $n } org</code>.
# A date or party no search can take, typed at a place question ("12 mar 87", a birth date): nothing of it noted, the search's own kept.
route-not-noted = "<b>{ $input }</b>" tidak dicatat: { $why ->
    [past] tanggal itu sudah lewat
    [far] tanggal itu di luar jangkauan pemesanan
   *[party] satu booking paling banyak { $max } penumpang
}. Tanggal lahir ditanyakan per penumpang setelah penerbangan dipilih.
