import { MAX_ANSWER } from "./answer-limit.js";
import { afterChangeLead } from "./change-lead.js";
import { parsePax } from "./pax-parse.js";

/** What a change typed at a passenger question asks to change. */
export type ChangeTarget = "date" | "route" | "party" | "flight" | "name" | "contact" | "any";

const CHANGE_VERBS = new Set(["ganti", "gnti", "gantiin", "diganti", "ubah", "rubah", "robah", "diubah", "tukar", "salah", "slh", "ralat", "koreksi", "change", "wrong", "edit", "pindah", "revisi"]);
const CHANGE_TARGETS: [ChangeTarget, RegExp][] = [
  ["date", /^(?:tgl|tanggal|tangal|tanggalnya|tglnya|hari|harinya|date|day|besok|bsk|lusa)$/],
  ["route", /^(?:tujuan|tujuannya|asal|rute|rutenya|route|kota|destination|origin|ke|dari|to|from)$/],
  ["party", /^(?:org|orang|pax|penumpang|jumlah|jml|dewasa|anak|bayi|people|persons?|adults?|passengers?)$/],
  ["flight", /^(?:pesawat|pesawatnya|penerbangan|flight|maskapai|airline|jam|jamnya|jadwal|jadwalnya|schedule|time)$/],
  ["name", /^(?:nama|namanya|name|ejaan|spelling)$/],
  ["contact", /^(?:kontak|contact|email|e-mail|hp|wa|telp|nomor)$/],
];
/** Words around a change that say nothing of their own: "eh salah", "mau ganti dong", "sorry wrong". */
const CHANGE_FILLERS = new Set(["eh", "aduh", "waduh", "maaf", "sorry", "dong", "kak", "mau", "minta", "tolong", "pls", "deh", "aja", "ya", "oh", "jadi", "jd", "yg", "nya", "ini", "itu", "tadi", "ok", "oke", "pak", "bu", "mas", "mbak"]);

/**
 * A change asked at a passenger question ("ganti tgl 10", "ganti tujuan ke lombok", "eh salah, ke
 * lombok", "ganti jadi 3 org", "salah nama"): a change word with what it changes, or a change word
 * alone among filler words. A name that holds such a word ("Tn Ahmad Salah") is no change.
 */
export function changeRequest(input: string): ChangeTarget | undefined {
  if (input.length > MAX_ANSWER || input.includes("\n")) return undefined;
  // "jadi 3 org", "make it 2 pax", "actually 2 adults": a party led by a correction, with a passenger word
  // (a bare "jadi 3" may be a day, and "ganti 3" is how the price card's words are tested one by one).
  const party = afterChangeLead(input);
  if (party && /\p{L}/u.test(party) && parsePax(party).ok) return "party";
  const words = input.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, " ").split(/\s+/).filter(Boolean);
  if (!words.some((w) => CHANGE_VERBS.has(w))) return undefined;
  for (const [target, re] of CHANGE_TARGETS) if (words.some((w) => re.test(w))) return target;
  return words.every((w) => CHANGE_VERBS.has(w) || CHANGE_FILLERS.has(w)) ? "any" : undefined;
}
