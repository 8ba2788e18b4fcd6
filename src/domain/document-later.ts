/**
 * Words saying a passenger's document comes later or isn't there yet ("nanti nyusul", "blm ada",
 * "bentar ya kak", "paspor blm jadi", "later", "not yet"), typed at the KTP or passport question by an
 * agent who hasn't got it from the customer. Never part of an ID number (they have digits).
 */
const LATER = new Set([
  // "later", "follows", "not yet", "a moment", "wait", "first", "sent", "on the way"
  "nanti", "nnti", "ntar", "entar", "tar", "nyusul", "menyusul", "susul", "disusul", "blm", "belum", "blom", "bentar", "sebentar", "bntr",
  "sbntr", "tunggu", "tggu", "dulu", "dl", "dikirim", "kirim", "otw", "proses", "diproses", "lupa", "gak", "ga", "nggak", "tidak", "tdk",
  "later", "yet", "wait", "waiting", "pending", "tba", "tbc", "tbd", "unknown", "soon", "tomorrow", "besok",
]);

/** The whole answer is words (no digit), and one of them says the document comes later / isn't there yet. */
export function saysDocumentLater(text: string): boolean {
  if (/\d/.test(text)) return false;
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.length <= 10 && words.some((w) => LATER.has(w));
}
