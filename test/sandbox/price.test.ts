import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { client, dateAhead, isoAhead, withSandbox, type Client, type Flight } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
let c: Client;
const date = dateAhead(35);
let flight: Flight;
const rupiah = (s: unknown): number => Number(String(s).replace(/,/g, ""));

beforeAll(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
  const flights = await c.search("CGK", "DPS", date);
  const found = flights.find((f) => typeof f.flight_publishfare === "string");
  if (!found) throw new Error("no flight with a publish fare");
  flight = found;
});
afterAll(() => sandbox.close());

const price = (params: Record<string, string | number> = {}) =>
  c.postJson("getprice-json", { from: "CGK", to: "DPS", date, flight: flight.flight_code, adult: 1, child: 0, infant: 0, ...params });

describe("getprice-json", () => {
  it("matches the §7 shape with comma amounts equal to the search price for one adult", async () => {
    const p = await price();
    expect(Object.keys(p)).toEqual([
      "login", "result", "flight", "flight_code", "flight_image", "flight_seat", "flight_from", "flight_to",
      "flight_date", "flight_transit", "flight_time", "adult", "child", "infant", "publish", "tax", "totalfare",
    ]);
    expect(p).toMatchObject({
      login: "yes", result: "ok", flight: flight.flight, flight_code: flight.flight_code, flight_from: "CGK",
      flight_to: "DPS", flight_date: isoAhead(35), flight_time: flight.flight_datetime, adult: "1", child: "0", infant: "0",
    });
    expect(p.flight_seat).toMatch(/^[1-9]$/);
    expect(p.totalfare).toMatch(/^\d{1,3}(,\d{3})+$/);
    expect(rupiah(p.totalfare)).toBe(Number(flight.flight_price));
    expect(rupiah(p.publish)).toBe(Number(flight.flight_publishfare));
    expect(rupiah(p.publish) + rupiah(p.tax)).toBe(rupiah(p.totalfare));
  });

  it("prices the whole party: children ~75%, infants ~10% and no tax for infants", async () => {
    const one = await price();
    const party = await price({ adult: 2, child: 1, infant: 1 });
    const adultFare = rupiah(one.publish);
    const expectedPublish = 2 * adultFare + Math.round((adultFare * 0.75) / 100) * 100 + Math.round((adultFare * 0.1) / 100) * 100;
    expect(rupiah(party.publish)).toBe(expectedPublish);
    expect(rupiah(party.tax)).toBeGreaterThan(2 * rupiah(one.tax));
    expect(rupiah(party.tax)).toBeLessThan(3 * rupiah(one.tax));
    expect(rupiah(party.totalfare)).toBe(rupiah(party.publish) + rupiah(party.tax));
    expect(party).toMatchObject({ adult: "2", child: "1", infant: "1" });
  });

  it("reflects a price change since search, per adult and child", async () => {
    sandbox.controls.setPriceChange(flight.flight_code, 75_000);
    try {
      expect(rupiah((await price()).totalfare)).toBe(Number(flight.flight_price) + 75_000);
      const searched = await c.search("CGK", "DPS", date);
      expect(searched.find((f) => f.flight_code === flight.flight_code)?.flight_price).toBe(flight.flight_price);
    } finally {
      sandbox.controls.setPriceChange(flight.flight_code, 0);
    }
    sandbox.controls.setPriceChange("*", -20_000);
    expect(rupiah((await price()).totalfare)).toBe(Number(flight.flight_price) - 20_000);
    sandbox.controls.reset();
    expect(rupiah((await price()).totalfare)).toBe(Number(flight.flight_price));
  });

  it("answers no result for an unknown flight", async () => {
    expect(await price({ flight: "ZZ-1" })).toEqual({ result: "no", reason: "no result" });
  });
});
