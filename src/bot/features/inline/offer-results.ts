import { createHash } from "node:crypto";
import type { InlineQueryResultArticle } from "grammy/types";
import type { FlightOffer } from "../../../domain/flight.js";
import { customerFare, NO_MARKUP, type Markup } from "../../../domain/customer-price.js";
import { escapeHtml } from "../../../presenters/html.js";
import { flightLabel, flightTimes, longDate, money, shortDate } from "../../../presenters/format.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Telegram takes at most 50 results per answer; the rest come through `next_offset`. */
export const INLINE_PAGE_SIZE = 50;

/** Cheapest first, then earliest: a fixed order, so every page of one search continues the last. */
export function sortOffers(offers: readonly FlightOffer[]): FlightOffer[] {
  return [...offers].sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt) || a.flightCode.localeCompare(b.flightCode));
}

/** The slice an offset asks for. The offset is the start index we sent as `next_offset`; anything else reads as 0. */
export function pageOf<T>(items: readonly T[], offset: string, size = INLINE_PAGE_SIZE): { start: number; items: T[]; nextOffset: string } {
  const start = /^\d{1,5}$/.test(offset) ? Number(offset) : 0;
  const end = start + size;
  return { start, items: items.slice(start, end), nextOffset: end < items.length ? String(end) : "" };
}

/** Short, unique within the answer (the index) and stable for the same offer (the hash): always under 64 bytes. */
export function offerResultId(offer: FlightOffer, index: number): string {
  return `o${index}-${createHash("sha1").update(`${offer.provider}:${offer.ref}`).digest("base64url").slice(0, 16)}`;
}

/**
 * One flight as a shareable card: itinerary and the customer's price only. Offers carry no agent
 * figures (NTA, commission appear only on bookings), so nothing here can leak them. The price is the
 * adult fare with the sharer's markup, as on the ±3 days card and the 📤 customer card: a customer
 * shown the base fare next to either could work the agency's margin out. `assumed`: what the query was read
 * as without asking, first in the description; `markupNote`: which markup the price carries (or none), next.
 */
export function offerArticle(t: T, locale: string, offer: FlightOffer, index: number, cityOf: (code: string) => string, markup: Markup = NO_MARKUP, assumed?: string, markupNote?: string): InlineQueryResultArticle {
  const price = customerFare(offer.price, "adult", markup);
  const times = flightTimes(offer);
  // What the query was read as ("3 read as passengers") leads, then which markup the price carries, for the
  // agent only: the card sent has none of it.
  const description = [
    ...(assumed ? [assumed] : []),
    ...(markupNote ? [markupNote] : []),
    t("inline-offer-description", { airline: offer.airlineName, from: offer.from, to: offer.to, date: shortDate(offer.date, locale), times, stops: offer.stops }),
    ...(offer.baggage ? [t("inline-offer-baggage", { baggage: offer.baggage })] : []),
  ].join(" · ");
  const card = [
    t("inline-offer-card", {
      airline: escapeHtml(offer.airlineName), flight: escapeHtml(offer.flightCode),
      from: escapeHtml(offer.from), to: escapeHtml(offer.to), fromcity: escapeHtml(cityOf(offer.from)), tocity: escapeHtml(cityOf(offer.to)),
      date: escapeHtml(longDate(offer.date, locale)), times: escapeHtml(times), stops: offer.stops,
    }),
  ];
  if (offer.stops > 0 && offer.transitInfo) card.push(t("inline-offer-transit", { info: escapeHtml(offer.transitInfo.slice(0, 300)) }));
  if (offer.baggage) card.push(t("quote-baggage", { baggage: escapeHtml(offer.baggage) }));
  card.push(t("inline-offer-price", { price: money(price) }), t("inline-offer-note"));
  return {
    type: "article",
    id: offerResultId(offer, index),
    title: flightLabel({ ...offer, price }, t),
    description,
    input_message_content: { message_text: card.join("\n"), parse_mode: "HTML", link_preview_options: { is_disabled: true } },
    ...(offer.logoUrl?.startsWith("https://") ? { thumbnail_url: offer.logoUrl } : {}),
  };
}
