import { isKnownPlace } from "./airport-match.js";
import { isNearKnownPlace } from "./place-likeness.js";
import { airlineDisplayName } from "./airline-names.js";
import { isPaxTypeWord, isPaxWord } from "./pax-parse.js";
import { isDatePhrase, isMonthName } from "./travel-date.js";
import { pickAmong } from "./typed-request-code.js";
import { isRouteLedSearch } from "./route-led-search.js";
import { isReduplicatedWord } from "./reduplicated-word.js";

/**
 * What an agent asks in words, outside any question: "cek ABC123", "tlg issued 6k2295 ya kak", "saldo brp",
 * "tiketnya mana?", "batalin ABC123", "salah nama", "mksh", "cariin tiket jkt bali bsk 2 org". Each kind is
 * answered by the command that does it (typed words never pay: an issue still needs its confirmation's tap).
 * `code` is the booking named in the words, when one is.
 *
 * Read strictly: chatter that merely contains one of these words ("saya cek besok", "bayar besok ya",
 * "jangan di issue dulu", "malang banget", "ok MANTAP") asks for nothing. Without a booking code, a request
 * is read only when every word is a request word, filler ("dong", "ya", "kak", "aja") or "nya"/"it";
 * a search only with a search word and a place, or two places and nothing but dates, times and party, or
 * a line led by its route with a date or party and at most two words besides (route-led-search.ts).
 */
export type TypedRequest =
  /** `codes`: two different codes typed ("cek Z7A9DN atau K2L8PQ"), answered as after /cek, `code` the first. */
  | { kind: "status" | "issue" | "ticket"; code?: string; codes?: string[]; ordinal?: true }
  | { kind: "cancel"; code?: string }
  | { kind: "change"; what: "date" | "refund" | "name"; code?: string }
  | { kind: "balance" | "thanks" }
  /** "ya", "ok", "gas", "jgn dulu": an answer to a question; only an open issue confirmation has one to answer. */
  | { kind: "answer" }
  /** A search in words: `text` is what to read as `/cari <text>`, the words that only ask for a search left out. */
  | { kind: "search"; text: string };

const set = (...lists: string[]) => new Set(lists.join(" ").split(" ").filter(Boolean));

/** Words that ask to issue (pay from the deposit). "bayar"/"pay" alone are talk about money: an issue only with a code. */
const ISSUE = set("issue issued isu isued issu isue ishu isyu bayarin lunasi lunasin terbitkan terbitin diissue diissued di-issue di-issued diisue issuein issuedin issuekan");
const PAY = set("bayar pay dibayar bayarnya paid");
const TICKET = set("etiket e-tiket eticket e-ticket itinerary");
const STATUS = set("status setatus");
const BALANCE = set("saldo deposit depo balance");
const CANCEL = set("batalin batalkan batal btl cancel cancelin cancelkan");
/**
 * "gak jadi, batalin aja bookingnya": the trip is off, so cancel. Only leading the request and set apart from it
 * (a comma, or "aja"/"deh" after the cancel word): "gak jadi batal" says the opposite, and stays unread.
 */
const CALLED_OFF = /^\s*(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|engga)\s+(?:jadi|jd)\b(?:\s*[,.;]|(?=.*\b(?:batalin|batalkan|batal|btl|cancel|cancelin|cancelkan)(?:nya)?\s+(?:aja|aj|saja|deh|ya)\b))/i;
/** "issued yg pertama", "cek yang kedua": one of several bookings by its place, which is asked with buttons. */
const ORDINAL = set("pertama kedua ketiga keempat terakhir first second third last satunya");
/**
 * Asking by when a booking must be paid ("batas bayar kapan?", "timelimit nya kapan", "kapan jatuh tempo?", "bayar
 * kapan?", "when is the deadline"): its status, which shows the deadline. "limit" beside a balance word is the deposit's, "batas bagasi" the baggage allowance.
 */
const DEADLINE = set("batas btas timelimit deadline tempo limit");
/** "saya bayar nanti aja": paying some time later, so by when (never "bayar besok": a day is said; "I'll pay later" is talk). */
const PAY_LATER = set("nanti ntar nanti2 ntar2");
/** With a pay word, these ask when ("bayar kapan?", "harus bayar jam brp?"); around a deadline word they change nothing. */
const WHEN = set("kapan kpn kapan2 kpn2 when jam brp berapa waktu sampai sampe smp harus hrs mesti paling lambat plg lbt jatuh time by before due payment pembayaran");
const REFUND = set("refund refun refundable");
const RESCHEDULE = set("reschedule resched reskedul reschedul reskej rescheduled");
/** Changing a booking's date or flight, or a passenger's name: "ganti tgl", "ubah jadwal", "change name", "salah nama". */
const CHANGE_VERB = set("ganti ubah rubah pindah tukar change ganty");
const DATE_PART = set("tgl tanggal jadwal jam date flight penerbangan hari waktu");
const NAME_PART = set("nama name");
const WRONG = set("salah typo keliru wrong koreksi benerin betulin perbaiki");
/** "salah nama, harusnya Budi Santosa": what follows is the right name, not part of the request. */
const CORRECT_LEAD = set("harusnya seharusnya mestinya hrsnya hrusnya should");
/** Shared with searches: a booking question only with a code or without places ("cek ABC123", "tiket dong"). */
const SHARED_STATUS = set("cek cekin check");
const SHARED_TICKET = set("tiket ticket");
/** A question whether it was issued ("udh issued blm?", "is it issued?", "has it been issued yet?"): its status. */
const ASKING = set("udh udah sudah sdh dah blm belum blom apakah already yet is has have been was kah not");
/** Around an issue word, these make it no request to pay: "jangan di issue dulu", "bayar besok", "issue nya apa?", "I'll pay later". */
const NOT_NOW = set(
  "jangan jgn jan gak ga nggak ngga enggak gk g tidak tdk belum blm blom don dont doesn didn won not no never",
  "nanti ntar tar besok bsk lusa later tomorrow ll will",
  "apa apaan kenapa knp napa gimana gmn gmana bagaimana why what how can could bisa kok error gagal",
);
const THANKS = set("kasih makasih makasi mksh mks mksih makasiii trims trimakasih terimakasih thanks thank thx tq ty tengkyu suwun nuhun matur");
/** Words that go with thanks or a yes without changing them: "makasih kak 🙏", "ok sip", "terima kasih banyak ya". */
const FRIENDLY = set("kak ka kakak ya yaa banyak bnyk byk you u min gan sis bro mas mbak pak bu bang terima much so very ok oke sip dong deh bye");
const ANSWER = set("ya iya iyaa yes y ok oke okay okey okee gas gass gaskan lanjut lanjutkan siap sip boleh setuju jadi go confirm konfirmasi jgn jangan nanti tidak tdk ga gak gk nggak ngga enggak no dulu tunggu bentar skip");
/** Words that only ask: around a request they change nothing ("issued dong", "tiketnya mana?", "cek dong ya kak"). */
const FILLER = set(
  "dong donk ya yaa yah kak ka kakak pls please plz tolong tlg mohon aja aj sih deh udah udh sudah sdh dah blm belum blom mana dmn",
  "min gan sis bro mas mbak pak bu bang ok oke sip dulu segera sekarang skrg now cepat cepet yg yang di the my saya sy aku",
  "gmn gimana gmana bagaimana how cara caranya can you bisa where is",
);
/**
 * "cek dulu ya kak", "check dl", "cek bentar": the agent telling someone she will check first (talk, not a
 * request to the bot), whose status answer came unasked. A code, a word of what to check ("cek status dulu",
 * "cek bagasi dulu") or a word that asks ("tolong cek dulu", "cek dulu dong") still makes it a request.
 */
const FIRST = set("dulu dl bentar sebentar bntr sbntr");
const ASKS = set("tolong tlg mohon pls please plz dong donk");
const CHECKING = set("cek check");

/**
 * Asking someone, politely, to issue a named booking: "can you issue QYB56Z?", "could you issue it QYB56Z",
 * "bisa tolong issued QYB56Z", "minta tolong issuedin QYB56Z". Its question mark asks a favour, not whether.
 */
const COURTESY = set("can could would you u bisa tolong tlg minta mohon please pls plz pliss");
/** A title before the name of whom it asks: "mbak Rina", "pak Budi". */
const TITLE = set("mbak mba mas pak bu ibu bapak kak ka bang mr mrs ms miss");

/**
 * Whether the words are a polite ask to issue `code`: courtesy words (maybe after the name of whom it asks:
 * "Olivia can you issue QYB56Z?") up to the issue word, then only the code and filler ("ya", "dong", "it").
 */
function politeIssueAsk(words: Word[], code: string): boolean {
  const lower = words.map((w) => w.lower);
  const at = lower.findIndex((w) => inSet(ISSUE, w));
  if (at < 1) return false;
  // A name leads only before a courtesy word ("Olivia", "mbak Rina"), and is no word this reading knows, nor a place.
  const titled = TITLE.has(lower[0]!) ? 1 : 0;
  const name = words[titled];
  const named = at >= titled + 2 && name !== undefined && !COURTESY.has(name.lower) && !VOCABULARY.has(name.lower) && !CODE_LEAD.has(name.lower) && !isKnownPlace(name.raw) && /^\p{L}+$/u.test(name.raw);
  const lead = lower.slice(named ? titled + 1 : 0, at);
  if (!lead.some((w) => COURTESY.has(w)) || !lead.every((w) => COURTESY.has(w) || FILLER.has(w) || FRIENDLY.has(w))) return false;
  return lower.slice(at + 1).every((w) => w === code.toLowerCase() || FILLER.has(w) || FRIENDLY.has(w) || PRONOUN.has(w));
}

/** The booking talked about: "issue it", "yang ini", "-nya" ("tiketnya", "issue nya"). */
const PRONOUN = set("nya it ini itu");
/** Words a request may also carry: where to send the e-ticket, what to check, how much is left. */
const REQUEST_EXTRA = set(
  "kirim kirimin send ke to grup group sini wa email booking bookingan kode code pnr brp berapa msh masih sisa tinggal much left e bagasi baggage",
  // "minta tiketnya", "kirim ulang etiket", "resend the e-ticket": asking for it again is asking for it.
  "minta mintain ulang lagi resend again",
);
/** Words that ask for a search and nothing else: left out of the line read as `/cari <text>`. */
const SEARCH = set("cari cariin carikan nyari nyariin search flight flights pesawat penerbangan");
const SEARCH_FILLER = set("harga price mau pengen pingin ingin want need needs butuh ada i looking any");
/** With a place, these ask for a search ("tiket ke jogja brp?", "cek harga ke lombok", "bali pp"). */
const SEARCH_WITH_PLACE = set("cari cariin carikan nyari nyariin search flight flights pesawat penerbangan tiket ticket harga price pp");
/** Words of a trip besides its places: dates, times, the party, connectors ("sub dps bsk pagi 2 org"). */
const TRIP = set(
  "ke dari dr to from tujuan sampai - pp return round trip one way sekali jalan pulang pergi",
  "tgl tanggal bsk besok lusa hari ini today tomorrow pagi siang sore malam morning afternoon evening night jam",
  "org orang pax dewasa anak bayi infant infants child children adult adults berdua bertiga berempat sendiri lagi dan and for untuk utk",
  "jan feb mar apr mei may jun jul agu agt aug sep okt oct nov des dec januari februari maret april juni juli agustus september oktober november desember",
  "senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday bln bulan depan next week month",
);
/** Words that ask how a booking stands, beside a status word: "what's the status of ABC123", "status of my booking". */
const STATUS_FILLER = set("what whats s is of my for about on booking bookings");
/** Words that ask how much is left, beside a balance word: "what's my balance", "how much is my deposit". */
const BALANCE_FILLER = set("what whats s is how much");
/** A question tag at the end ("ada flight ke lombok gk bsk?", "... ga?"), never a part of the trip. */
const QUESTION_TAG = set("gk ga gak nggak ngga enggak tdk tidak");
/** Asking words around a code ("cancel booking tolong"): never read as an all-letter code. */
const POLITE = set("tolong tlg mohon please pls plz segera sekali cepat cepet kemarin barusan tadi");
/** Words that lead a booking code: "kode booking ABC123", "pnr lrwfbn". */
const CODE_LEAD = set("kode code pnr booking bookingan no nomor");
/** Six-letter words that are never a code, whatever their case or place: "cek bagasi", "refund gimana", "ok MANTAP". */
const NOT_CODES = set(
  "bagasi jadwal tanggal ticket status semuanya lagiii dahulu kursii gimana dimana kemana kenapa apakah mantap berapa banget sampai",
  "kabari kabarin segera sekali tolong terima thanks issues please caranya begini begitu jangan dengan supaya karena harian",
  "sekian yakali semoga kemana besoknya sorean siapin lengkap barusan sebelum setelah sesudah pesawat harganya online",
);

/** A code as bare-code.ts reads one alone: six letters and digits with a digit, or a tiket.com order id (never a phone). */
const CODE = /^(?=[a-z]*\d)[a-z0-9]{6}$/i;
const ORDER_ID = /^[1-9]\d{6,9}$/;
/** An all-letter PNR (LRWFBN) is a code only in capitals or right after a code word: in lower case it may be a word ("tolong"). */
const LETTER_CODE = /^[A-Z]{6}$/;
/** A flight number ("GA4021", "JT0691"): an airline's two letters and digits, never a booking code. */
const FLIGHT_NO = /^([a-z]{2})\d{2,4}$/i;
/** An amount ("Rp 1500000", "5jt", "250rb"): never an order id. */
const CURRENCY = set("rp idr rupiah");

/** Every word of this reading: none of them is a booking code, whatever its case ("ISSUED", "STATUS", "CANCEL"). */
const VOCABULARY = new Set([
  ...ISSUE, ...PAY, ...TICKET, ...STATUS, ...BALANCE, ...CANCEL, ...REFUND, ...RESCHEDULE, ...CHANGE_VERB, ...WRONG, ...SHARED_STATUS, ...SHARED_TICKET,
  ...THANKS, ...FRIENDLY, ...ANSWER, ...SEARCH, ...SEARCH_FILLER, ...POLITE, ...DATE_PART, ...NAME_PART, ...NOT_CODES, ...FILLER, ...NOT_NOW,
]);

/** Words right after which a code-shaped word is the code they name ("cek ABC123", "kode booking LRWFBN", "batalin lrwfbn"). */
const CODE_FOLLOWS = new Set([...CODE_LEAD, ...ISSUE, ...PAY, ...TICKET, ...STATUS, ...SHARED_STATUS, ...SHARED_TICKET, ...CANCEL, ...REFUND, ...RESCHEDULE]);

interface Word {
  /** As typed, without the punctuation around it. */
  raw: string;
  lower: string;
}

function wordsOf(text: string): Word[] {
  return text
    .replace(/\b(e)[\s-]+(ticket|tiket)/gi, "$1$2")
    // "jum'at": one day's name, never "jum" and "at" (a clock's lead).
    .replace(/\b(jum)['\u2019](at)\b/gi, "$1$2")
    .split(/[\s,;:!?()"'\u2019\u201c\u201d]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean)
    .map((raw) => ({ raw, lower: raw.toLowerCase() }));
}

/** A pasted message's sender or label ("customer: …", "Ibu Siti: …"): left out, the rest is what is asked. */
function withoutLabel(text: string): string {
  return text.replace(/^\s*[\p{L}][\p{L} .'-]{0,30}:\s+/u, "");
}

/** The word without a trailing "nya" when that makes it a word of `s` ("tiketnya", "statusnya", "issuednya"). */
const stem = (w: string) => w.replace(/-?nya$/, "") || w;
const inSet = (s: Set<string>, w: string) => s.has(w) || s.has(stem(w));

/** Whether `w` looks like a booking code and is no word, place, flight number or amount. */
function codeShaped(words: Word[], i: number, lettersToo: boolean): boolean {
  const w = words[i]!;
  if (VOCABULARY.has(w.lower) || CODE_LEAD.has(w.lower)) return false;
  // "saya bayar kapan2 aja": a word doubled with "2" among words is that word (kapan-kapan), even right after
  // "bayar"; alone ("kapan2") it is read as a code typed in small letters, as always.
  if (words.length > 1 && isReduplicatedWord(w.raw)) return false;
  const flight = FLIGHT_NO.exec(w.raw);
  if (flight && airlineDisplayName(flight[1]!, "") !== "") return false;
  if (CODE.test(w.raw)) return true;
  if (ORDER_ID.test(w.raw)) {
    const before = words[i - 1]?.lower;
    const after = words[i + 1]?.lower;
    return !(before && CURRENCY.has(before)) && !(after && /^(jt|juta|rb|ribu|k|rp|rupiah)$/.test(after));
  }
  return lettersToo && /^[a-z]{6}$/i.test(w.raw) && !isKnownPlace(w.raw);
}

/** A word a request may consist of, besides its request words. */
const requestFiller = (w: string) => FILLER.has(w) || PRONOUN.has(w) || inSet(REQUEST_EXTRA, w) || POLITE.has(w) || FRIENDLY.has(w);

/**
 * The booking code among the words: right after a code word ("cek ABC123", "pnr lrwfbn", "kode booking ABC123");
 * else one shaped like a code (a digit, or six capitals among words that aren't) when every other word only asks.
 */
/**
 * A party glued as one word ("2a1c", "2a1c1i", "3d"): single-digit counts only, so a booking code of that
 * shape ("12A34B gmn?") still reads as the code it is.
 */
const isPartyShorthand = (w: string) => /^(?:[1-9][dabci]){1,3}$/.test(w) || (isPaxWord(w) && !/^(?:\d{1,2}[dabci]){1,3}$/.test(w));

function codeIn(words: Word[], only: (w: string) => boolean): string | undefined {
  const led = words.findIndex((w, i) => i > 0 && CODE_FOLLOWS.has(stem(words[i - 1]!.lower)) && codeShaped(words, i, true));
  if (led >= 0) return words[led]!.raw.toUpperCase();
  const shouting = words.every((w) => w.raw === w.raw.toUpperCase());
  // A party typed as shorthand ("2a1c1i", "2adult") is no code unless a code word leads it.
  const shaped = words.findIndex((w, i) => !isPartyShorthand(w.lower) && (codeShaped(words, i, false) || (!shouting && LETTER_CODE.test(w.raw) && codeShaped(words, i, true))));
  if (shaped < 0) return undefined;
  return words.every((w, i) => i === shaped || only(w.lower)) ? words[shaped]!.raw.toUpperCase() : undefined;
}

/**
 * The places the words name: airports or cities, one word, two ("kuala lumpur"), or a glued route ("cgk-dps", "jkt→bali");
 * `near`: near-misses of a place ("jkrta", "surabya") count too.
 */
function placesIn(words: Word[], near?: (w: string) => boolean): { count: number; words: Set<number> } {
  const used = new Set<number>();
  let count = 0;
  const isPlace = (p: string) => p.length >= 3 && !/^\d/.test(p) && (isKnownPlace(p) || near?.(p) === true);
  words.forEach((w, i) => {
    if (used.has(i)) return;
    const parts = w.lower.split(/[-\u2013\u2014\u2192>/]+/).filter(Boolean);
    if (parts.length > 0 && parts.every(isPlace)) {
      used.add(i);
      count += parts.length;
      return;
    }
    const next = words[i + 1];
    if (next && !used.has(i + 1) && !TRIP.has(w.lower) && !TRIP.has(next.lower) && !isPlace(next.lower) && isPlace(`${w.lower} ${next.lower}`)) {
      used.add(i).add(i + 1);
      count += 1;
    }
  });
  return { count, words: used };
}

/**
 * A word of a trip besides its places: a date, a time, the party ("2", "20/12", "bsk", "tmr", "org", "adt", "chd").
 * Every month name the date reader knows counts, English ones spelt out too ("february 3rd", "3rd february").
 */
const tripWord = (w: string) => TRIP.has(w) || /^\d/.test(w) || isPaxTypeWord(w) || isMonthName(w) || isDatePhrase(w);
/** A date, a time or the party: what makes two places with asking words a trip ("need cgk dps tmr", "check sub dps 2 pax"). */
const TRIP_CONNECTORS = set("ke dari dr to from tujuan sampai - dan and for untuk utk lagi");
const tripDetail = (w: string) => tripWord(w) && !TRIP_CONNECTORS.has(w);

/**
 * A word that may be a misspelt place ("jkrta", "surabya", "denpsar"): a near-miss of one, and no word this
 * reading knows as anything else (a date, the party, an asking or request word).
 */
const nearPlace = (w: string) =>
  !VOCABULARY.has(w) && !TRIP.has(w) && !CODE_LEAD.has(w) && !requestFiller(w) && !QUESTION_TAG.has(w) && !STATUS_FILLER.has(w) && !tripWord(w) && !isPartyShorthand(w) && isNearKnownPlace(w);

/**
 * A search the words ask for, as the line `/cari` reads; undefined when they don't clearly ask for one.
 * `near`: read again with misspelt places counted as places ("jkrta dps bsk 2 dws", "surabya bali besok 1"),
 * when the strict reading found no search: the conversation then resolves or offers them, as after /cari.
 * Two misspelt places need a date, a party or a search word to say the line is a trip.
 */
function searchIn(words: Word[], text: string, near = false): string | undefined {
  const lower = words.map((w) => w.lower);
  const places = placesIn(words, near ? nearPlace : undefined);
  if (near && placesIn(words).count === 0 && !lower.some((w, i) => !places.words.has(i) && (tripDetail(w) || SEARCH.has(w)))) return undefined;
  const mauKe = lower.some((w, i) => /^(mau|mo|pengen|pingin|ingin)$/.test(w) && lower[i + 1] === "ke");
  const rest = lower.filter((_, i) => !places.words.has(i));
  const asked = (w: string) => SEARCH_WITH_PLACE.has(w) || SEARCH_FILLER.has(w) || SHARED_STATUS.has(w) || FILLER.has(w) || POLITE.has(w) || QUESTION_TAG.has(w) || tripWord(w);
  const searching =
    // "cari tiket": only search words; the route is asked.
    (lower.some((w) => SEARCH.has(w)) && lower.every((w) => SEARCH.has(w) || SEARCH_FILLER.has(w) || SHARED_TICKET.has(w) || FILLER.has(w))) ||
    // "cariin tiket jkt bali bsk", "mau ke bali tgl 5 berdua", "tiket ke jogja brp?", "bali pp".
    (places.count >= 1 && (mauKe || lower.some((w) => SEARCH_WITH_PLACE.has(w)))) ||
    // "sub dps", "jkt bali bsk pagi 2 org": two places and nothing but the trip's dates, times and party.
    // "need 2 pax cgk-dps tmr", "pls check cgk dps 20/12", "looking for cgk dps tmr": asking words count as nothing
    // there, provided a date or a party says it is a trip ("i need to check bali lombok" is talk).
    (places.count >= 2 && rest.every((w) => tripWord(w) || FILLER.has(w) || POLITE.has(w) || SEARCH_FILLER.has(w) || SHARED_STATUS.has(w))
      && (!rest.some((w) => SEARCH_FILLER.has(w) || SHARED_STATUS.has(w)) || rest.some(tripDetail))) ||
    // "ke lombok bsk ada gk?": whether there are flights, with nothing but the trip.
    (places.count >= 1 && lower.includes("ada") && lower.some((w) => w === "ke" || w === "dari") && rest.every((w) => asked(w) || w === "ada"));
  if (!searching) return undefined;
  return lineOf(words, text, places.words);
}

/** The search line read as `/cari <line>`: the words that only ask for a search left out, the places kept. */
function lineOf(words: Word[], text: string, places: Set<number>): string {
  const lower = words.map((w) => w.lower);
  const asks = (w: string, i: number) => SEARCH.has(w) || SEARCH_FILLER.has(w) || SHARED_STATUS.has(w) || SHARED_TICKET.has(w) || FILLER.has(w) || POLITE.has(w) || (w === "for" && lower[i - 1] === "looking");
  let kept = words.filter((w, i) => places.has(i) || !asks(w.lower, i));
  if (/\?\s*$/.test(text)) while (kept.length > 0 && QUESTION_TAG.has(kept.at(-1)!.lower)) kept = kept.slice(0, -1);
  kept = kept.filter((w) => w.lower !== "brp" && w.lower !== "berapa");
  return kept.map((w) => (w.lower === "dr" ? "dari" : w.raw)).join(" ");
}

/**
 * "cgk dps tmrw 2 cheapest", "cgk dps bsk pgi 2": a route first, then a date or party, and a word or two
 * the reading above doesn't list (route-led-search.ts); /cari names what it leaves out.
 */
function routeLedIn(words: Word[], text: string): string | undefined {
  // Asking words lead it sometimes ("tolong cgk dps bsk 2 termurah"): the route starts after them.
  // Only words that ask: "saya dari cgk ke dps bsk capek" tells of a trip.
  const lead = words.findIndex((w) => !(ASKS.has(w.lower) || POLITE.has(w.lower) || SEARCH.has(w.lower)));
  if (lead < 0) return undefined;
  const lower = words.slice(lead).map((w) => w.lower);
  const known = (w: string) => tripWord(w) || isPartyShorthand(w) || FILLER.has(w) || POLITE.has(w) || FRIENDLY.has(w) || SEARCH_WITH_PLACE.has(w) || SEARCH_FILLER.has(w) || QUESTION_TAG.has(w);
  if (!isRouteLedSearch(lower, tripDetail, known, /\?\s*$/.test(text))) return undefined;
  return lineOf(words, text, placesIn(words).words);
}

function changeIn(lower: string[]): "date" | "refund" | "name" | undefined {
  const has = (s: Set<string>) => lower.some((w) => inSet(s, w));
  if (has(REFUND)) return "refund";
  if (has(RESCHEDULE)) return "date";
  const changing = has(CHANGE_VERB) || has(WRONG);
  if (changing && has(NAME_PART)) return "name";
  if (has(CHANGE_VERB) && has(DATE_PART)) return "date";
  return undefined;
}

/** Undefined when the words ask for nothing this reading knows ("halo kak", "p", "saya cek besok"): the way in is shown instead. */
export function readTypedRequest(input: string): TypedRequest | undefined {
  if (input.length > 300 || input.trimStart().startsWith("/")) return undefined;
  const text = withoutLabel(input);
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  const lower = words.map((w) => w.lower);
  const has = (s: Set<string>) => lower.some((w) => inSet(s, w));

  // A name fix carries the right name after "harusnya": only the words before it ask.
  const lead = lower.findIndex((w) => CORRECT_LEAD.has(w));
  const asking = lead > 0 && changeIn(lower.slice(0, lead)) === "name" ? lower.slice(0, lead) : lower;
  const requestWord = (w: string) =>
    [ISSUE, PAY, TICKET, STATUS, BALANCE, CANCEL, REFUND, RESCHEDULE, CHANGE_VERB, WRONG, DATE_PART, NAME_PART, SHARED_STATUS, SHARED_TICKET].some((s) => inSet(s, w));
  // "what's the status of ABC123", "status of my booking": asking words beside a status word.
  const statusAsked = has(STATUS);
  const statusFiller = (w: string) => statusAsked && STATUS_FILLER.has(w);
  const only = (w: string) => requestWord(w) || requestFiller(w) || NOT_NOW.has(w) || statusFiller(w);
  // The picker after /cek read here too (typed-request-code.ts): "cek Z7A 9DN", "status Z7A9DN atau K2L8PQ".
  const found = codeIn(words, only);
  const known = (i: number) => { const w = words[i]!; return VOCABULARY.has(w.lower) || CODE_LEAD.has(w.lower) || TRIP.has(w.lower) || isKnownPlace(w.raw) || isMonthName(w.lower) || isDatePhrase(w.lower) || isPaxTypeWord(w.lower) || isPartyShorthand(w.lower); };
  const shaped = (i: number) => !isPartyShorthand(words[i]!.lower) && (codeShaped(words, i, false) || (LETTER_CODE.test(words[i]!.raw) && codeShaped(words, i, true)));
  const picked = pickAmong(words.map((w) => w.raw), found, (i) => only(words[i]!.lower), known, shaped);
  const code = found ?? (picked?.kind === "code" ? picked.code : undefined);
  const several = picked?.kind === "several" ? picked.codes : undefined;
  // Two codes matter where the bot would look one up (status, issue, e-ticket); cancelling is not done here anyway.
  const booked = (r: { kind: string }) => several && /^(status|issue|ticket)$/.test(r.kind);
  const withCode = <T extends { kind: string }>(r: T) => (code ? { ...r, code, ...(booked(r) && { codes: several }) } : r);
  /** Without a code, a request only when it is nothing else: every word asks. */
  const plain = (extra: (w: string) => boolean = () => false) => code !== undefined || asking.every((w, i) => requestWord(w) || requestFiller(w) || extra(w) || (lead > 0 && i >= lead));

  // "issued yg pertama": which of several is asked (the one just made is not it, whatever its place).
  const ordinal = !code && lower.some((w) => ORDINAL.has(w));
  const ord = (w: string) => ordinal && ORDINAL.has(w);
  const withOrdinal = <T extends { kind: string }>(r: T) => (ordinal ? { ...r, ordinal: true as const } : r);
  const change = changeIn(asking);
  if (change) return plain((w) => NOT_NOW.has(w)) ? withCode({ kind: "change" as const, what: change }) : undefined;
  const calledOff = CALLED_OFF.test(text) ? new Set(lower.slice(0, 2)) : new Set<string>();
  if (has(CANCEL)) return plain((w) => calledOff.has(w)) ? withCode({ kind: "cancel" as const }) : undefined;
  // A search word and a place, or two places and no booking named: a search ("cek harga jkt-sby", "tiket cgk-dps bsk", "sub dps").
  const bookingWord = has(ISSUE) || has(TICKET) || has(STATUS) || has(BALANCE);
  const search = !code && !bookingWord ? (searchIn(words, text) ?? searchIn(words, text, true) ?? routeLedIn(words, text)) : undefined;
  if (search !== undefined) return { kind: "search", text: search };

  // "batas bayar kapan?", "bayar kapan?", "timelimit ABC123": by when to pay, which its status shows (never a request to pay).
  const deadline = (has(DEADLINE) && !has(BALANCE) && !lower.some((w) => w === "bagasi" || w === "baggage")) || (has(PAY) && lower.some((w) => w === "kapan" || w === "kpn" || w === "kapan2" || w === "kpn2" || w === "when" || PAY_LATER.has(w)));
  if (deadline && plain((w) => inSet(DEADLINE, w) || WHEN.has(w) || PAY_LATER.has(w) || ASKING.has(w) || STATUS_FILLER.has(w))) return withCode({ kind: "status" as const });
  if (has(ISSUE) || (has(PAY) && code) || (has(PAY) && has(ASKING))) {
    if (code && has(ISSUE) && politeIssueAsk(words, code)) return withCode({ kind: "issue" as const });
    const others = lower.filter((w) => !inSet(ISSUE, w) && !inSet(PAY, w));
    // "udh issued blm?", "is it issued?", "udah bayar?": whether it was issued, i.e. its status.
    const done = others.some((w) => /^(udh|udah|sudah|sdh|dah)$/.test(w));
    const question = /\?\s*$/.test(text) || done || others.some((w) => ASKING.has(w) && !FILLER.has(w));
    // "apa udah issued?": "apa" asks whether, with "udah".
    const whether = (w: string) => ASKING.has(w) || (done && w === "apa");
    if (question && others.every((w) => whether(w) || FILLER.has(w) || PRONOUN.has(w) || w === code?.toLowerCase()) && !others.some((w) => /^(can|bisa|how|gimana|gmn|gmana|bagaimana)$/.test(w))) {
      return withCode({ kind: "status" as const });
    }
    // "jangan di issue dulu", "bayar besok ya", "issue nya apa?", "can I pay by transfer?": no request to pay.
    if (question || others.some((w) => NOT_NOW.has(w)) || !plain(ord)) return undefined;
    return has(ISSUE) || code ? withOrdinal(withCode({ kind: "issue" as const })) : undefined;
  }
  if (has(PAY)) return undefined;
  if (has(TICKET) || has(SHARED_TICKET)) return plain(ord) ? withOrdinal(withCode({ kind: "ticket" as const })) : undefined;
  if (has(BALANCE) && !code) return plain((w) => BALANCE_FILLER.has(w)) ? { kind: "balance" } : undefined;
  if (!code && lower.some((w) => CHECKING.has(w)) && lower.some((w) => FIRST.has(w)) && lower.every((w) => CHECKING.has(w) || FIRST.has(w) || ((FILLER.has(w) || FRIENDLY.has(w) || PRONOUN.has(w)) && !ASKS.has(w)))) return undefined;
  if (has(STATUS) || has(SHARED_STATUS)) return plain((w) => statusFiller(w) || ord(w)) ? withOrdinal(withCode({ kind: "status" as const })) : undefined;
  // Only a code with words around it ("kode booking ABC123", "ABC123 gmn?"): its status, as the code alone.
  if (code) return withCode({ kind: "status" as const });
  if (has(THANKS) && lower.every((w) => THANKS.has(w) || FRIENDLY.has(w))) return { kind: "thanks" };
  if (lower.every((w) => ANSWER.has(w) || FRIENDLY.has(w))) return { kind: "answer" };
  return undefined;
}
