import { describe, expect, it } from "vitest";
import type { FlightOffer } from "../../../src/domain/flight.js";
import { mergeOffers } from "../../../src/providers/combined/merge-offers.js";

const offer = (provider: "mmbc" | "tiket", flightCode: string, departsAt: string, price: number): FlightOffer => ({
  provider, ref: `${provider}-${flightCode}`, airlineName: "Lion Air", airlineCode: flightCode.slice(0, 2), flightCode, from: "CGK", to: "SUB",
  date: departsAt.slice(0, 10), departsAt, arrivesAt: departsAt, stops: 0, price,
});

describe("merging both providers' results", () => {
  it("keeps one offer per flight number and departure, the cheaper one, and sorts by price", () => {
    const mmbc = [offer("mmbc", "JT-690", "2026-12-30T05:00:00.000+07:00", 440_000), offer("mmbc", "GA-300", "2026-12-30T07:00:00.000+07:00", 900_000)];
    const tiket = [offer("tiket", "JT 690", "2026-12-30T05:00:00.000+07:00", 431_000), offer("tiket", "JT 690", "2026-12-30T19:00:00.000+07:00", 400_000)];
    const merged = mergeOffers([mmbc, tiket]);
    expect(merged.map((o) => `${o.provider}:${o.flightCode}@${o.departsAt.slice(11, 16)}:${o.price}`)).toEqual([
      "tiket:JT 690@19:00:400000", "tiket:JT 690@05:00:431000", "mmbc:GA-300@07:00:900000",
    ]);
  });
});
