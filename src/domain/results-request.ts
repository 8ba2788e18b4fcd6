import { airlineDisplayName } from "./airline-names.js";
import { afterChatLead } from "./change-lead.js";
import type { TimeOfDay } from "./flight.js";
import type { PaxCount } from "./passenger.js";
import { isPaxTypeWord, parsePax } from "./pax-parse.js";
import { PAGE_SIZE } from "./offer-list.js";
import { parseTravelDate } from "./travel-date.js";
import { returnRequest } from "./results-return.js";
import { HONORIFICS, PERIODS, TIME_MARKERS, timeAt } from "./results-time.js";
import { COUNT_LEADS, FILLERS, isCancelWords, NUMBER_WORDS, withoutFillers, words } from "./results-words.js";

/**
 * What an agent types at a results list besides a flight's number or code (those the list reads itself):
 * a flight by its place ("yg kedua", "the 2nd one"), the cheapest, an airline, a time of day, direct
 * flights only, another page, another date or party, or cancel. Read strictly: every word must be
 * understood (chat particles such as "yg", "aja", "dong", "pls" aside), so a question ("harga brp?",
 * "berangkat jam brp") is never taken for a request.
 */
export type ResultsRequest =
  | { kind: "cancel" }
  /** `add`: the party typed joins the list's own ("+ bayi", "tambah 1 anak", "1 anak"). */
  | { kind: "party"; pax: PaxCount; add?: true }
  /** The list's own sort: "paling pagi", "earliest" (the "↕ Paling pagi" button). */
  | { kind: "sort"; sort: "departure" }
  | { kind: "page"; to: "next" | "previous" | number }
  /** A place among the flights on the page, from the top (1 = first). */
  | { kind: "place"; place: number | "last" }
  /**
   * Filters of the list ("all" clears one); `cheapest`: the cheapest flight they leave; `direct`: only
   * flights without a stop; `transit`: only flights with one.
   */
  | { kind: "filter"; airline?: string; time?: TimeOfDay | "all"; direct?: true; transit?: true; cheapest?: true }
  /** An airline named that has no flight on this list (its display name). */
  | { kind: "airline-absent"; name: string }
  /** `time`: a time of day typed after the date ("besok pagi", "tgl 26 jam 7"): the new list opens filtered to it. */
  | { kind: "date"; date: string; time?: TimeOfDay }
  /**
   * A return asked for in passing ("pulang tgl 28", "return on the 28th", "pp"): only one way is searched, so
   * it is said to be a second search, the list staying. `date`: the return's day when one was typed and reads.
   */
  | { kind: "return"; date?: string };

export interface ResultsContext {
  /** The airlines on the list, as the list's airline filter offers them. */
  airlines: readonly { code: string; name: string }[];
  /** Today's local date: without it no date is read (a flight pick only needs the rest). */
  today?: string;
}

/** Direct flights: "langsung", "direct", "nonstop", "tanpa transit", "gk transit". */
const DIRECT = /(?:^|\s)(?:langsung|direct|nonstop|non-stop|non\s+stop|(?:tanpa|tnp|gk|gak|ga|g|nggak|ngga|tidak|tdk|no|without|bukan|jangan|jgn)\s+(?:(?:usah|perlu|mau|pake|pakai|need)\s+)?(?:transit|stops?))(?=\s|$)/g;
/** Whether the whole phrase asks for direct flights ("langsung", "non-stop", "tanpa transit"), as the list reads it. */
export function isDirectPhrase(phrase: string): boolean {
  const padded = ` ${phrase.toLowerCase()} `;
  const hit = padded.trim() !== "" && padded.replace(DIRECT, " ").trim() === "";
  DIRECT.lastIndex = 0;
  return hit;
}
/** Flights with a stop: "yg transit", "transit aja", "with a stop". */
const TRANSIT = new Set(["transit", "stop", "stops", "connecting"]);

const NEXT = new Set(["next", "lanjut", "lanjutkan", "berikutnya", "selanjutnya", "brikutnya", "lg", "lagi", "lain", "lainnya", "more", "others", "other"]);
const PREVIOUS = new Set(["prev", "previous", "sebelumnya", "sblmnya"]);
const PAGE_WORDS = new Set(["hal", "halaman", "hlm", "page", "pg"]);

const ORDINALS: Record<string, number> = {
  pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};
const LAST = new Set(["terakhir", "last", "paling bawah"]);
/** Words that say a number names a flight on the page ("yg 2", "the 2nd one", "ambil 3"), not a day. */
const PICK_MARKERS = new Set(["yg", "yang", "ambil", "pilih", "one", "take", "pick", "book", "pesan", "pesen", "no", "nomor", "nmr", "number", "flight", "penerbangan", "option"]);

export const CHEAPEST = new Set(["termurah", "murah", "murmer", "cheapest", "cheap", "cheaper", "lowest", "terendah", "hemat"]);
const ALL = new Set(["semua", "all", "any", "reset", "hapus", "clear", "semuanya"]);

/** Words that add to the list's party: "+ bayi", "tambah 1 anak", "sama bayi 1". */
const ADD_WORDS = new Set(["tambah", "tmbh", "tambahin", "nambah", "ditambah", "plus", "add", "sama", "ama", "+"]);
/** "paling pagi", "earliest": the list's own earliest-first sort. */
const EARLIEST = new Set(["terpagi", "earliest", "awal", "paling awal"]);

/** Airlines as agents call them, by IATA code; names of airlines on the list are read from the list too. */
export const AIRLINE_WORDS: Record<string, string[]> = {
  lion: ["JT"], batik: ["ID"], wings: ["IW"], superjet: ["IU"], saj: ["IU"], citilink: ["QG"], citi: ["QG"], garuda: ["GA"], gia: ["GA"],
  sriwijaya: ["SJ"], sriwi: ["SJ"], nam: ["IN"], airasia: ["QZ", "AK"], asia: ["QZ", "AK"], transnusa: ["8B"], pelita: ["IP"],
  trigana: ["IL"], xpress: ["XN"], scoot: ["TR"], jetstar: ["JQ", "3K"], emirates: ["EK"], qatar: ["QR"], saudia: ["SV"], turkish: ["TK"],
};
/** Two-letter airline codes that are words in small letters ("ga" = no, "in", "id", "at"): a code only in capitals. */
const CODE_WORDS = new Set(["ga", "in", "id", "at", "to", "go", "no", "ok", "ya", "yg", "dr", "ke", "di", "my", "me", "am", "pm", "an", "tr", "pk", "jd"]);
/** Words of an airline's name that don't tell airlines apart. */
const GENERIC_NAME_WORDS = new Set(["air", "airlines", "airline", "airways", "indonesia", "the", "jet", "super"]);


/** An airline named by `word`: the codes on the list it names, or the name of one it names that isn't there. */
function airlineOf(word: string, original: string, ctx: ResultsContext): { codes: string[]; absent?: string } | undefined {
  const onList = ctx.airlines.map((a) => a.code);
  // "JT aja", "GA": a code typed in capitals, when one of the list's airlines has it; "jt aja", "yg qg" in small
  // letters too, but for the ones that are everyday words ("ga" no, "in", "id"... see CODE_WORDS).
  if (/^[A-Z0-9]{2}$/.test(original) && onList.includes(original)) return { codes: [original] };
  if (/^[a-z0-9]{2}$/.test(word) && !CODE_WORDS.has(word) && onList.includes(word.toUpperCase())) return { codes: [word.toUpperCase()] };
  const byName = ctx.airlines.filter((a) => words(a.name).some((n) => !GENERIC_NAME_WORDS.has(n) && n.length > 2 && n === word)).map((a) => a.code);
  const known = Object.hasOwn(AIRLINE_WORDS, word) ? AIRLINE_WORDS[word]! : [];
  const codes = [...new Set([...byName, ...known.filter((c) => onList.includes(c))])];
  if (codes.length > 0) return { codes };
  if (known.length > 0) return { codes: [], absent: airlineDisplayName(known[0]!, word) };
  return undefined;
}

function placeOf(typed: readonly string[], marked: boolean): number | "last" | undefined {
  const ws = ["no", "nomor", "nmr", "number"].includes(typed[0] ?? "") ? typed.slice(1) : typed;
  const joined = ws.join(" ");
  if (LAST.has(joined)) return "last";
  if (ws.length === 1 && Object.hasOwn(ORDINALS, ws[0]!)) return ORDINALS[ws[0]!];
  // "ke 3", "ke-3", "ke3", "ke dua"
  const ke = /^ke[\s-]?(\d{1,2}|\p{L}+)$/u.exec(joined);
  if (ke) {
    const n = /^\d+$/.test(ke[1]!) ? Number(ke[1]) : NUMBER_WORDS[ke[1]!];
    if (n !== undefined && n > 0) return n;
  }
  if (ws.length !== 1) return undefined;
  // A number alone ("3 aja", "the 3rd", "2nd") is a flight on the page, as a bare "3" is: a day needs a
  // date word ("tgl 3", "3 des"). A number word only with a word saying a flight is meant ("nomor dua").
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(ws[0]!);
  // An ordinal past the page ("the 20th") is a day (read below), never a flight the page can't show.
  if (m && Number(m[1]) > 0 && !(m[2] && Number(m[1]) > PAGE_SIZE)) return Number(m[1]);
  return marked ? NUMBER_WORDS[ws[0]!] : undefined;
}

/**
 * A count said to be the party ("jadi 3", "untuk 3 ya", "for 3"): the count, else undefined. After a pick
 * word ("book", "pesan") only with its lead right before it: "book for 3" is the party, "book no 3" a flight.
 */
function countedParty(all: readonly string[], marked: boolean): number | undefined {
  if (!all.some((w) => COUNT_LEADS.has(w))) return undefined;
  const count = (w: string | undefined) => w !== undefined && (/^\d{1,2}$/.test(w) || NUMBER_WORDS[w] !== undefined);
  if (marked && !all.some((w, i) => COUNT_LEADS.has(w) && count(all[i + 1]))) return undefined;
  const rest = withoutFillers(all.filter((w) => !COUNT_LEADS.has(w)));
  if (rest.length !== 1) return undefined;
  const n = /^\d{1,2}$/.test(rest[0]!) ? Number(rest[0]) : NUMBER_WORDS[rest[0]!];
  return n !== undefined && n > 0 ? n : undefined;
}

/** Reads one request typed at a results list, or undefined when the words are not all understood. */
export function readResultsRequest(text: string, ctx: ResultsContext): ResultsRequest | undefined {
  // A return first: its date must never be read as another outbound date to search instead.
  return returnRequest(text, ctx) ?? readOne(text, ctx) ?? dateThenTime(text, ctx) ?? afterLead(text, ctx);
}

/**
 * A party or a date after chat that leads a correction ("no wait, 3 pax", "oops, 10 dec", "maaf tgl 10"):
 * only those, so "oops 3" picks no flight by the number after the lead.
 */
function afterLead(text: string, ctx: ResultsContext): ResultsRequest | undefined {
  const rest = afterChatLead(text);
  if (rest === undefined) return undefined;
  const r = readOne(rest, ctx) ?? dateThenTime(rest, ctx);
  return r?.kind === "party" || r?.kind === "date" ? r : undefined;
}

/**
 * Another date with a time of day after it ("besok pagi", "tgl 26 jam 7", "the 26th morning"): the
 * words before the time must read as a date on their own, and the time alone as the list's time filter.
 */
function dateThenTime(text: string, ctx: ResultsContext): ResultsRequest | undefined {
  if (!ctx.today || text.length > 80) return undefined;
  const typed = text.trim().replace(/[?!.]+$/, "").split(/\s+/);
  for (let k = typed.length - 1; k > 0; k--) {
    const tail = readOne(typed.slice(k).join(" "), ctx);
    if (tail?.kind !== "filter" || !tail.time || tail.time === "all" || Object.keys(tail).length !== 2) continue;
    const headText = typed.slice(0, k).join(" ");
    const head = readOne(headText, ctx);
    if (head?.kind === "date") return { ...head, time: tail.time };
    // With a time after it, a day alone is the day ("the 26th morning", "26th at 7pm"), never a flight's place.
    const day = head === undefined || head.kind === "place" ? parseTravelDate(headText, ctx.today) : undefined;
    if (day?.ok) return { kind: "date", date: day.date, time: tail.time };
  }
  return undefined;
}

/** An ordinal alone past the page's places ("the 20th", "20th"): a day, as no flight on the page has it. */
function pastThePage(typed: readonly string[]): boolean {
  const ws = typed.map((w) => w.toLowerCase()).filter((w) => w !== "the");
  const m = ws.length === 1 ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(ws[0]!) : null;
  return m !== null && Number(m[1]) > PAGE_SIZE;
}

function readOne(text: string, ctx: ResultsContext): ResultsRequest | undefined {
  if (text.length > 80) return undefined;
  const all = words(text);
  if (all.length === 0) return undefined;
  const originals = text.replace(/[^\p{L}\p{N}\s:.'-]/gu, " ").split(/\s+/).filter(Boolean);

  if (isCancelWords(text)) return { kind: "cancel" };

  // A party: "2 dws 1 ank", "jadi 3 org" (a count alone stays the flight of that number). One led by
  // "+", "tambah" or "sama", or without an adult ("1 anak"), joins the list's party.
  const partyWords = all.filter((w) => !FILLERS.has(w) || w === "dengan");
  const wholeParty = partyWords.length === 1 && /^(?:sendiri|sendirian|ber(?:dua|tiga|empat|lima|enam|tujuh|delapan))$/.test(partyWords[0]!);
  if (wholeParty || partyWords.some((w) => isPaxTypeWord(w))) {
    const plus = /^\s*\+/.test(text);
    const adding = plus || ADD_WORDS.has(partyWords[0]!) || (partyWords[0] === "dengan" && partyWords.length <= 3);
    const body = (adding && !plus ? partyWords.slice(1) : partyWords).filter((w) => !COUNT_LEADS.has(w));
    // "+ bayi", "sama anak": a type without its count is one of it.
    const counted = body.length === 1 && isPaxTypeWord(body[0]!) ? ["1", body[0]!] : body;
    const party = parsePax(counted.join(" "));
    const pax = party.ok ? party.pax : party.reason === "no_adult" ? party.pax : undefined;
    if (!pax) return undefined;
    if (!wholeParty && (adding || pax.adult === 0)) return { kind: "party", pax, add: true };
    return party.ok ? { kind: "party", pax } : undefined;
  }

  let joined = ` ${all.join(" ")} `;
  const direct = DIRECT.test(joined);
  DIRECT.lastIndex = 0;
  if (direct) joined = joined.replace(DIRECT, " ");
  const marked = all.some((w) => PICK_MARKERS.has(w));
  const rest = withoutFillers(joined.split(/\s+/).filter(Boolean));
  if (rest.length === 0) return direct ? { kind: "filter", direct: true } : undefined;

  // "pagi kak", "siang bu", "selamat malam": a greeting, never a time filter ("yg pagi", "pagi aja kak" are).
  const period = rest.some((w) => Object.hasOwn(PERIODS, w));
  if (all.includes("selamat") || (period && all.some((w) => HONORIFICS.has(w)) && !all.some((w) => TIME_MARKERS.has(w) || /\d/.test(w)))) return undefined;

  if (!direct) {
    if (rest.length === 1 && NEXT.has(rest[0]!)) return { kind: "page", to: "next" };
    if (rest.length === 2 && rest[0] === "next" && PAGE_WORDS.has(rest[1]!)) return { kind: "page", to: "next" };
    if (rest.length === 1 && PREVIOUS.has(rest[0]!)) return { kind: "page", to: "previous" };
    if (rest.length === 2 && PAGE_WORDS.has(rest[0]!)) {
      if (NEXT.has(rest[1]!)) return { kind: "page", to: "next" };
      if (PREVIOUS.has(rest[1]!)) return { kind: "page", to: "previous" };
      if (/^\d{1,2}$/.test(rest[1]!) && Number(rest[1]) > 0) return { kind: "page", to: Number(rest[1]) };
    }
    // "paling pagi", "earliest": the list's earliest-first sort ("paling malam" has none: the night filter).
    const most = all.some((w) => w === "paling" || w === "plg");
    if (rest.length === 1 && (EARLIEST.has(rest[0]!) || (most && rest[0] === "pagi"))) return { kind: "sort", sort: "departure" };
    const count = countedParty(all, marked);
    if (count !== undefined) return { kind: "party", pax: { adult: count, child: 0, infant: 0 } };
    const place = placeOf(rest, marked);
    if (place !== undefined) return { kind: "place", place };
  }

  // Filters, every word accounted for: "garuda aja", "yg jam 7", "lion pagi", "yg paling murah", "semua jam".
  const filter: Extract<ResultsRequest, { kind: "filter" }> = { kind: "filter", ...(direct && { direct: true as const }) };
  let absent: string | undefined;
  let understood = true;
  for (let i = 0; i < rest.length; ) {
    const w = rest[i]!;
    if (ALL.has(w) && (rest[i + 1] === "jam" || rest[i + 1] === "times" || rest[i + 1] === "time" || rest[i + 1] === "waktu")) {
      filter.time = "all";
      i += 2;
      continue;
    }
    if (ALL.has(w) && rest.length === 1) {
      // "semua maskapai" clears the airline only; "semua" alone every filter.
      const airlineOnly = all.some((x) => x === "maskapai" || x === "airline" || x === "airlines");
      Object.assign(filter, airlineOnly ? { airline: "all" } : { time: "all", airline: "all" });
      i += 1;
      continue;
    }
    const t = timeAt(rest, i);
    if (t.len > 0 && t.time) {
      if (filter.time && filter.time !== t.time) return undefined;
      filter.time = t.time;
      i += t.len;
      continue;
    }
    if (TRANSIT.has(w) && !direct) {
      filter.transit = true;
      i += 1;
      continue;
    }
    if (CHEAPEST.has(w)) {
      filter.cheapest = true;
      i += 1;
      continue;
    }
    const original = originals.find((o) => o.toLowerCase() === w) ?? w;
    const airline = airlineOf(w, original, ctx);
    if (airline && !filter.airline && airline.codes.length === 1) {
      filter.airline = airline.codes[0]!;
      i += 1;
      continue;
    }
    if (airline?.absent && !filter.airline) {
      absent = airline.absent;
      i += 1;
      continue;
    }
    understood = false;
    break;
  }
  if (understood && absent) return { kind: "airline-absent", name: absent };
  if (understood) return filter;

  if (direct || !ctx.today) return undefined;
  // Another date, said in passing: "ganti tgl 10", "tgl 10 aja", "bsk aja".
  // The typed words themselves first ("10/12", "30-12-2026"), then without the particles around them.
  const typed = text.trim().split(/\s+/).filter((w) => !FILLERS.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")));
  // A date at the list needs a date word ("tgl 3", "3 des", "3/12", "besok", "senin"): a number alone, or
  // after "untuk"/"the"/"ke", is a count or a flight ("jadi 3", "the 3rd"), never the day it could be.
  const dateWorded = typed.some((w) => {
    const x = w.toLowerCase().replace(/[^\p{L}\p{N}/.:-]/gu, "").replace(/[.:-]+$/, "");
    return x !== "" && !COUNT_LEADS.has(x) && x !== "the" && x !== "ke" && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(x);
  }) || pastThePage(typed);
  if (!dateWorded) return undefined;
  for (const phrase of [typed.join(" "), withoutFillers(all).join(" ")]) {
    const date = parseTravelDate(phrase, ctx.today);
    if (date.ok) return { kind: "date", date: date.date };
  }
  return undefined;
}
