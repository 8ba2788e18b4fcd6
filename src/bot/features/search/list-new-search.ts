import { readTypedRequest } from "../../../domain/typed-request.js";
import { typedFlightCode } from "../../../domain/typed-flight-code.js";
import { airlinesIn } from "../../../domain/offer-list.js";
import { AIRLINE_WORDS } from "../../../domain/results-request.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import type { FlightOffer } from "../../../domain/flight.js";
import type { BotContext } from "../../context.js";
import { parseQuickForm, type QuickForm } from "./quick-form.js";
import { routeChangeAtList } from "../../../domain/list-route-change.js";
import { withoutQuestionWords } from "../../../domain/route-filter-question.js";

/**
 * A whole new search typed at a list ("cgk sub 21/12 1", "sub to kno next friday"), read as with no list open
 * (typed-request.ts): the line `/cari` is to read. Only when it names both places and a date or a party, so
 * what the list reads itself (a day, a party, an airline, "sub kno" without either) never replaces it.
 */
export function newSearchAtList(text: string): string | undefined {
  const request = readTypedRequest(text);
  if (request?.kind !== "search") return undefined;
  const form = parseQuickForm(request.text);
  return form.origin && form.destination && (form.date || form.pax || form.countsOrDate) ? request.text : undefined;
}

/**
 * A flight code typed alone that names no flight of this list ("QG 625", one of an earlier list): said so with
 * the list's route and day, the list staying. Undefined when the text is no flight code.
 */
export function codeNotOnList(ctx: BotContext, entry: SearchEntry, text: string, today: string): string | undefined {
  const code = typedFlightCode(text, airlinesIn(entry.offers).map((a) => a.code));
  if (!code) return undefined;
  const { from, to, date } = entry.query;
  return ctx.t("results-code-absent", { code: escapeHtml(code), from, to, date: escapeHtml(shortDate(date, localeOf(ctx), today)) });
}

/**
 * Another route typed at a list ("ke lombok aja", "to lombok instead", "dari sub", "bukan bali, lombok",
 * "sub kno"): the line `/cari` is to read, with the list's other side, day and party where none was typed
 * ("ke lombok tgl 10" takes the 10th). The places go as typed, so the search resolves them as /cari would
 * ("which Jakarta airport?"). The list's filters typed with it ("lion aja ke DPS", "garuda pagi ke bali",
 * "any garuda to bali?") go with it: the new list opens filtered to them, as with /cari (an airline it has no
 * flight of is said so, all its flights shown: results-step.ts `showResults`). Undefined when the line says
 * anything besides a date, party, time of day, airline or direct flights.
 */
export function routeChangeLine(text: string, entry: SearchEntry): string | undefined {
  const { from, to, date, pax } = entry.query;
  const change = routeChangeAtList(text, { from, to });
  if (!change) return undefined;
  const rest = change.rest ? restRead(change.rest) : {};
  if (rest.origin || rest.destination || rest.unread || rest.countsOrDate || rest.tooLong || rest.roundTrip) return undefined;
  const [y, m, d] = date.split("-");
  const party = `${pax.adult} adult ${pax.child} child ${pax.infant} infant`;
  // The filters in words the search line reads, never the rest as typed: a date in it would be read twice, the
  // second time as a return ("ke lombok tgl 12 pagi" said "search the return on the 12th separately").
  const filters = [rest.airline && airlineWord(rest.airline), rest.time, rest.direct ? "direct" : undefined];
  return [change.from ?? from, change.to ?? to, rest.date ?? `${d}-${m}-${y}`, rest.pax ?? party, ...filters].filter(Boolean).join(" ");
}

/**
 * An airline code typed in capitals ("GA ke lombok") as the name agents call it ("garuda"): the list's reader
 * takes "ga" alone for chat's "no", so the new list would open unfiltered. Names and other codes as typed.
 */
function airlineWord(typed: string): string {
  if (!/^[A-Z0-9]{2}$/.test(typed)) return typed;
  return Object.keys(AIRLINE_WORDS).find((word) => AIRLINE_WORDS[word]![0] === typed) ?? typed;
}

/**
 * The words typed with the route, read as a search line. With a filter among them (an airline, a time of day,
 * direct flights) the words that only ask go ("ada", "any", "is there": route-filter-question.ts): the
 * question is answered by the filtered list. Without one they stay, so "ada ke lombok?" is no search.
 */
function restRead(typed: string): QuickForm {
  const asked = parseQuickForm(withoutQuestionWords(typed));
  return asked.airline !== undefined || asked.time !== undefined || asked.direct ? asked : parseQuickForm(typed);
}

/** Each flight's baggage on the page shown, by its number there: what "bagasi brp kg?" at a list asks. */
export function pageBaggage(ctx: BotContext, page: readonly FlightOffer[]): string {
  const lines = page.map((o, i) => `${i + 1}. ${escapeHtml(o.flightCode)} · ${o.baggage ? escapeHtml(o.baggage) : ctx.t("results-baggage-unlisted")}`);
  return `${ctx.t("results-baggage")}\n${lines.join("\n")}`;
}
