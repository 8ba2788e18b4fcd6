/**
 * Asking for the return flight after the outbound is booked, in words alone: "pulangnya", "skrg pulangnya",
 * "cari pulangnya dong", "now the return", "return flight". Only such words: a line with a place, a date or
 * anything else is read as what it is elsewhere (a new search, a question).
 */
const RETURN = new Set(["pulangnya", "pulang", "kepulangan", "baliknya", "return", "returnnya"]);
const FILLER = new Set([
  "skrg", "skg", "sekarang", "now", "terus", "trus", "lanjut", "next", "then", "and", "lalu", "abis", "habis", "itu", "ini",
  "cari", "cariin", "carikan", "search", "tiket", "tiketnya", "ticket", "flight", "flights", "penerbangan", "pesawat",
  "yg", "yang", "the", "a", "for", "buat", "utk", "untuk", "nya", "dong", "donk", "ya", "yah", "pls", "please", "sekalian",
  "mau", "minta", "book", "booking", "trip", "way", "back",
]);

export function asksForReturn(text: string): boolean {
  const words = text.toLowerCase().replace(/[^a-z\s-]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.some((w) => RETURN.has(w)) && words.every((w) => RETURN.has(w) || FILLER.has(w));
}
