/**
 * Five-letter Indonesian words agents double in chat by writing "2" after them ("kapan2" = kapan-kapan, "nanti2",
 * "besok2", "pelan2"): six letters and digits, shaped like a booking code (an airline PNR). Only five-letter
 * stems matter: shorter ("hati2", "sama2") or longer ("jangan2") never have a code's length.
 */
const STEMS = new Set([
  // When and how soon.
  "kapan", "nanti", "entar", "besok", "malam", "siang", "tahun", "bulan", "telat", "lewat", "waktu", "masih", "belum", "sudah",
  // How: slowly, quickly, a little, properly.
  "pelan", "cepat", "cepet", "dikit", "benar", "bener", "bagus", "mudah", "macam", "paksa",
  // Talk around a booking: asking, waiting, people, money.
  "tanya", "nanya", "sabar", "kabar", "kasih", "minta", "boleh", "ambil", "pilih", "ganti", "bikin", "jalan", "pergi", "sampe",
  "teman", "temen", "kawan", "orang", "lihat", "makan", "minum", "habis", "semua", "salah", "murah", "mahal", "harga", "promo",
  "kecil", "besar", "males", "malas", "capek",
]);

/** Whether `word`, as typed, is one of those words doubled with "2": in small letters only ("KAPAN2" typed in capitals may be a code). */
export function isReduplicatedWord(word: string): boolean {
  const m = /^([a-z]{5})2$/.exec(word);
  return !!m && STEMS.has(m[1]!);
}
