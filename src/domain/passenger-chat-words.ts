import { withoutMarker } from "./passenger-lines.js";

/**
 * Words of everyday chat, Indonesian and English, that are no part of a person's name: typed at the
 * name question ("ibu nya minta ganti tanggal", "Mr nanti dulu", "pak bentar ya", "Mr Budi otw") they
 * make a "name" that must not reach a ticket unasked. Every word here is checked against real names
 * (test/domain/passenger-chat-words.test.ts); a word that is also a name somewhere (Ya, Dong, Yang, Gan,
 * Kok, Nik, Will, Kasih, Bos, Mau, Sih, Aja, Minta, Anak) is in PARTICLES or NAME_LIKE, and Salah or
 * Tanya not at all.
 */
const NOT_NAME_WORDS = new Set([
  // "-nya", "not yet", "later", "a moment", "first", "wait", "again", "now", "on the way"
  "nya", "blm", "belum", "blom", "nanti", "ntar", "nnti", "tar", "dulu", "dl", "bentar", "sebentar", "bntr", "sbntr", "tunggu", "tggu", "tgu", "nunggu", "nungguin", "lagi", "lg", "skrg", "skg", "sekarang", "otw",
  // "change", "date", "ask", "send", "name", "follows", "ID card", "confirmation", "tell", "leaves"
  "ganti", "gnti", "ubah", "tanggal", "tgl", "mnta", "kirim", "kirimin", "dikirim", "nama", "namanya", "nyusul", "menyusul", "susul", "ktp", "paspor", "passport",
  "konfirmasi", "konfirm", "dikonfirmasi", "ditanya", "ditanyain", "tanyain", "kabari", "kabarin", "dikabari", "dikabarin", "berangkat",
  // "already", "not", "don't know", "please", "just", "also", "still", "with", "for", "which"
  "sudah", "udah", "udh", "sdh", "dah", "gak", "gk", "nggak", "ngga", "enggak", "engga", "tidak", "tdk", "ndak", "gatau", "gtau", "gatahu", "gataw", "pengen", "saja", "juga", "jg", "masih", "msh", "dengan", "dgn", "untuk", "utk", "buat", "yg", "gimana", "gmn", "bagaimana", "kapan", "kpn", "kalau", "kalo", "klo", "bisa", "bs", "tolong", "tlg", "mohon", "deh", "nih", "tuh", "lho", "kak", "kakak", "sis",
  // "tomorrow", "the day after", "thanks", "sorry", "forgot", "price", "ticket", "how much", "check"
  "besok", "bsk", "lusa", "mksh", "makasih", "trims", "maaf", "mf", "lupa", "harga", "tiket", "brp", "berapa", "cek", "ok", "oke", "okay", "sip",
  // who the passenger is rather than their name: "his wife", "the customer", "the two of them"
  "istri", "istrinya", "suami", "suaminya", "anaknya", "ibunya", "bapaknya", "ayahnya", "adiknya", "kakaknya", "mertuanya", "temannya", "ortunya",
  "customer", "customernya", "cust", "penumpang", "penumpangnya", "pax", "tamu", "tamunya", "client", "klien", "kliennya", "berdua", "bertiga", "berempat", "berlima", "rombongan",
  // English
  "wait", "waiting", "later", "tomorrow", "please", "pls", "thanks", "thx", "sorry", "name", "names", "yet", "send", "tbc", "tba", "tbd", "unknown", "wife", "husband", "mother", "father", "daughter",
  "change", "date", "ticket", "price", "not", "pending", "confirm", "confirmed", "confirmation", "hold", "asap", "guest", "passenger", "lol",
]);

/** Laughter typed in chat: "wkwk", "wkwkwk", "hahaha", "hehe". */
const LAUGH = /^(?:w?k?(?:wk){2,}w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,})$/;

/**
 * Chat particles that are also (parts of) real names somewhere: doubtful when the whole name is made of
 * chat words ("Ya", "dong ya", "sama aja"), or next to a word of NOT_NAME_WORDS; never in "Lim Ya Ling",
 * "Lie Sih Hwa" or "Ms Aja Putri".
 */
export const PARTICLES = new Set(["ya", "yaa", "yah", "dong", "sama", "ga", "no", "wa", "mo", "sih", "aja", "to", "be", "on", "for", "saya", "aku", "soon"]);

/**
 * Words of chat that are just as often a name, or part of one ("Will Yang", "Gan Kok", "Loh Kan", "Jan
 * Bos", "Tan Mau Liong", "Minta Sari", "Anak Agung"): doubtful only next to a word of NOT_NAME_WORDS or
 * a particle, or as the whole one-word name ("Mr Minta").
 */
export const NAME_LIKE = new Set(["kasih", "kan", "jam", "yang", "gan", "nik", "kok", "loh", "will", "bos", "boss", "mau", "minta", "anak", "satu", "dua"]);

/**
 * Words of NOT_NAME_WORDS that are real names too ("Tn Lagi Sitompul", "Mr John Price", "Mrs Anna Guest"):
 * after a formal title and beside a word of the name, one of them alone is the name's (see `chatWords`).
 */
const NAMES_TOO = new Set(["lagi", "price", "guest"]);

/**
 * Titles typed only before a passenger's name, never in chat: "Pak"/"Bu"/"Ibu" lead chat too ("pak lagi
 * meeting"), so they don't count.
 */
const FORMAL_TITLES = new Set(["tn", "ny", "nn", "mr", "mrs", "ms", "miss", "mstr"]);

/** Whether the line (a list marker aside) starts with a formal title: "Tn Lagi Sitompul", "1. mr. budi". */
export function hasFormalTitle(line: string): boolean {
  const first = /^([a-z]+)(?:\.|\s|$)/i.exec(withoutMarker(line))?.[1]?.toLowerCase();
  return first !== undefined && FORMAL_TITLES.has(first);
}

/**
 * A formal title followed by words each written as a name, capitalised ("Tn Lagi Sitompul", "TN LAGI
 * SITOMPUL"): only then may a chat word that is a name too be the name's. Typed in lower case ("Mr lagi di
 * jalan", "Tn Budi lagi"), the line reads as chat as readily as a name, so it is asked about.
 */
export function isWrittenAsTitledName(line: string): boolean {
  if (!hasFormalTitle(line)) return false;
  const words = withoutMarker(line).trim().split(/\s+/).slice(1);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words that say the "name" is of more than one person: "Mr Budi sama istri", "Mr Budi Santoso berdua". */
const SEVERAL = new Set(["berdua", "bertiga", "berempat", "berlima", "rombongan", "sama", "dengan", "dgn"]);
/** Who goes along, after "sama"/"dengan": "sama istri", "dengan anak". */
const COMPANIONS = new Set(["istri", "istrinya", "suami", "suaminya", "anak", "anaknya", "ibu", "ibunya", "bapak", "bapaknya", "mama", "papa", "adik", "adiknya", "kakak", "kakaknya", "keluarga", "teman", "temannya"]);

export const isSure = (w: string) => NOT_NAME_WORDS.has(w) || LAUGH.test(w);

/**
 * The words of a name (as the parser returns it, or as typed after its title) that are chat rather
 * than a name: any of NOT_NAME_WORDS (or laughter); with one of them, the particles and name-like words
 * too; particles when the name is made of chat words only; a name-like word when it is the whole
 * name. Empty: it reads as a name ("Will Yang", "Jan Bos", "Lie Sih Hwa").
 * `formalTitle`: the line began with Tn/Ny/Nn/Mr/Mrs/Ms/Miss/Mstr and its words are capitalised (`isWrittenAsTitledName`). Then one chat word
 * that is a name too (NAMES_TOO), beside name words only, is the name's ("Tn Lagi Sitompul"); alone
 * ("Mr Lagi") or beside other chat ("Ny tunggu lagi ya") it is still chat.
 */
export function chatWords(name: string, formalTitle = false): string[] {
  const words = [...new Set(name.toLowerCase().replace(/[.,!?]/g, " ").split(/\s+/).filter(Boolean))];
  const maybe = (w: string) => PARTICLES.has(w) || NAME_LIKE.has(w);
  const chat = (w: string) => isSure(w) || maybe(w);
  if (words.some(isSure)) {
    const found = words.filter(chat);
    const nameToo = formalTitle && found.length === 1 && NAMES_TOO.has(found[0]!) && words.length > 1;
    return nameToo ? [] : found;
  }
  // "sama istri": whom the passenger flies with.
  if (words.some((w) => SEVERAL.has(w)) && words.some((w) => COMPANIONS.has(w))) return words.filter((w) => chat(w) || COMPANIONS.has(w));
  if (!words.every(maybe)) return [];
  return words.some((w) => PARTICLES.has(w)) || words.length === 1 ? words : [];
}

/** The chat words say the "name" is of several people ("sama istri", "berdua"): each is asked for with a title. */
export function soundsLikeSeveral(words: readonly string[]): boolean {
  return words.some((w) => SEVERAL.has(w)) && (words.some((w) => w !== "sama" && w !== "dengan" && w !== "dgn" && SEVERAL.has(w)) || words.some((w) => COMPANIONS.has(w)));
}
