import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { InlineKeyboard } from "grammy";
import type { FlightOffer } from "../../../domain/flight.js";
import { readResultsRequest, type ResultsRequest } from "../../../domain/results-request.js";
import { airlinesIn, applyView, type ListView } from "../../../domain/offer-list.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import { escapeHtml } from "../../../presenters/html.js";
import { flightLabel, partyText, providerName, shortDate } from "../../../presenters/format.js";
import { cb } from "./callback-data.js";
import { customerCardData } from "../../../presenters/customer-card-data.js";
import { calendarButtonData } from "../fare-calendar/callback-data.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

const TIMES = ["morning", "afternoon", "evening", "night"] as const;

/**
 * The results message: a header and one button per flight, with paging, sort and filters, and the
 * day before / after (the day before only when it hasn't passed: `today` is the local date).
 */
export function renderResults(t: T, locale: string, sid: string, entry: SearchEntry, view: ListView, airlineMenu = false, today?: string, soldOut: ReadonlySet<number> = new Set()) {
  const { items, page, pages, total } = applyView(entry.offers, view);
  const q = entry.query;
  const lines = [
    t("results-header", { from: q.from, to: q.to, date: escapeHtml(shortDate(q.date, locale, today)), party: partyText(t, q.pax) }),
    t("results-count", { shown: total, all: entry.offers.length }),
  ];
  if (view.airline || view.time) {
    const airline = entry.offers.find((o) => o.airlineCode === view.airline)?.airlineName ?? "";
    lines.push(t("results-filtered", { airline: airline ? escapeHtml(airline) : t("results-all-airlines"), time: view.time ? t(`time-${view.time}`) : t("results-any-time") }));
  }
  if (total === 0) lines.push(t("results-empty-filter"));
  // Flights found sold out when picked from this list: marked on it (kept in place, so every number and
  // button still means the same flight), so the list doesn't offer one again as if it could be had.
  if (soldOut.size > 0) {
    const codes = [...soldOut].map((i) => entry.offers[i]?.flightCode).filter(Boolean).join(", ");
    lines.push(t("results-sold-out-marked", { flights: escapeHtml(codes), pax: q.pax.adult + q.pax.child + q.pax.infant }));
  }
  // A provider failed while another answered, or answered for some airlines only (its flights are
  // listed): either way the cheapest shown may not be the cheapest there is.
  if (entry.missing) {
    const some = entry.missing.filter((p) => entry.offers.some((o) => o.provider === p));
    const none = entry.missing.filter((p) => !some.includes(p));
    if (none.length > 0) lines.push(t("results-partial", { missing: none.map(providerName).join(", ") }));
    const lacking = entry.lacking ?? [];
    if (some.length > 0 && lacking.length > 0) lines.push(t("results-partial-named", { missing: some.map(providerName).join(", "), airlines: escapeHtml(lacking.join(", ")) }));
    else if (some.length > 0) lines.push(t("results-partial-airlines", { missing: some.map(providerName).join(", ") }));
  }
  const kb = new InlineKeyboard();
  if (airlineMenu) {
    kb.text(t("results-all-airlines"), cb.results(sid, "a:all")).row();
    airlinesIn(entry.offers).slice(0, 12).forEach((a, i) => {
      kb.text(a.name, cb.results(sid, `a:${a.code}`));
      if (i % 2 === 1) kb.row();
    });
    kb.row().text(t("results-back"), cb.results(sid, "back"));
    return { text: lines.join("\n"), keyboard: kb };
  }
  // With both providers each flight says where it comes from (identical flights were merged, cheaper kept).
  const sources = new Set(entry.offers.map((o) => o.provider)).size > 1;
  for (const offer of items) {
    const index = entry.offers.indexOf(offer);
    kb.text(offerButtonLabel(t, offer, sources, soldOut.has(index)), cb.results(sid, `o:${index}`)).row();
  }
  if (pages > 1) {
    kb.text(page > 0 ? "◀" : " ", page > 0 ? cb.results(sid, `p:${page - 1}`) : "c:noop")
      .text(`${page + 1}/${pages}`, "c:noop")
      .text(page < pages - 1 ? "▶" : " ", page < pages - 1 ? cb.results(sid, `p:${page + 1}`) : "c:noop")
      .row();
  }
  const nextSort = view.sort === "price" ? "departure" : "price";
  const nextTime = view.time ? (TIMES[TIMES.indexOf(view.time) + 1] ?? "all") : "morning";
  kb.text(t(`results-sort-${nextSort}`), cb.results(sid, `s:${nextSort}`))
    .text(t(`results-time-${nextTime}`), cb.results(sid, `t:${nextTime}`))
    .text(t("results-airline"), cb.results(sid, "am"))
    .row();
  // Selling tools (issue 14), answered outside the conversation: the customer card and the fare calendar.
  kb.text(t("cust-button"), customerCardData.results(sid)).text(t("farecal-button"), calendarButtonData(sid)).row();
  const day = (delta: number) => shortDate(format(addDays(parseISO(q.date), delta), "yyyy-MM-dd"), locale, today);
  if (!today || q.date > today) kb.text(t("nav-prev-day", { date: day(-1) }), cb.results(sid, "d:-1"));
  kb.text(t("nav-next-day", { date: day(1) }), cb.results(sid, "d:1"));
  if (entry.missing) kb.row().text(t("results-search-again"), cb.results(sid, "d:0"));
  return { text: lines.join("\n"), keyboard: kb };
}

/** A flight's button on the list (also under a typed request's answer): its source with both providers, a mark when found sold out. */
export function offerButtonLabel(t: T, offer: FlightOffer, sources: boolean, soldOut: boolean): string {
  const label = sources ? `${flightLabel(offer, t)} · ${offer.provider === "tiket" ? "tiket" : "MMBC"}` : flightLabel(offer, t);
  return soldOut ? t("results-sold-out-button", { label }) : label;
}

/** A flight's number typed alone ("9", "no 9", "#9"), as the list's buttons show it. */
export function typedNumber(text: string): number | undefined {
  const m = /^\s*(?:no\.?|nomor|number|#)?\s*(\d{1,3})\s*\.?\s*$/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The picks chatter can't be taken for: a flight's number on this page typed alone ("3", "no 3") or its
 * code ("JT-690", "jt690"). All a privacy-off group's unreplied message picks with.
 */
export function pickStrict(text: string, entry: SearchEntry, view: ListView): number | undefined {
  const n = typedNumber(text);
  if (n !== undefined) {
    const offer = applyView(entry.offers, view).items[n - 1];
    return offer ? entry.offers.indexOf(offer) : undefined;
  }
  const norm = (code: string) => code.toUpperCase().replace(/[-\s]/g, "");
  const found = entry.offers.findIndex((o: FlightOffer) => norm(o.flightCode) === norm(text.trim()));
  return found >= 0 ? found : undefined;
}

/**
 * Typed picks at the results step: a flight code ("JT-690", "jt690"), its place among the buttons on
 * this page ("2", "no 2", "yg kedua", "the 2nd one"), the cheapest of the list as filtered ("yg paling
 * murah", "cheapest one pls"; flights found sold out passed over), or an airline with one flight
 * on it ("garuda aja"). Used by the list and by a booking waiting for another flight (kept passengers).
 */
export function pickTyped(text: string, entry: SearchEntry, view: ListView, soldOut: ReadonlySet<number> = new Set()): number | undefined {
  if (typedNumber(text) !== undefined) return pickStrict(text, entry, view);
  const found = pickStrict(text, entry, view);
  if (found !== undefined) return found;
  const request = readResultsRequest(text, { airlines: airlinesIn(entry.offers) });
  return request && pickOf(request, entry, view, soldOut);
}

/** The flight a request names, if it names one: a place on the page, the cheapest, an airline's only flight. */
export function pickOf(request: ResultsRequest, entry: SearchEntry, view: ListView, soldOut: ReadonlySet<number> = new Set()): number | undefined {
  if (request.kind === "place") {
    const { items } = applyView(entry.offers, view);
    const offer = request.place === "last" ? items.at(-1) : items[request.place - 1];
    return offer ? entry.offers.indexOf(offer) : undefined;
  }
  if (request.kind !== "filter" || request.direct || request.airline === "all" || request.time === "all") return undefined;
  const filtered = typedView(entry, view, request).all.filter((o) => !soldOut.has(entry.offers.indexOf(o)));
  if (request.cheapest) {
    const cheapest = [...filtered].sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt))[0];
    return cheapest ? entry.offers.indexOf(cheapest) : undefined;
  }
  // An airline with one flight on the list: that flight ("garuda aja" when Garuda flies once).
  if (request.airline && !request.time) {
    const ofAirline = entry.offers.filter((o) => o.airlineCode === request.airline);
    return ofAirline.length === 1 ? entry.offers.indexOf(ofAirline[0]!) : undefined;
  }
  return undefined;
}

/**
 * The list's view with a typed filter request applied ("lion", "pagi", "semua jam"): page 0, the rest
 * of the view kept, except a filter that would leave nothing with the newly typed one (a typed airline
 * clears the time filter that has none of its flights, and the other way round).
 */
export function typedView(entry: SearchEntry, view: ListView, request: Extract<ResultsRequest, { kind: "filter" }>) {
  const next: ListView = { ...view, page: 0 };
  if (request.airline) next.airline = request.airline === "all" ? undefined : request.airline;
  if (request.time) next.time = request.time === "all" ? undefined : request.time;
  if (request.airline && request.airline !== "all" && !request.time && applyView(entry.offers, next).total === 0) next.time = undefined;
  if (request.time && request.time !== "all" && !request.airline && applyView(entry.offers, next).total === 0) next.airline = undefined;
  return { view: next, ...applyView(entry.offers, next) };
}
