import { createRequire } from "node:module";
import type * as Countries from "i18n-iso-countries";
import type { PassengerType, Title } from "./passenger.js";
import { isValidPersonName, TITLES_BY_TYPE } from "./passenger.js";
import { parseDocumentDate } from "./document-date.js";
import { withoutBirthLabel } from "./document-date-readings.js";

/**
 * Titles as agents type them, Indonesian and English, with or without a dot. Adults: Tn/Tuan/Bapak/
 * Sdr → Mr, Ny/Nyonya/Ibu → Mrs, Nn/Nona/Sdri → Ms. Children and infants take Mstr or Miss at every
 * provider (MMBC and tiket.com alike), so a woman's title becomes Miss for them and a girl's Miss
 * becomes Ms for an adult. "An"/"Anak"/"By"/"Bayi" say the type but not the gender: the step asks.
 * "H." (Haji) and "Hj." (Hajjah) lead many Indonesian names on tickets typed by agents: airlines know
 * only Mr/Mrs, so they become those ("H" only with its dot: "H Budi" may be an initial).
 */
const TITLE_WORDS: Record<string, Title | "child" | "adult"> = {
  mr: "Mr", tn: "Mr", tuan: "Mr", bapak: "Mr", bpk: "Mr", pak: "Mr", sdr: "Mr", saudara: "Mr", h: "Mr", haji: "Mr",
  mrs: "Mrs", ny: "Mrs", nyonya: "Mrs", ibu: "Mrs", bu: "Mrs", hj: "Mrs", hjh: "Mrs", hajjah: "Mrs",
  ms: "Ms", miss: "Miss", mis: "Miss", nn: "Ms", nona: "Ms", sdri: "Ms", saudari: "Ms",
  mstr: "Mstr", master: "Mstr", mst: "Mstr",
  an: "child", anak: "child", by: "child", bayi: "child",
  // "Dr. Rina Wijaya": a grown-up's title that says no gender; the step asks Mr, Mrs or Ms.
  dr: "adult", dokter: "adult", prof: "adult", ir: "adult", drs: "adult", dra: "adult",
  kh: "Mr",
};

/**
 * Honours, not on the ID card or passport the airline checks the name against: "Ibu Hj. Siti Aminah"
 * flies as Mrs Siti Aminah. Leading a name alone they still say what they can (H./Hj. Mr/Mrs, Dr. an adult).
 */
const HONOURS = new Set(["h", "haji", "hj", "hjh", "hajjah", "dr", "dokter", "prof", "ir", "drs", "dra", "kh"]);

export type NameAnswer =
  | { ok: true; title: Title; fullName: string; /** One word typed; sent as first = last name. */ singleName?: boolean }
  | { ok: false; reason: "no_title" | "no_name" | "wrong_title" | "bad_name" | "not_latin"; allowed: readonly Title[] }
  /** "An. Dimas": a child or infant title without the gender; `fullName` is ready for Mstr/Miss. */
  | { ok: false; reason: "gender"; allowed: readonly Title[]; fullName: string; singleName?: boolean };

/**
 * Answers are short: a title and a name, an e-mail, a phone or ID number. Anything longer is refused
 * before a pattern runs on it (Telegram allows 4096 characters in a message).
 */
const MAX_ANSWER = 120;

/** Letters of any script, and the marks that go with them: a name may be typed in any script at first. */
const NAME_CHARS = /^[\p{L}\p{M}' .-]+$/u;
/** Airlines take names as printed in the passport's Latin line: accents are fine (dropped on the wire), other scripts are not. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}' .-]+$/u;

/** A title as typed ("tn", "MR"); own keys only, so "constructor" is no title. */
function titleWord(word: string): Title | "child" | "adult" | undefined {
  const w = word.toLowerCase();
  return Object.hasOwn(TITLE_WORDS, w) ? TITLE_WORDS[w] : undefined;
}

/**
 * "Mr Budi Santoso", "Tn. Budi Santoso", "ny siti aminah", "An. Dimas" → title and name, checked
 * against the passenger type. A one-word name (common in Indonesia) is sent the airlines' way, the
 * name twice as first and last name: "Tn Sukarno" → Sukarno Sukarno.
 */
export function parseTitledName(input: string, type: PassengerType): NameAnswer {
  const allowed = TITLES_BY_TYPE[type];
  const text = withoutMarker(input);
  if (text.length > MAX_ANSWER) return { ok: false, reason: "bad_name", allowed };
  // A title alone ("Mr", "Tn.") has its title: what is missing is the name.
  if (titleWord(text.replace(/\.$/, ""))) return { ok: false, reason: "no_name", allowed };
  const lead = leadingTitles(text);
  let title = lead && effectiveTitle(lead.words);
  if (!lead || !title) return { ok: false, reason: "no_title", allowed };
  if (title === "Miss" && type === "adult") title = "Ms";
  if (title === "Ms" && type !== "adult") title = "Miss";
  // Airlines print names without dots: "Budi S." flies as Budi S, "M.Rizky" as M Rizky.
  const name = text.slice(lead.length).replace(/\./g, " ").replace(/\s+/g, " ").trim();
  // "Tn Hj.": titles, and no name after them.
  if (!name) return { ok: false, reason: "no_name", allowed };
  if (!isValidPersonName(name) || !NAME_CHARS.test(name)) return { ok: false, reason: "bad_name", allowed };
  if (!LATIN_NAME.test(name)) return { ok: false, reason: "not_latin", allowed };
  const single = !name.includes(" ");
  // "Mr Mr", "Tn. Tn": a title twice is still no name.
  if (single && titleWord(name.replace(/\.$/, ""))) return { ok: false, reason: "no_name", allowed };
  const fullName = titleCase(single ? `${name} ${name}` : name);
  if (fullName.length > 60) return { ok: false, reason: "bad_name", allowed };
  // A title that names the age but not the gender: asked, when the age fits the passenger.
  if (title === "child" || title === "adult") {
    return (title === "adult") !== (type === "adult") ? { ok: false, reason: "wrong_title", allowed } : { ok: false, reason: "gender", allowed, fullName, ...(single ? { singleName: true } : {}) };
  }
  if (!allowed.includes(title)) return { ok: false, reason: "wrong_title", allowed };
  return single ? { ok: true, title, fullName, singleName: true } : { ok: true, title, fullName };
}

/**
 * The title word and the honours after it ("Ibu Hj.", "Tn Dr.", "Mrs. Hj."): the words, lower case,
 * and how many characters they take. Each word is split off by an anchored pattern whose parts can't
 * overlap (`\s+(.+)$` could, and was quadratic on long runs of spaces). "H" counts only with its dot:
 * "H Budi" may be an initial.
 */
function leadingTitles(text: string): { words: string[]; length: number } | undefined {
  const words: string[] = [];
  let length = 0;
  for (;;) {
    const m = /^([a-z]+)(?:\.\s*|\s+)/i.exec(text.slice(length));
    const word = m?.[1]!.toLowerCase();
    if (!m || !word || (word === "h" && !m[0].includes("."))) break;
    // After the title only honours go: "Tn An Nisa" keeps "An".
    if (words.length > 0 ? !HONOURS.has(word) : !titleWord(word)) break;
    words.push(word);
    length += m[0].length;
  }
  return words.length > 0 ? { words, length } : undefined;
}

/** The title the airline gets: a title word first, else what an honour says (Hj. → Mrs), else Dr.'s "an adult, ask". */
function effectiveTitle(words: readonly string[]): Title | "child" | "adult" | undefined {
  const titles = words.map(titleWord);
  return titles.find((_, i) => !HONOURS.has(words[i]!)) ?? titles.find((t) => t !== "adult") ?? titles[0];
}

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
const PARTICLES = new Set(["ya", "yaa", "yah", "dong", "sama", "ga", "no", "wa", "mo", "sih", "aja", "to", "be", "on", "for", "saya", "aku", "soon"]);

/**
 * Words of chat that are just as often a name, or part of one ("Will Yang", "Gan Kok", "Loh Kan", "Jan
 * Bos", "Tan Mau Liong", "Minta Sari", "Anak Agung"): doubtful only next to a word of NOT_NAME_WORDS or
 * a particle, or as the whole one-word name ("Mr Minta").
 */
const NAME_LIKE = new Set(["kasih", "kan", "jam", "yang", "gan", "nik", "kok", "loh", "will", "bos", "boss", "mau", "minta", "anak", "satu", "dua"]);

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

const isSure = (w: string) => NOT_NAME_WORDS.has(w) || LAUGH.test(w);

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
  const words = input.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, " ").split(/\s+/).filter(Boolean);
  if (!words.some((w) => CHANGE_VERBS.has(w))) return undefined;
  for (const [target, re] of CHANGE_TARGETS) if (words.some((w) => re.test(w))) return target;
  return words.every((w) => CHANGE_VERBS.has(w) || CHANGE_FILLERS.has(w)) ? "any" : undefined;
}

const BOY = new Set(["l", "lk", "laki", "laki laki", "lakilaki", "pria", "cowok", "putra", "boy", "male", "m", "mstr", "master"]);
const GIRL = new Set(["p", "pr", "perempuan", "wanita", "cewek", "putri", "girl", "female", "f", "miss"]);

/** A child's gender typed instead of tapped: "laki-laki", "perempuan", "boy", "girl", "Mstr", "Miss". */
export function parseChildTitle(input: string): "Mstr" | "Miss" | undefined {
  if (input.length > 20) return undefined;
  const t = input.trim().toLowerCase().replace(/[-.]/g, " ").replace(/\s+/g, " ").trim();
  return BOY.has(t) ? "Mstr" : GIRL.has(t) ? "Miss" : undefined;
}

/** An adult's title typed instead of tapped (after "Dr."): "Mr", "Ny", "Nn", "laki-laki"; "perempuan" alone says not Mrs or Ms. */
export function parseAdultTitle(input: string): "Mr" | "Mrs" | "Ms" | undefined {
  if (input.length > 20) return undefined;
  const t = input.trim().toLowerCase().replace(/[-.]/g, " ").replace(/\s+/g, " ").trim();
  if (BOY.has(t) && t !== "mstr" && t !== "master") return "Mr";
  const title = titleWord(t);
  if (title === "Miss") return "Ms";
  return title === "Mr" || title === "Mrs" || title === "Ms" ? title : undefined;
}

/** A list's "1.", "2)", "-" or "•" before a name. */
function withoutMarker(line: string): string {
  return line.trim().replace(/^(?:\d{1,2}\s*[.)]|[-\u2022*])\s*/, "");
}

/**
 * The passenger types a line's title fits, the likeliest first: Mstr and Miss a child or an infant
 * (Miss also a woman, as Ms), "By."/"Bayi" an infant first; Nn/Ms a woman first (a girl too).
 * Undefined: no title to go by.
 */
function typesFor(line: string): PassengerType[] | undefined {
  const lead = leadingTitles(withoutMarker(line));
  const title = lead && effectiveTitle(lead.words);
  if (!lead || !title) return undefined;
  if (lead.words[0] === "by" || lead.words[0] === "bayi") return ["infant", "child"];
  if (title === "Mstr" || title === "child") return ["child", "infant"];
  if (title === "Miss") return ["child", "infant", "adult"];
  if (title === "Ms") return ["adult", "child", "infant"];
  return ["adult"];
}

export interface PlacedName {
  /** Index of the line in the pasted list. */
  line: number;
  slot: number;
  /** Taken, or waiting for Mstr/Miss (Mr/Mrs/Ms after Dr.). */
  answer: Extract<NameAnswer, { ok: true } | { reason: "gender" }>;
}

export interface UnplacedName {
  line: number;
  /**
   * What is wrong with the line, or "no_place": every passenger of its type is named already; `absent`:
   * the party has no passenger of its type at all ("Mstr Tom" on a booking of adults).
   */
  problem: Exclude<NameAnswer, { ok: true } | { reason: "gender" }> | { reason: "no_place"; type: PassengerType; absent?: true };
}

/**
 * Pasted names placed in the party by their titles, whatever order they come in: each line takes the
 * first free slot (in `free`'s order) of the type its title says — "Tn" an adult's, "An."/"Mstr" a
 * child's, "By." an infant's. A line without a title is read as for the first free slot, to say what
 * is wrong with it. Every line ends placed or unplaced, never dropped.
 */
export function placeNames(lines: readonly string[], slots: readonly PassengerType[], free: readonly number[]): { placed: PlacedName[]; unplaced: UnplacedName[] } {
  const open = [...free];
  const placed: PlacedName[] = [];
  const unplaced: UnplacedName[] = [];
  lines.forEach((text, line) => {
    const types = typesFor(text) ?? [slots[open[0] ?? free[0]!]!];
    const slot = types.map((t) => open.find((i) => slots[i] === t)).find((i) => i !== undefined);
    const answer = parseTitledName(text, slot === undefined ? types[0]! : slots[slot]!);
    if (!answer.ok && answer.reason !== "gender") return void unplaced.push({ line, problem: answer });
    if (slot === undefined) {
      const absent = !types.some((t) => slots.includes(t));
      return void unplaced.push({ line, problem: { reason: "no_place", type: absent ? types[0]! : types.find((t) => slots.includes(t))!, ...(absent ? { absent: true as const } : {}) } });
    }
    open.splice(open.indexOf(slot), 1);
    placed.push({ line, slot, answer });
  });
  return { placed, unplaced };
}

/**
 * Lines of a pasted list of passengers: one per line, list markers and blank lines ignored. A line of
 * titled names joined by commas, "/", "&", "dan" or "and" ("Tn Budi Santoso, Ny Siti Aminah",
 * "Mr Budi Santoso / Mrs Siti Aminah") is several; emoji are dropped and the airlines' own
 * "SANTOSO/BUDI MR" is turned around.
 */
export function passengerLines(input: string): string[] {
  if (input.length > MAX_ANSWER * 9) return [input];
  return input.split(/\r?\n/).map(withoutEmoji).filter(Boolean).flatMap(joinedNames).map(airlineOrder);
}

/** What was taken out of a pasted message because it is no name, said back with the names (headings and thanks are not). */
export type DroppedPart =
  | { kind: "phone"; text: string }
  /** "(ibunya)", "(L)": a note in brackets after the name. */
  | { kind: "note"; text: string }
  /** "NIK: 3174…", "Paspor: A123…": asked on their own when the airline needs them. */
  | { kind: "id"; text: string }
  /** "Tgl lahir: 17-08-1990". */
  | { kind: "birth"; text: string }
  /** "HP: 0812…", "Email: …": the contact is asked after the passengers. */
  | { kind: "contact"; text: string }
  /** "Alamat: …" and other labelled data a ticket doesn't carry. */
  | { kind: "other"; text: string }
  /** "besok berangkat ya kak", ", tolong dibantu": chat pasted with the names. */
  | { kind: "chat"; text: string };

/**
 * A message pasted from WhatsApp, read for names: a heading ("Nama penumpang:") and a thank-you line
 * ("mksh kak 🙏") are dropped; a "Nama:" label is dropped and its name kept; labelled data lines
 * (NIK, birth date, phone, address) and a phone number or a bracketed note after a name are taken out
 * and listed in `dropped`, to be said back, never kept in a name.
 */
export function pastedNames(input: string): { lines: string[]; dropped: DroppedPart[] } {
  if (input.length > MAX_ANSWER * 9) return { lines: [input], dropped: [] };
  const dropped: DroppedPart[] = [];
  const kept: string[] = [];
  const raws = input.split(/\r?\n/).map(withoutEmoji).filter(Boolean);
  // A chat line is left out only beside a titled name: alone it is the answer, and is said to need a title.
  const titled = raws.some((l) => leadingTitles(withoutMarker(l.replace(NAME_LABEL, ""))));
  for (const line of raws) {
    if (isHeading(line) || isThanks(line)) continue;
    const data = labelledData(line);
    if (data) {
      dropped.push(data);
      continue;
    }
    if (titled && raws.length > 1 && isChatLine(line)) {
      dropped.push({ kind: "chat", text: line });
      continue;
    }
    const { line: name, chat } = withoutTrailingChat(line.replace(NAME_LABEL, ""));
    if (chat) dropped.push({ kind: "chat", text: chat });
    kept.push(name);
  }
  const lines = kept.flatMap(joinedNames).map(airlineOrder).map((line) => {
    const clean = withoutPhoneOrNote(line);
    dropped.push(...clean.dropped);
    return clean.line;
  });
  return { lines: lines.filter(Boolean), dropped };
}

/**
 * "Nama:", "Nama lengkap -", "Name:", "Nama penumpang:", "Pax names:", "Passenger names:", "Names:", "Pax:"
 * before a name: the label goes, the name stays (only as the line's lead, and only with its ":", "=" or "-").
 */
const NAME_LABEL = /^(?:\d{1,2}\s*[.)]\s*)?(?:nama(?:\s+lengkap)?(?:\s+(?:penumpang|pax|tamu))?|(?:pax|passengers?|guests?)(?:\s+(?:full\s*)?names?)?|(?:full\s*)?names?)\s*[:=-]\s*/i;

/** Words of a heading line, said without a colon ("Data penumpang", "Berikut nama penumpangnya"). */
const HEADING = /^(?:berikut\s+)?(?:ini\s+)?(?:data|nama|nama2|nama-nama|list|daftar|detail)?\s*(?:nama\s+)?(?:penumpang|pax|passengers?|passenger\s+names?)(?:nya)?\s*(?:ya|kak|ka)?$/i;

/** "Nama penumpang:", "Data pax:", a line ending in a colon with nothing after it, or a heading said without one. */
function isHeading(line: string): boolean {
  const t = line.replace(/[.!]+$/, "").trim();
  if (/:$/.test(t)) return !leadingTitles(withoutMarker(t.slice(0, -1)) + " ") && t.split(/\s+/).length <= 5;
  return HEADING.test(t);
}

/** Words of a thank-you or a courtesy line; one of THANKS_CORE must be among them. */
const THANKS_CORE = new Set(["terima", "mksh", "makasih", "makasi", "maksih", "trims", "trimakasih", "terimakasih", "thx", "thanks", "thank", "tq", "ty", "tks", "tengkyu", "nuhun", "suwun", "nuwun", "ditunggu", "dtunggu", "mohon", "tolong", "pls", "please"]);
const THANKS_ANY = new Set([...THANKS_CORE, "kasih", "you", "kak", "ka", "kakak", "ya", "yaa", "yah", "sis", "gan", "bos", "boss", "bro", "mas", "mbak", "mba", "pak", "bu", "matur", "hatur", "banyak", "bnyk", "much", "so", "very", "dibantu", "bantu", "dibookingkan", "dibookingin", "dipesankan", "dipesanin", "diproses", "segera", "ok", "oke", "sip", "nya", "ini", "datanya"]);

/** "mksh kak 🙏", "Terima kasih ya", "thanks!", "tolong dibantu ya kak": no name in it. */
function isThanks(line: string): boolean {
  const words = line.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => THANKS_ANY.has(w)) && words.some((w) => THANKS_CORE.has(w));
}

/**
 * A line of chat pasted with the names ("besok berangkat ya kak", "nanti KTP nyusul", "Thanks, please
 * book asap"): no title before it, a word of NOT_NAME_WORDS or of a thank-you in it, and two thirds
 * of its words chat ("Siti Aminah ya kak" is a name without its title).
 */
function isChatLine(line: string): boolean {
  if (leadingTitles(withoutMarker(line)) || /\d/.test(line)) return false;
  const words = line.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const chat = words.filter((w) => isSure(w) || PARTICLES.has(w) || NAME_LIKE.has(w) || THANKS_ANY.has(w) || LINE_CHAT.has(w));
  return words.some((w) => isSure(w) || THANKS_CORE.has(w)) && chat.length * 3 >= words.length * 2;
}

/** Words of a chat line that NOT_NAME_WORDS leaves out, being names too often inside a name. */
const LINE_CHAT = new Set(["book", "booking", "bookingkan", "ini", "itu", "data", "datanya", "nomor", "no", "ada"]);

/** "Mr Budi Santoso, Mrs Siti Aminah, tolong dibantu": the chat after the last comma goes, and is said. */
function withoutTrailingChat(line: string): { line: string; chat?: string } {
  const m = /^(.+?)\s*,\s*([^,]+)$/.exec(line);
  if (!m || !leadingTitles(withoutMarker(m[1]!))) return { line };
  const tail = m[2]!.trim();
  return isThanks(tail) || isChatLine(tail) ? { line: m[1]!, chat: tail } : { line };
}

/** A labelled line of data that is no name: "NIK: 3174…", "Tgl lahir: 17-08-1990", "HP 0812…", "Alamat: …". */
function labelledData(line: string): DroppedPart | undefined {
  const t = withoutMarker(line);
  if (/^(?:no\.?\s*|nomor\s+)?(?:nik|e-?ktp|ktp|paspor|passport|no\.?\s*paspor|kitas)\b\s*(?:no\.?\s*)?[:.=#-]?\s*[a-z]?\d/i.test(t)) return { kind: "id", text: t };
  if (/^(?:tgl\.?|tanggal)\s*lahir\b|^(?:ttl|lahir|lhr|dob|date\s+of\s+birth|birth\s*date|umur|usia|age)\s*[:.=-]/i.test(t)) return { kind: "birth", text: t.replace(/^[^:=]*[:=]\s*/, "") };
  // "TTL Jakarta 17-08-1990" (tempat, tanggal lahir) without a colon: the place and the date.
  const ttl = /^(?:ttl|tempat\s*[,/]?\s*tgl\.?\s*lahir|dob)\s+([\p{L} ,.]{0,30}?\d{1,2}[-/. ]\S{1,9}[-/. ]\d{2,4})\s*$/iu.exec(t);
  if (ttl) return { kind: "birth", text: ttl[1]!.trim() };
  if (/^(?:no\.?\s*)?(?:hp|wa|whatsapp|telp|telepon|tlp|phone|mobile|e-?mail|surel)\b\s*[:.=-]?\s*\S/i.test(t) && /[\d@]/.test(t)) return { kind: "contact", text: t };
  if (/^(?:alamat|address|jk|jenis\s+kelamin|gender|kewarganegaraan|nationality|agama|pekerjaan|status)\s*[:=]/i.test(t)) return { kind: "other", text: t };
  return undefined;
}

/** An Indonesian mobile number in a line, with a label before it ("hp", "wa:") and "(wa)" after it. */
const PHONE_IN_LINE = /[\s,;-]*(?:\(?\b(?:hp|wa|whatsapp|telp|tlp|phone|no\.?\s*hp|no)\b\.?:?\s*)?(?:\+?62|\b0)\s?8[\d\s.-]{6,16}\d\)?(?:\s*\((?:wa|hp|whatsapp)\))?/gi;

/** "Tn Budi Santoso 081234567890", "Ny. Siti Aminah (ibunya)": the phone and the note come out of the name. */
function withoutPhoneOrNote(line: string): { line: string; dropped: DroppedPart[] } {
  const dropped: DroppedPart[] = [];
  let rest = line.replace(PHONE_IN_LINE, (m) => {
    dropped.push({ kind: "phone", text: m.replace(/^[\s,;-]+/, "").trim() });
    return " ";
  });
  // A note in brackets after the name, unless it holds an age or a date (splitTrailingDate says those).
  rest = rest.replace(/\s*\(([^()]{1,40})\)\s*$/, (m, note: string) => {
    if (/\d/.test(note)) return m;
    dropped.push({ kind: "note", text: `(${note.trim()})` });
    return "";
  });
  return { line: rest.replace(/\s+/g, " ").replace(/[\s,;-]+$/, "").trim(), dropped };
}

/** "👨 Tn Budi Santoso 🙏" → "Tn Budi Santoso". */
function withoutEmoji(line: string): string {
  // One class per kind: a class mixing them reads as a joined emoji to the linter.
  return line.replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu, " ").replace(/\s+/g, " ").trim();
}

/**
 * Split on commas, "/", "&", "+", "dan" or "and" only when every part starts with a title: "Santoso,
 * Budi" and the airlines' "SANTOSO/BUDI MR" stay one.
 */
function joinedNames(line: string): string[] {
  const parts = line.split(/\s*(?:[,/&+]|\s(?:dan|and)\s)\s*/i).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => leadingTitles(withoutMarker(p))) ? parts : [line];
}

/** "SANTOSO/BUDI MR" (last/first title, as on tickets and in airline systems) → "MR BUDI SANTOSO". */
function airlineOrder(line: string): string {
  const m = /^([\p{L}' -]+)\/([\p{L}' -]+?) ([a-z]+)\.?$/iu.exec(line);
  return m && titleWord(m[3]!) ? `${m[3]} ${m[2]!.trim()} ${m[1]!.trim()}` : line;
}

function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * The contact e-mail goes to the airline as typed: only what real addresses use is taken (letters,
 * digits and . _ % + ' - before the @; a dotted host name after it), so "<b>x</b>@…" or "a,b@…" get the
 * hint instead of reaching a booking.
 */
const EMAIL = /^[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function parseEmail(input: string): string | undefined {
  const t = input.trim();
  return t.length <= 100 && EMAIL.test(t) ? t.toLowerCase() : undefined;
}

/**
 * A contact's mobile number. Indonesian ones (08…, +62 8…, 62 8…) become 08…; foreign ones must be
 * written with their country code (+65…, +60…, +966…, or 00 65…) and are kept in E.164 (+6591234567).
 * Spaces, dashes, dots and brackets are ignored.
 */
export function parsePhone(input: string): string | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const digits = input.trim().replace(/[\s().-]/g, "").replace(/^00/, "+");
  const id = /^(?:\+?62|0)(8\d{7,12})$/.exec(digits);
  if (id) return `0${id[1]}`;
  // E.164: a country code (never 0, and +62 numbers are handled above) and at most 15 digits in all.
  const intl = /^\+([1-9]\d{7,14})$/.exec(digits);
  return intl && !intl[1]!.startsWith("62") ? `+${intl[1]}` : undefined;
}

/**
 * An e-mail and/or a phone typed as one answer, as agents write them: "agen@example.com 081234567890",
 * "email: agen@gmail.com", "wa 081234567890", "hp 0812 3456 7890 (wa)", "+62812 3456 7890 a.n. Budi". Labels
 * and a holder's name after the number are dropped; what is left must be an e-mail, a phone or both, else
 * nothing is taken.
 */
export function parseContactAnswer(input: string): { email?: string; phone?: string } {
  if (input.length > MAX_ANSWER) return {};
  const words = input.replace(/[()]/g, " ").split(/[\s,;]+/).filter(Boolean);
  const email = words.find((w) => parseEmail(w.replace(/^e-?mail:/i, "")));
  const unlabelled = words.filter((w) => w !== email && !/^(?:e-?mail|surel|wa|whatsapp|hp|no|nomor|telp|telepon|phone|mobile|tel)\.?:?$/i.test(w));
  const rest = withoutHolder(unlabelled);
  const phone = rest.length > 0 ? parsePhone(rest.join(" ")) : undefined;
  if (rest.length > 0 && !phone) return {};
  return { ...(email ? { email: parseEmail(email.replace(/^e-?mail:/i, "")) } : {}), ...(phone ? { phone } : {}) };
}

/** "a.n. Budi", "atas nama Bu Siti", "pak Budi" after a number: whose it is, not part of it. */
const HOLDER = /^(?:a\.?n\.?|a\/n|atas|u\.?p\.?|utk|untuk|pak|bu|bpk|ibu|mr|mrs|ms|tn|ny)$/i;

/**
 * The words before a holder's name ("0812 3456 7890 a.n. Budi" → the number's words), when the name
 * holds no digit or @ (else it may be a second number or an address, and nothing is dropped).
 */
function withoutHolder(words: readonly string[]): readonly string[] {
  const cut = words.findIndex((w) => HOLDER.test(w));
  return cut > 0 && !words.slice(cut).some((w) => /[\d@]/.test(w)) ? words.slice(0, cut) : words;
}

/** A shared contact card's number: Telegram gives the account's own number without "+" (6281…, 6591…). */
export function phoneFromContact(phoneNumber: string): string | undefined {
  const t = phoneNumber.trim();
  return parsePhone(/^[1-9]/.test(t) ? `+${t}` : t);
}

/** "no", "nomor", "number" around an ID's label: "no. KTP", and "ID No.", "e-KTP no", "NIK No:" too. */
const ID_NO = "(?:no|nomor|nmr|number|num)";

/**
 * "NIK:", "no. KTP", "KTP", "e-KTP", "ID", "paspor" before the number, as agents label it, with a
 * "no"/"nomor"/"number" before or after the label and ":", ".", "#" after it ("ID No. 3174…",
 * "KTP #3174…"), or "No. 3174…" / "#3174…" alone. A "no" is a word of its own: "Paspor NO1234567"
 * keeps its number.
 */
const ID_LABEL = new RegExp(`^(?:${ID_NO}\\.?\\s*)?(?:(?:nik|e-?ktp|ktp)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+|(?=\\d))|(?:id|paspor|passport)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+)|(?:${ID_NO}|#)(?:\\s*[.:#]\\s*|\\s+|(?<=#)))`, "i");

/** What an ID number answer held: the number, or an all-digit one that is no KTP/NIK (16 digits) and is asked about. */
export type IdNumberAnswer = { ok: true; value: string } | { ok: false; reason: "unreadable" } | { ok: false; reason: "ktp_digits"; value: string; digits: number };

/**
 * A KTP/NIK (16 digits) or a passport/ID number (tiket.com's `ida` takes either): letters and digits,
 * 5–20 of them, a label before it dropped ("NIK: 3174…"). All digits but not 16 of them is a KTP
 * typed wrong more often than not: said, not taken.
 */
export function readIdNumber(input: string): IdNumberAnswer {
  if (input.length > MAX_ANSWER) return { ok: false, reason: "unreadable" };
  const t = input.trim().replace(ID_LABEL, "").replace(/[\s.-]/g, "").toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(t)) return { ok: false, reason: "unreadable" };
  return /^\d+$/.test(t) && t.length !== 16 ? { ok: false, reason: "ktp_digits", value: t, digits: t.length } : { ok: true, value: t };
}

/**
 * What agents type that no country list holds: Indonesian words for a citizen, and the demonyms of
 * the region's travellers ("Malaysian" rather than "Malaysia").
 */
const CITIZEN_WORDS: Record<string, string> = {
  // "RI" (Republik Indonesia) is no ISO code, so it clashes with no country's.
  wni: "id", indonesian: "id", ri: "id", indo: "id", "warga negara indonesia": "id", "warga indonesia": "id", malaysian: "my", singaporean: "sg", thai: "th", filipino: "ph", australian: "au",
  japanese: "jp", chinese: "cn", indian: "in", korean: "kr", american: "us", british: "gb", dutch: "nl", german: "de",
  french: "fr", saudi: "sa", bruneian: "bn", vietnamese: "vn", "timor leste": "tl", "timor-leste": "tl", jepang: "jp",
  uk: "gb", usa: "us", inggris: "gb", amerika: "us", prancis: "fr", perancis: "fr", brunei: "bn", hongkong: "hk",
  "hong kong": "hk", tiongkok: "cn", cina: "cn", "east timor": "tl", burma: "mm", korea: "kr", "arab saudi": "sa",
  belanda: "nl", jerman: "de", taiwan: "tw", vietnam: "vn",
};

/** Two letters that are a country code but, typed in lower case, far more likely a word ("no", "my", "in"). */
const WORDS_NOT_CODES = new Set(["no", "my", "to", "in", "it", "is", "at", "be", "do", "go", "me", "am", "an", "as", "by", "if", "of", "on", "or", "so", "up", "we", "mr", "ms", "ok", "ya"]);
/** Codes of places nobody holds a passport of. */
const NO_NATIONALS = new Set(["AQ", "BV", "HM", "UM", "TF", "GS"]);

const load = createRequire(import.meta.url);
let countryList: typeof Countries | undefined;

/**
 * The ISO country list with its Indonesian and English names, loaded on the first nationality asked:
 * only international bookings ask one, and the list would add ~50 ms to every cold start.
 */
function countries(): typeof Countries {
  if (!countryList) {
    const list = load("i18n-iso-countries") as typeof Countries;
    for (const lang of ["en", "id"]) list.registerLocale(load(`i18n-iso-countries/langs/${lang}.json`) as Countries.LocaleData);
    countryList = list;
  }
  return countryList;
}

/**
 * A nationality as ISO 3166 alpha-2, lower case: a real code ("ID", "sg", "MYS"), a country's name in
 * Indonesian or English ("Belanda", "Netherlands", "Korea Selatan") or a common demonym. Two letters
 * that are no country ("xx") are not taken: the provider would refuse them at booking.
 */
export function parseNationality(input: string): string | undefined {
  const t = input.trim().replace(/\s+/g, " ").replace(/[.]$/, "");
  if (!t || t.length > 60) return undefined;
  const lower = t.toLowerCase();
  if (CITIZEN_WORDS[lower]) return CITIZEN_WORDS[lower];
  const list = countries();
  if (/^[a-z]{2}$/i.test(t)) {
    if (t === lower && WORDS_NOT_CODES.has(lower)) return undefined;
    return list.isValid(t.toUpperCase()) && !NO_NATIONALS.has(t.toUpperCase()) ? lower : undefined;
  }
  if (/^[a-z]{3}$/i.test(t)) {
    const code = list.alpha3ToAlpha2(t.toUpperCase());
    if (code && !NO_NATIONALS.has(code)) return code.toLowerCase();
  }
  const named = list.getAlpha2Code(t, "id") ?? list.getAlpha2Code(t, "en");
  if (named && NO_NATIONALS.has(named)) return undefined;
  return named?.toLowerCase();
}

/**
 * A birth date as agents type it: "17-08-1990", "17/8/90", "17 agustus 1990", "17 agu 1990", "Aug 17, 1990",
 * "17 Aug 1990", "1990-08-17" → yyyy-mm-dd, a label before it dropped ("dob 12/03/85", "tgl lahir:").
 * Undefined when unreadable or no such day ("31 feb 1990").
 */
export function parseBirthDate(input: string, today: string): string | undefined {
  return parseDocumentDate(withoutBirthLabel(input), today);
}

/**
 * A birth date or an age typed after a name ("Tn Budi Santoso 17-08-1990", "An. Rafi 5 thn"): split
 * off, since the name alone goes to the airline and the birth date has its own question.
 */
export function splitTrailingDate(line: string): { name: string; extra?: string } {
  if (line.length > MAX_ANSWER) return { name: line };
  const m = /^(.*?)[\s,]+((?:lahir|lhr|tgl|dob|umur|usia|age)?[\s:]*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [a-z]+\.? \d{2,4}|\d{1,2}\s*(?:thn|th|tahun|tahunan|bln|bulan|y|yo|yr|yrs|years?|months?|mo)(?: old)?))\s*\)?$/i.exec(line.trim());
  return m && m[1]!.trim() ? { name: m[1]!.replace(/[\s,(-]+$/, ""), extra: m[2]! } : { name: line };
}
