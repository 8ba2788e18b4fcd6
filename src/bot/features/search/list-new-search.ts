import { readTypedRequest } from "../../../domain/typed-request.js";
import { typedFlightCode } from "../../../domain/typed-flight-code.js";
import { airlinesIn } from "../../../domain/offer-list.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import type { BotContext } from "../../context.js";
import { parseQuickForm } from "./quick-form.js";

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
