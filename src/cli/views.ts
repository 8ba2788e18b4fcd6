import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { Airline, Airport } from "../domain/airport.js";
import type { BookingStatus, BookingStatusResult } from "../domain/booking.js";
import { statusTextCut } from "../domain/provider-status-text.js";
import type { FlightOffer, Quote, SearchQuery } from "../domain/flight.js";
import { formatRupiah } from "../domain/money.js";
import type { PaxCount } from "../domain/passenger.js";
import { renderFields, renderTable } from "./table.js";

/** Readable text for each command's result. Times are shown in the configured zone. */
export class Views {
  constructor(private readonly timeZone: string) {}

  balance(amount: number): string {
    return renderFields([["balance", formatRupiah(amount)]]);
  }

  airports(list: readonly Airport[]): string {
    const rows = list.map((a) => [a.code, a.city]);
    return `${renderTable([{ header: "Code" }, { header: "City" }], rows)}\n${plural(list.length, "airport")}`;
  }

  airlines(list: readonly Airline[]): string {
    const rows = list.map((a) => [a.code, a.name]);
    return `${renderTable([{ header: "Code" }, { header: "Airline" }], rows)}\n${plural(list.length, "airline")}`;
  }

  offers(query: SearchQuery, offers: readonly FlightOffer[]): string {
    const title = `${query.from} → ${query.to} on ${wireDate(query.date)}: ${plural(offers.length, "flight")} (price per adult, tax included)`;
    if (offers.length === 0) return title;
    const rows = offers.map((o) => [
      o.flightCode, o.airlineName, this.clock(o.departsAt), this.arrival(o.departsAt, o.arrivesAt),
      o.stops === 0 ? "nonstop" : `${o.stops} transit`, formatRupiah(o.price),
      o.baseFare === undefined ? "-" : formatRupiah(o.baseFare), o.baggage ?? "-",
    ]);
    const table = renderTable(
      [
        { header: "Flight" }, { header: "Airline" }, { header: "Departs" }, { header: "Arrives" }, { header: "Stops" },
        { header: "Price", align: "right" }, { header: "Fare", align: "right" }, { header: "Baggage" },
      ],
      rows,
    );
    return `${title}\n${table}`;
  }

  /** `searched` is the search's per-adult price times the party, to show how far the live price moved. */
  quote(q: Quote, searched: number | undefined): string {
    const o = q.offer;
    const needs = [q.needs.birthDate && "birth date", q.needs.passport && "passport", q.needs.baggage && "baggage"].filter(Boolean);
    const fields: [string, string][] = [
      ["flight", `${o.flightCode} ${o.airlineName}${q.flightClass ? ` (class ${q.flightClass})` : ""}`],
      ["route", `${o.from} → ${o.to} on ${wireDate(o.date)}, ${this.clock(o.departsAt)}–${this.arrival(o.departsAt, o.arrivesAt)}`],
      ["passengers", paxText(q.pax)],
      ["seats left", String(q.seatsLeft)],
      ["fare", formatRupiah(q.baseFare)],
      ["tax", formatRupiah(q.tax)],
      ["total", formatRupiah(q.total)],
      ["needs", needs.length > 0 ? needs.join(", ") : "names only"],
    ];
    if (searched !== undefined) {
      const diff = q.total - searched;
      const moved = diff === 0 ? "same as the search" : `${diff > 0 ? "+" : "-"}${formatRupiah(Math.abs(diff))} vs the search (${formatRupiah(searched)})`;
      fields.push(["price change", moved]);
    }
    return renderFields(fields);
  }

  status(s: BookingStatusResult): string {
    return renderFields([["code", s.code], ["status", statusText(s.status)]]);
  }

  private clock(iso: string): string {
    return format(new TZDate(iso, this.timeZone), "HH:mm");
  }

  /** Arrival on a later local day gets "+1" (flights past midnight). */
  private arrival(departsAt: string, arrivesAt: string | undefined): string {
    if (!arrivesAt) return "?";
    const day = (iso: string) => format(new TZDate(iso, this.timeZone), "yyyy-MM-dd");
    const days = Math.round((Date.parse(day(arrivesAt)) - Date.parse(day(departsAt))) / 86_400_000);
    return `${this.clock(arrivesAt)}${days > 0 ? `+${days}` : ""}`;
  }
}

export function statusText(s: BookingStatus): string {
  return typeof s === "string" ? s : `unknown (${statusTextCut(s.unknown)})`;
}

function paxText(p: PaxCount): string {
  return [plural(p.adult, "adult"), plural(p.child, "child", "children"), plural(p.infant, "infant")].join(", ");
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** yyyy-mm-dd → dd-mm-yyyy, the form agents type and the CLI takes. */
function wireDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}
