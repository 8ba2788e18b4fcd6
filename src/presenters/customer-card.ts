import type { CustomerCard } from "../domain/customer-card.js";
import { deadline, flightTimes, longDate, money } from "./format.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface CardRow {
  label: string;
  value: string;
  strong?: boolean;
}

export interface CardFlightView {
  /** "Pilihan 1" on a comparison card. */
  option?: string;
  route: string;
  date: string;
  flight: string;
  baggage?: string;
  prices: CardRow[];
}

/**
 * Everything a customer card says, as plain strings: the text message and the image are both drawn
 * from this one view, so what the customer reads in WhatsApp and on the picture can't disagree.
 */
export interface CardView {
  title: string;
  flights: CardFlightView[];
  booking: CardRow[];
  passengers: string[];
  notes: string[];
  agency: { name?: string; contact?: string };
}

function flightView(t: T, locale: string, card: CustomerCard, i: number): CardFlightView {
  const f = card.flights[i]!;
  const stops = f.stops > 0 ? t("cust-stops", { stops: f.stops }) : t("cust-direct");
  const prices: CardRow[] = f.price.lines.map((l) => ({
    label: t(`cust-pax-${l.type}`, { count: l.count }),
    value: l.count > 1 ? `${l.count} × ${money(l.each)} = ${money(l.subtotal)}` : money(l.each),
  }));
  if (f.price.total !== undefined) prices.push({ label: t("cust-total"), value: money(f.price.total), strong: true });
  return {
    option: card.flights.length > 1 ? t("cust-option", { n: i + 1 }) : undefined,
    route: `${f.from} – ${f.to}`,
    date: longDate(f.date, locale),
    flight: `${f.airlineName} ${f.flightCode} · ${flightTimes(f)} · ${stops}`,
    baggage: f.baggage ? t("cust-baggage", { baggage: f.baggage }) : undefined,
    prices,
  };
}

export function customerCardView(t: T, locale: string, timeZone: string, card: CustomerCard): CardView {
  const b = card.booking;
  const title = b?.issued ? t("cust-title-issued") : b ? t("cust-title-booked") : card.flights.length > 1 ? t("cust-title-compare") : t("cust-title-offer");
  const booking: CardRow[] = [];
  if (b) {
    booking.push({ label: t("cust-booking-code"), value: b.code, strong: true });
    if (b.payBefore) booking.push({ label: t("cust-pay-before"), value: deadline(b.payBefore, locale, timeZone) });
  }
  const passengers = (b?.passengers ?? []).map((p, i) => `${i + 1}. ${p.name}${p.ticket ? ` · ${t("cust-ticket", { number: p.ticket })}` : ""}`);
  const notes: string[] = [];
  const missing = card.flights.some((f) => f.price.total === undefined);
  if (card.source === "search") notes.push(t(missing ? "cust-note-search-partial" : "cust-note-search"));
  if (!b?.issued) notes.push(t("cust-note-change"));
  return { title, flights: card.flights.map((_, i) => flightView(t, locale, card, i)), booking, passengers, notes, agency: card.agency };
}

/** The card as plain text for copy-paste (WhatsApp): no HTML, no markup characters. */
export function customerCardText(view: CardView): string {
  const blocks: string[] = [view.agency.name ? `${view.title} — ${view.agency.name}` : view.title];
  for (const f of view.flights) {
    blocks.push([
      f.option ? `${f.option}: ${f.route}` : f.route,
      f.date,
      f.flight,
      ...(f.baggage ? [f.baggage] : []),
      ...f.prices.map((p) => `${p.label}: ${p.value}`),
    ].join("\n"));
  }
  if (view.booking.length > 0 || view.passengers.length > 0) blocks.push([...view.booking.map((r) => `${r.label}: ${r.value}`), ...view.passengers].join("\n"));
  if (view.notes.length > 0) blocks.push(view.notes.join("\n"));
  const agency = [view.agency.name, view.agency.contact].filter(Boolean);
  if (agency.length > 0) blocks.push(agency.join("\n"));
  return blocks.join("\n\n");
}
