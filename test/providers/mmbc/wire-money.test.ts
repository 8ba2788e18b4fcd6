import type { ServerResponse } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { rupiah } from "../../../src/providers/mmbc/wire-values.js";
import { json, startCannedServer, type CannedRequest } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

describe("MMBC amounts are read as whole rupiah, or refused", () => {
  it.each([
    [0, 0], [350_000, 350_000], ["350000", 350_000], ["385,000", 385_000], ["99,999", 99_999], ["1,234,500", 1_234_500],
    // Indonesian thousands dots mean thousands, not a decimal point.
    ["440.000", 440_000], ["1.250.000", 1_250_000], ["Rp 1.250.000", 1_250_000], ["Rp. 1.250.000", 1_250_000], ["Rp1.250.000", 1_250_000],
    // A decimal part must be zero, with the separator the grouping leaves free.
    ["1.250.000,00", 1_250_000], ["385,000.00", 385_000], ["350000.00", 350_000], ["350000,00", 350_000], ["Rp 50.000,-", 50_000],
    [" 385,000 ", 385_000],
  ] as const)("%j → %i", (wire, expected) => {
    expect(rupiah.parse(wire)).toBe(expected);
  });

  it.each([
    "", "  ", "Rp", "-", "1.25", "12.5000", "1.2", "1,25", "1,250.000", "1.250,000", "1.250.000.00", "1,250,000,00", "1.250,000.00",
    "12,34,567", "1 250 000", "350000.50", "-5", "abc", "1e6", "9".repeat(20),
  ])("%j is not an amount", (wire) => {
    expect(rupiah.safeParse(wire).success).toBe(false);
  });

  it.each([1.5, -1, Number.NaN, 2 ** 60])("the number %d is not an amount", (wire) => {
    expect(rupiah.safeParse(wire).success).toBe(false);
  });
});

type Answer = (req: CannedRequest, res: ServerResponse) => void;
let next: Answer = (_req, res) => json(res, "{}");
const server = await startCannedServer((req, res) => next(req, res));
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const price = (amounts: Record<string, unknown>) => JSON.stringify({ ...(JSON.parse(SPEC.price) as object), ...amounts });
const offer: FlightOffer = {
  provider: "mmbc", ref: "r", airlineName: "Lion Air", airlineCode: "JT", flightCode: "JT-748", from: "CGK", to: "SUB",
  date: "2016-05-27", departsAt: "2016-05-27T06:00:00.000+07:00", arrivesAt: "2016-05-27T07:30:00.000+07:00", stops: 0, price: 440_000,
};
const pax = { adult: 1, child: 0, infant: 0 };

describe("the adapter on amounts written the Indonesian way", () => {
  it("quotes '440.000' as 440,000 rupiah, not 440", async () => {
    next = (_req, res) => json(res, price({ publish: "385.000", tax: "55.000", totalfare: "440.000" }));
    expect(await provider.quote(offer, pax)).toMatchObject({ baseFare: 385_000, tax: 55_000, total: 440_000 });
  });

  it.each([
    ["an empty total", { totalfare: "" }], ["an empty tax", { tax: "" }], ["an ambiguous total", { totalfare: "1.25" }],
    ["a total of 1 rupiah, below its tax", { totalfare: "1" }], ["a total of 0", { publish: "0", tax: "0", totalfare: "0" }],
  ])("a quote with %s is a typed error, not a price of 0", async (_name, amounts) => {
    next = (_req, res) => json(res, price(amounts));
    const err = await provider.quote(offer, pax).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).code).toBe("unavailable");
  });

  it("an empty balance is a typed error, not 0 rupiah", async () => {
    next = (_req, res) => json(res, '{"result":"ok","saldo":""}');
    expect(((await provider.balance().catch((e: unknown) => e)) as ProviderError).code).toBe("unavailable");
  });

  it("a search row with an empty base fare keeps its flight; one with an empty price is skipped", async () => {
    const rows = JSON.parse(SPEC.search) as Record<string, unknown>[];
    next = (_req, res) => json(res, JSON.stringify([{ ...rows[1], flight_publishfare: "" }, { ...rows[2], flight_price: "" }]));
    const offers = await provider.search({ from: "CGK", to: "SUB", date: "2016-06-08", pax });
    expect(offers.map((o) => [o.flightCode, o.price, o.baseFare])).toEqual([["JT-690", 440_000, undefined]]);
  });

  it("a search row priced 0 is skipped, never listed as the cheapest 'Rp 0'", async () => {
    const rows = JSON.parse(SPEC.search) as Record<string, unknown>[];
    next = (_req, res) => json(res, JSON.stringify([rows[1], { ...rows[2], flight_price: "0" }, { ...rows[2], flight_code: "IL-233", flight_price: 0 }]));
    const offers = await provider.search({ from: "CGK", to: "SUB", date: "2016-06-08", pax });
    expect(offers.map((o) => [o.flightCode, o.price])).toEqual([["JT-690", 440_000]]);
  });
});
