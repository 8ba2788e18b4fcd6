pax-new-search = 🔎 Itu terbaca sebagai pencarian baru, jadi langsung dicarikan.
names-new-search = 🔎 Itu terbaca sebagai pencarian baru, bukan nama. Penumpang yang sudah diketik tetap tersimpan: ketik nama yang diminta di bawah untuk lanjut, atau kirim <code>/search { $line }</code> untuk mulai pencarian itu (pesanan ini lalu dibatalkan).
