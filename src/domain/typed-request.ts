import { isKnownPlace } from "./airport-match.js";

/**
 * What an agent asks in words, outside any question: "cek ABC123", "tlg issued 6k2295 ya kak", "saldo brp",
 * "tiketnya mana?", "batalin ABC123", "salah nama", "mksh", "cariin tiket jkt bali bsk 2 org". Each kind is
 * answered by the command that does it (typed words never pay: an issue still needs its confirmation's tap).
 * `code` is the booking named in the words, when one is.
 */
export type TypedRequest =
  | { kind: "status" | "issue" | "ticket"; code?: string }
  | { kind: "cancel"; code?: string }
  | { kind: "change"; what: "date" | "refund" | "name"; code?: string }
  | { kind: "balance" | "thanks" }
  /** "ya", "ok", "gas", "jgn dulu": an answer to a question; only an open issue confirmation has one to answer. */
  | { kind: "answer" }
  /** A search in words: `text` is what to read as `/cari <text>`, the words that only ask for a search left out. */
  | { kind: "search"; text: string };

const set = (words: string) => new Set(words.split(" "));

/** Words that ask for the e-ticket, pay, cancel or change only; "cek" and "tiket" also start searches ("cek harga jkt sby"). */
const ISSUE = set("issue issued isu isued issu isue ishu isyu bayar bayarin lunasi lunasin pay terbitkan terbitin");
const TICKET = set("etiket e-tiket etiketnya e-tiketnya eticket e-ticket tiketnya ticketnya tiketny itinerary");
const STATUS = set("status statusnya setatus");
const BALANCE = set("saldo saldonya deposit depositnya depo balance");
const CANCEL = set("batalin batalkan batal btl cancel cancelin cancelkan void");
const REFUND = set("refund refun refundnya");
const RESCHEDULE = set("reschedule resched reskedul reschedul reskej rescheduled");
/** Changing a booking's date or flight, or a passenger's name: "ganti tgl", "ubah jadwal", "change name", "salah nama". */
const CHANGE_VERB = set("ganti ubah rubah pindah tukar change ganty");
const DATE_PART = set("tgl tanggal jadwal jam date flight penerbangan hari waktu");
const NAME_PART = set("nama name namanya");
const WRONG = set("salah typo keliru wrong koreksi benerin betulin perbaiki");
/** Shared with searches: a booking question only with a code or without places ("cek ABC123", "tiket dong"). */
const SHARED_STATUS = set("cek cekin check");
const SHARED_TICKET = set("tiket ticket");
/** "udh issued blm?": whether it was issued is a question about its status. */
const ASKING = set("udh udah sudah sdh dah blm belum blom apakah already yet");
const THANKS = set("kasih makasih makasi mksh mks mksih makasiii trims trimakasih terimakasih thanks thank thx tq ty tengkyu suwun nuhun matur");
/** Words that go with thanks or a yes without changing them: "makasih kak 🙏", "ok sip", "terima kasih banyak ya". */
const FRIENDLY = set("kak ka kakak ya yaa banyak bnyk byk you u min gan sis bro mas mbak pak bu bang terima much so very ok oke sip dong deh");
const ANSWER = set("ya iya iyaa yes y ok oke okay okey okee gas gass gaskan lanjut lanjutkan siap sip boleh setuju jadi go confirm konfirmasi jgn jangan nanti tidak tdk ga gak gk nggak ngga enggak no dulu tunggu bentar skip");
/** Words that ask for a search and nothing else: left out of the line read as `/cari <text>`. */
const SEARCH = set("cari cariin carikan nyari nyariin search flight flights pesawat penerbangan");
const SEARCH_FILLER = set("harga price mau pengen pingin ingin want need butuh ada");
/** A question tag at the end ("ada flight ke lombok gk bsk?", "... ga?"), never a part of the trip. */
const QUESTION_TAG = set("gk ga gak nggak ngga enggak tdk tidak");
/** Asking words around a code ("cancel booking tolong"): never read as an all-letter code. */
const POLITE = set("tolong tlg mohon please pls plz segera sekali cepat cepet kemarin barusan tadi");
/** Words that lead a booking code: "kode booking ABC123", "pnr lrwfbn". */
const CODE_LEAD = set("kode code pnr booking bookingan no nomor");
/** Six-letter words that follow those verbs without being a code: "cek bagasi", "cek jadwal". */
const NOT_CODES = set("bagasi jadwal tanggal ticket status semuanya lagiii dahulu kursii");

/** A code as bare-code.ts reads one alone: six letters and digits with a digit, or a tiket.com order id (never a phone). */
const CODE = /^(?=[a-z]*\d)[a-z0-9]{6}$/i;
const ORDER_ID = /^[1-9]\d{6,9}$/;
/** An all-letter PNR (LRWFBN) is a code only in capitals or right after "kode"/"pnr": in lower case it may be a word ("tolong"). */
const LETTER_CODE = /^[A-Z]{6}$/;

/** Every word of this reading: none of them is a booking code, whatever its case ("ISSUED", "STATUS", "CANCEL"). */
const VOCABULARY = new Set([
  ...ISSUE, ...TICKET, ...STATUS, ...BALANCE, ...CANCEL, ...REFUND, ...RESCHEDULE, ...CHANGE_VERB, ...WRONG, ...SHARED_STATUS, ...SHARED_TICKET,
  ...THANKS, ...FRIENDLY, ...ANSWER, ...SEARCH, ...SEARCH_FILLER, ...POLITE, ...DATE_PART, ...NAME_PART, ...NOT_CODES,
]);

/** Words after which a six-letter word is the code they name. */
const CODE_FOLLOWS = new Set([...CODE_LEAD, ...ISSUE, ...TICKET, ...STATUS, ...SHARED_STATUS, ...CANCEL, ...REFUND, ...RESCHEDULE]);

interface Word {
  /** As typed, without the punctuation around it. */
  raw: string;
  lower: string;
}

function wordsOf(text: string): Word[] {
  return text
    .split(/[\s,;:!?()"'“”]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean)
    .map((raw) => ({ raw, lower: raw.toLowerCase() }));
}

/**
 * The booking code among the words: one with a digit first, then an all-letter one right after "kode"/"pnr" or a booking verb,
 * then one in capitals among words that aren't (never a word of this reading, nor a place: "TOLONG", "BALI").
 */
function codeIn(words: Word[]): string | undefined {
  const candidates = words.filter((w) => !VOCABULARY.has(w.lower) && !CODE_LEAD.has(w.lower));
  const digits = candidates.find((w) => CODE.test(w.raw) || ORDER_ID.test(w.raw));
  if (digits) return digits.raw.toUpperCase();
  // "pnr lrwfbn", "tlg issued tdaswv ya kak": a word right after "kode" or a booking verb is the code it names.
  const led = words.find((w, i) => i > 0 && CODE_FOLLOWS.has(words[i - 1]!.lower) && candidates.includes(w) && /^[a-z]{6}$/i.test(w.raw) && !isKnownPlace(w.raw));
  if (led) return led.raw.toUpperCase();
  const shouting = words.every((w) => w.raw === w.raw.toUpperCase());
  const capitals = shouting ? undefined : candidates.find((w) => LETTER_CODE.test(w.raw) && !isKnownPlace(w.raw));
  return capitals?.raw;
}

/** Whether the words name an airport or a city: one word, two ("kuala lumpur"), or a glued route ("cgk-dps", "jkt→bali"). */
function namesPlace(words: Word[]): boolean {
  const parts = words.flatMap((w) => w.lower.split(/[-–—→>/]+/)).filter((p) => p.length >= 3 && !/^\d/.test(p));
  return parts.some((p, i) => isKnownPlace(p) || (i + 1 < parts.length && isKnownPlace(`${p} ${parts[i + 1]}`)));
}

function changeIn(words: Word[]): "date" | "refund" | "name" | undefined {
  const lower = words.map((w) => w.lower);
  const has = (s: Set<string>) => lower.some((w) => s.has(w));
  if (has(REFUND)) return "refund";
  if (has(RESCHEDULE)) return "date";
  const changing = has(CHANGE_VERB) || has(WRONG);
  if (changing && has(NAME_PART)) return "name";
  if (has(CHANGE_VERB) && has(DATE_PART)) return "date";
  return undefined;
}

/** The line a search reads: the words that only asked for it left out, "dr" read as "dari". */
function searchText(words: Word[], text: string): string {
  let kept = words.filter((w) => !SEARCH.has(w.lower) && !SEARCH_FILLER.has(w.lower) && !SHARED_STATUS.has(w.lower) && !SHARED_TICKET.has(w.lower));
  if (/\?\s*$/.test(text)) while (kept.length > 0 && QUESTION_TAG.has(kept.at(-1)!.lower)) kept = kept.slice(0, -1);
  return kept.map((w) => (w.lower === "dr" ? "dari" : w.raw)).join(" ");
}

/** Undefined when the words ask for nothing this reading knows ("halo kak", "p"): the way in is shown instead. */
export function readTypedRequest(text: string): TypedRequest | undefined {
  if (text.length > 300 || text.trimStart().startsWith("/")) return undefined;
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  const lower = words.map((w) => w.lower);
  const has = (s: Set<string>) => lower.some((w) => s.has(w));
  const code = codeIn(words);
  const withCode = <T extends object>(r: T) => (code ? { ...r, code } : r);

  const change = changeIn(words);
  if (change) return withCode({ kind: "change" as const, what: change });
  if (has(CANCEL)) return withCode({ kind: "cancel" as const });
  // A place or a search word and no booking named: a search ("cek harga jkt-sby", "tiket cgk-dps bsk", "sub dps").
  const bookingWord = has(ISSUE) || has(TICKET) || has(STATUS) || has(BALANCE);
  if (!code && !bookingWord && (has(SEARCH) || namesPlace(words))) return { kind: "search", text: searchText(words, text) };
  if (has(ISSUE)) return withCode({ kind: has(ASKING) ? ("status" as const) : ("issue" as const) });
  if (has(TICKET) || has(SHARED_TICKET)) return withCode({ kind: "ticket" as const });
  if (has(BALANCE) && !code) return { kind: "balance" };
  if (has(STATUS) || has(SHARED_STATUS)) return withCode({ kind: "status" as const });
  // Only a code with words around it ("kode booking ABC123", "ABC123 gmn?"): its status, as the code alone.
  if (code) return { kind: "status", code };
  if (has(THANKS) && lower.every((w) => THANKS.has(w) || FRIENDLY.has(w))) return { kind: "thanks" };
  if (lower.every((w) => ANSWER.has(w) || FRIENDLY.has(w))) return { kind: "answer" };
  return undefined;
}
