import type { FlightOffer, TimeOfDay } from "../../../domain/flight.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { plain } from "./choose-step.js";

/** The list asked back for a time of day ("yg pagi aja") or the cheaper flights ("yg lebih murah", "kok mahal"). */
export type ListWish = { time: TimeOfDay } | { cheaper: true };

/**
 * A line typed at the price card or the summary asking for other flights of the same list: a time of day
 * ("yg pagi aja", "ganti penerbangan yg pagi", "the morning one") or cheaper ones ("ada yg lebih murah?",
 * "yg lebih murah", "kok mahal", "anything cheaper?"), read with the list's own words where it has them.
 * An airline ("yg garuda aja") is read elsewhere (later-change.ts); a line naming one is no wish here.
 */
export function listWish(text: string): ListWish | undefined {
  const t = plain(text);
  if (t === "" || text.includes("\n")) return undefined;
  if (TOO_DEAR.test(t)) return { cheaper: true };
  const r = readResultsRequest(text.trim(), { airlines: [] });
  if (r?.kind !== "filter" || r.airline !== undefined || r.direct || r.transit) return undefined;
  if (r.time !== undefined && r.time !== "all" && !r.cheapest) return { time: r.time };
  return r.cheapest && r.time === undefined ? { cheaper: true } : undefined;
}

/**
 * At the list itself, "kok mahal" / "ada yg lbh murah?" / "anything cheaper?" ask for the list cheapest first
 * (said so), never to open its cheapest flight unasked: only "yg termurah" / "the cheapest" picks it.
 */
export function asksCheaperThanListed(text: string): boolean {
  const t = plain(text);
  if (t === "" || text.includes("\n")) return false;
  if (TOO_DEAR.test(t)) return true;
  const wish = listWish(text);
  return wish !== undefined && "cheaper" in wish && /(?:^|\s)(?:lebih|lbh|lebi|cheaper)(?:\s|$)/.test(t);
}

// "kok mahal", "mahal bgt", "kemahalan", "too expensive", "anything cheaper?": the price, said too high.
const TOO_DEAR = /^(?:(?:kok|wah|waduh|aduh|duh|hmm|kak|harganya|harga)\s+)*(?:mahal(?:\s+(?:banget|bgt|amat|sekali|ya|yah|kak|nih|deh))*|kemahalan|too expensive|(?:is\s+)?(?:anything|something|any) cheaper(?:\s+(?:one|flight|please|pls))*|(?:a\s+)?cheaper (?:one|flight)(?:\s+(?:please|pls))?)$/;

/** The flight on the card is the list's cheapest (by the search's prices): no cheaper one to show. */
export function cheapestOfList(offers: readonly FlightOffer[], flight: FlightOffer): boolean {
  const same = (o: FlightOffer) => o.flightCode === flight.flightCode && o.departsAt === flight.departsAt && o.provider === flight.provider;
  const listed = offers.find(same) ?? flight;
  return offers.every((o) => same(o) || o.price >= listed.price);
}
