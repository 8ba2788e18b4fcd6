/**
 * "bagasi brp kg?", "bagasinya dapet brp", "free baggage?", "include bagasi ga", "what's the baggage
 * allowance": a question about the baggage and nothing else (a line that also changes or asks something
 * else is read by its step). Read strictly: a baggage word, and every other word one such a question uses.
 */
const BAGGAGE = new Set(["bagasi", "bagasinya", "bagage", "baggage", "luggage", "koper", "kopernya"]);
const AROUND = new Set([
  "brp", "berapa", "brapa", "kg", "kilo", "kilonya", "dapat", "dapet", "dpt", "free", "gratis", "include", "included", "includes", "termasuk",
  "incl", "sudah", "udah", "udh", "ada", "ga", "gak", "gk", "nggak", "ngga", "tidak", "tdk", "apa", "apakah", "how", "much", "many", "what",
  "whats", "what's", "s", "is", "are", "the", "allowance", "for", "this", "that", "flight", "penerbangan", "pesawat", "ini", "itu", "yg", "yang",
  "nya", "each", "per", "pax", "orang", "org", "penumpang", "kak", "min", "gan", "dong", "ya", "there", "any", "does", "do", "it", "have",
  "with", "dengan", "dgn", "checked", "cabin", "kabin", "max", "maks", "maksimal", "boleh", "bisa", "bawa", "in", "of", "info", "cek",
]);

export function asksBaggage(text: string): boolean {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || !words.some((w) => BAGGAGE.has(w))) return false;
  return words.every((w) => BAGGAGE.has(w) || AROUND.has(w) || /^\d{1,2}(?:kg)?$/.test(w));
}
