import { TZDate } from "@date-fns/tz";
import { statusTextCut } from "../../domain/provider-status-text.js";
import { airportZone, landsNextDay } from "../../domain/airport-zones.js";
import { dayInZone, isoInZone, zonedInstant } from "../../domain/zoned-time.js";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { z } from "zod";
import { readRupiahText } from "./wire-money.js";

/**
 * MMBC writes money as "350000", "385,000" or a bare number (0); Indonesian systems also write
 * "440.000". All of it is integer rupiah (see wire-money.ts for what text is read and what is refused).
 * An empty string is refused too: no amount in the spec may be empty, and 0 would be a guess.
 */
export const rupiah = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const amount = typeof v === "number" ? (Number.isSafeInteger(v) && v >= 0 ? v : undefined) : readRupiahText(v);
  if (amount !== undefined) return amount;
  ctx.addIssue({ code: "custom", message: `not an amount: ${JSON.stringify(v).slice(0, 40)}` });
  return z.NEVER;
});

/** Counts arrive as "7" or 7. */
export const count = z.union([z.number().int(), z.string().trim().regex(/^\d+$/).transform(Number)]);

export const trimmed = z.string().transform((s) => s.trim());

/** A booking's status as MMBC writes it: undocumented values are kept as text, so any length is cut here (statusTextCut). */
export const statusText = z.string().transform(statusTextCut);

/** Optional text that may be null, missing, "" or "-": all mean "nothing". */
export const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const s = String(v).trim();
    return s === "" || s === "-" ? undefined : s;
  });

/** Text that may be null, missing or a number: null and missing read as "". */
export const textOrEmpty = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? "" : String(v).trim()));

/** "Nonstop" → 0, "1 Transit" → 1. */
export const stops = z.string().transform((s, ctx) => {
  const t = s.trim().toLowerCase();
  if (t === "nonstop" || t === "direct" || t === "langsung") return 0;
  const m = /^(\d+)\s*transit/.exec(t);
  if (m) return Number(m[1]);
  ctx.addIssue({ code: "custom", message: `unknown transit value: ${s}` });
  return z.NEVER;
});

/** "08:45 - 10:00" (also "8:45-10:00") → ["08:45", "10:00"]. */
export const timeRange = z.string().transform((s, ctx) => {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*$/.exec(s);
  if (!m) {
    ctx.addIssue({ code: "custom", message: `not a time range: ${s}` });
    return z.NEVER;
  }
  const hhmm = (h: string, mm: string) => `${h.padStart(2, "0")}:${mm}`;
  return [hhmm(m[1]!, m[2]!), hhmm(m[3]!, m[4]!)] as const;
});

/** Request dates are dd-mm-yyyy. */
export function toWireDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}-${m}-${y}`;
}

const DATE_FORMATS = ["yyyy-MM-dd", "dd-MM-yyyy", "d MMM yyyy HH:mm", "d MMM yyyy HH:mm:ss", "d MMM yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

/**
 * Parses any date form MMBC uses into an ISO instant in the given zone
 * (the wire has no zone; the spec's decision is the configured zone, Asia/Jakarta by default).
 */
export function parseWireDateTime(text: string, timeZone: string): string | undefined {
  // The longest form is "d MMM yyyy HH:mm:ss": anything much longer is not a date, and is not parsed.
  if (text.length > 64) return undefined;
  const s = englishMonths(text.trim().replace(/\s+/g, " "));
  const fields = commonWireFields(s);
  if (fields) {
    const [y, mo, d, h, mi, sec] = fields;
    return isoInZone(zonedInstant(y, mo + 1, d, h, mi, timeZone, sec), timeZone);
  }
  for (const f of DATE_FORMATS) {
    const d = parse(s, f, new TZDate(2000, 0, 1, timeZone));
    if (isValid(d)) return new TZDate(d, timeZone).toISOString();
  }
  return undefined;
}

/** MMBC's own clock (spec: WIB), whatever zone the bot shows times in or the machine runs in. */
const MMBC_CLOCK = "Asia/Jakarta";

/**
 * `flight_timelimit` ("24 Jan 2017 23:59"), the deadline to pay, as an instant written in `timeZone`.
 * MMBC prints it on its own clock, WIB (spec). `timeZone` is only the zone it is shown in: reading the
 * clock there would put a bot shown in WITA or WIT one or two hours early on every reminder and "expired".
 * The seed gives the deadline no zone, so the departure airport's clock is read too (a DPS flight's
 * "23:59" WITA is 22:59 WIB, a DJJ one's WIT is 21:59 WIB) and the EARLIER instant is kept: reminders and
 * "expired" never come after the airline's deadline under either reading, and the instant is the same
 * whatever the display zone.
 */
export function parseWireTimelimit(text: string, from: string, timeZone: string): string | undefined {
  const zones = new Set([MMBC_CLOCK, airportZone(from)].filter((z): z is string => z !== undefined));
  const instants = [...zones].map((z) => parseWireDateTime(text, z)).filter((t): t is string => t !== undefined);
  if (instants.length === 0) return undefined;
  return isoInZone(Math.min(...instants.map((t) => Date.parse(t))), timeZone);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Month names as MMBC may print them in `flight_departure` / `flight_timelimit` ("20 Mar 2017 08:15"):
 * the seed shows only "Mar" and "Jan", which read the same in English and Indonesian, and never says
 * which language. So both are read, any case, with or without a full stop: English names and
 * abbreviations, and Indonesian ones (Mei, Agu/Ags/Agt, Okt, Des, Januari…Desember, old spellings
 * Pebruari and Nopember). Each maps to its month's English abbreviation, which every parser below takes.
 */
const MONTH_NAMES: Record<string, string> = Object.fromEntries(
  ([
    ["jan", ["jan", "january", "januari"]],
    ["feb", ["feb", "february", "februari", "pebruari", "peb"]],
    ["mar", ["mar", "march", "maret"]],
    ["apr", ["apr", "april"]],
    ["may", ["may", "mei"]],
    ["jun", ["jun", "june", "juni"]],
    ["jul", ["jul", "july", "juli"]],
    ["aug", ["aug", "august", "agu", "ags", "agt", "agus", "agustus"]],
    ["sep", ["sep", "sept", "september"]],
    ["oct", ["oct", "october", "okt", "oktober"]],
    ["nov", ["nov", "november", "nop", "nopember"]],
    ["dec", ["dec", "december", "des", "desember"]],
  ] as const).flatMap(([en, names]) => names.map((n) => [n, en])),
);

/** "20 Mei 2017 08:15" → "20 May 2017 08:15", "24 Desember 2016" → "24 Dec 2016"; other text as it is. */
export function englishMonths(s: string): string {
  return s.replace(/(^|[\s-])([A-Za-z]{3,9})\.?(?=[\s-]|$)/, (whole, before: string, name: string) => {
    const en = MONTH_NAMES[name.toLowerCase()];
    return en === undefined ? whole : `${before}${en.charAt(0).toUpperCase()}${en.slice(1)}`;
  });
}

const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;
// The request's own form ("24-01-2027"), also with a time, and Indonesian slashes ("24/01/2027 23:59"):
// day first, as the request writes it.
const DMY_FORM = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?: (\d{2})[:.](\d{2})(?::(\d{2}))?)?$/;
const NAMED_FORM = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The forms MMBC really sends, read without date-fns' parse: every parse attempt on a zoned date
 * asks Intl for the zone's offset a dozen times, and a booking's dates were a visible share of the
 * bot's CPU. Anything unusual (one-digit months, impossible days, years before 1900) returns
 * undefined and goes through the full parser, so both paths agree wherever this one answers.
 */
function commonWireFields(s: string): [number, number, number, number, number, number] | undefined {
  let m = ISO_FORM.exec(s);
  let y: number, mo: number, d: number, rest: (string | undefined)[];
  if (m) [y, mo, d, rest] = [+m[1]!, +m[2]! - 1, +m[3]!, m.slice(4)];
  else if ((m = DMY_FORM.exec(s))) [y, mo, d, rest] = [+m[3]!, +m[2]! - 1, +m[1]!, m.slice(4)];
  else if ((m = NAMED_FORM.exec(s))) [y, mo, d, rest] = [+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()), +m[1]!, m.slice(4)];
  else return undefined;
  const [h, mi, sec] = [Number(rest[0] ?? 0), Number(rest[1] ?? 0), Number(rest[2] ?? 0)];
  const daysInMonth = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  if (y < 1900 || mo < 0 || mo > 11 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec > 59) return undefined;
  return [y, mo, d, h, mi, sec];
}

export const wireDateTime = (timeZone: string) =>
  z.string().transform((s, ctx) => {
    const iso = parseWireDateTime(s, timeZone);
    if (iso) return iso;
    ctx.addIssue({ code: "custom", message: `not a date: ${s}` });
    return z.NEVER;
  });

/**
 * Instants of a flight from its local date and "hh:mm - hh:mm" (printed clocks, kept in the bot's zone).
 * An arrival earlier than the departure lands after midnight, the next day, unless the clocks' own
 * airports say otherwise (DPS 07:35 WITA → SUB 07:25 WIB lands 50 minutes later, the same day).
 */
export function flightInstants(date: string, range: readonly [string, string], timeZone: string, route: { from: string; to: string }) {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const at = (hhmm: string, days: number) => {
    const [h, mi] = hhmm.split(":").map(Number) as [number, number];
    return isoInZone(zonedInstant(y, m, d + days, h, mi, timeZone), timeZone);
  };
  return { departsAt: at(range[0], 0), arrivesAt: at(range[1], landsNextDay(route, date, range[0], range[1], timeZone) ? 1 : 0) };
}

/** Local yyyy-mm-dd of an instant in a zone. */
export function localDate(iso: string, timeZone: string): string {
  return dayInZone(Date.parse(iso), timeZone);
}

/** A real answer is a line ("link download etiket https://…pdf"); only this much of one is read. */
const MAX_SENTENCE = 4096;
/** Longer is not a link (the download refuses it too). */
const MAX_URL = 2048;

/**
 * The e-ticket answer hides the link inside a sentence: "link download etiket https://…pdf".
 * Linear in the text: the first http(s) token, then trailing sentence punctuation dropped by a loop.
 * (`/[.,;)]+$/` did that before, and retried from every punctuation mark: quadratic, over a second on
 * 32 k dots, minutes on a megabyte.) A link cut off by the length cap, or too long, is no link.
 */
export function extractUrl(sentence: string): string | undefined {
  const text = sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE) : sentence;
  const m = /https?:\/\/\S+/i.exec(text);
  if (!m) return undefined;
  if (m.index + m[0].length === text.length && text.length < sentence.length && !/^\s/.test(sentence.charAt(text.length))) return undefined;
  let end = m[0].length;
  while (end > 0 && ".,;)".includes(m[0].charAt(end - 1))) end -= 1;
  return end > 0 && end <= MAX_URL ? m[0].slice(0, end) : undefined;
}

/** "123|456" → ["123","456"]; "Confirm" or empty → [] (AirAsia and Citilink have no numbers). */
export function splitTicketNumbers(raw: unknown): string[] {
  if (typeof raw !== "string" && typeof raw !== "number") return [];
  return String(raw)
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "" && !/^confirm(ed)?$/i.test(s));
}

/** JSON fields that arrive either as a JSON string holding JSON, or already parsed. */
export function jsonInJson<T extends z.ZodType>(schema: T) {
  return z.union([z.string(), z.unknown()]).transform((v, ctx): z.output<T> => {
    let value: unknown = v;
    if (typeof v === "string") {
      try {
        value = v.trim() === "" ? undefined : JSON.parse(v);
      } catch {
        ctx.addIssue({ code: "custom", message: "embedded JSON does not parse" });
        return z.NEVER;
      }
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: `embedded JSON: ${parsed.error.message}` });
    return z.NEVER;
  });
}
