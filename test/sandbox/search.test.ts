import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { client, dateAhead, isoAhead, withSandbox, type Client, type Flight } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
let c: Client;
beforeAll(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterAll(() => sandbox.close());

const FULL_KEYS = [
  "flight", "flight_code", "flight_image", "flight_from", "flight_to", "flight_route", "flight_date",
  "flight_transit", "flight_infotransit", "flight_datetime", "flight_price", "flight_publishfare",
  "flight_baggage", "flight_facilities",
];

describe("getflights-json", () => {
  it("returns the full §5 shape with realistic values", async () => {
    const date = dateAhead(30);
    const flights = await c.search("CGK", "SUB", date);
    expect(flights.length).toBeGreaterThanOrEqual(6);
    expect(flights.length).toBeLessThanOrEqual(14);
    expect(new Set(flights.map((f) => f.flight)).size).toBeGreaterThanOrEqual(3);
    for (const f of flights) {
      expect(Object.keys(f)).toEqual(FULL_KEYS);
      expect(f.flight_code).toMatch(/^[A-Z0-9]{2}-\d{3,4}$/);
      expect(f).toMatchObject({ flight_from: "CGK", flight_to: "SUB", flight_route: "CGK-SUB", flight_date: isoAhead(30) });
      expect(f.flight_transit).toMatch(/^(Nonstop|[12] Transit)$/);
      expect(f.flight_datetime).toMatch(/^\d{2}:\d{2} - \d{2}:\d{2}$/);
      const depart = f.flight_datetime.slice(0, 5);
      expect(depart >= "05:00" && depart <= "23:00").toBe(true);
      expect(typeof f.flight_price).toBe("string");
      const price = Number(f.flight_price);
      expect(price % 100).toBe(0);
      expect(price).toBeGreaterThanOrEqual(350_000);
      expect(price).toBeLessThanOrEqual(2_500_000);
      if (f.flight_code.startsWith("QZ-")) expect(f.flight_publishfare).toBe(0);
      else expect(f.flight_publishfare).toMatch(/^\d+$/);
      expect(f.flight_baggage).toMatch(/^\d+ Kg$/);
      expect(["-", "Meals"]).toContain(f.flight_facilities);
    }
  });

  it("is deterministic for the same route and date, different for another date", async () => {
    const a = await c.search("DPS", "UPG", dateAhead(40));
    const b = await c.search("DPS", "UPG", dateAhead(40));
    const other = await c.search("DPS", "UPG", dateAhead(41));
    expect(b).toEqual(a);
    expect(other).not.toEqual(a);
  });

  it("has transits, after-midnight arrivals and trailing-space infotransit somewhere", async () => {
    const all: Flight[] = [];
    for (const [from, to] of [["CGK", "DJJ"], ["KNO", "DPS"], ["CGK", "SUB"], ["BTJ", "AMQ"]] as const) {
      for (let d = 10; d < 14; d++) all.push(...(await c.search(from, to, dateAhead(d))));
    }
    expect(all.some((f) => f.flight_transit === "1 Transit")).toBe(true);
    expect(all.some((f) => f.flight_transit === "2 Transit")).toBe(true);
    expect(all.filter((f) => f.flight_transit === "Nonstop").length).toBeGreaterThan(all.length / 3);
    expect(all.some((f) => String(f.flight_datetime).slice(8) < String(f.flight_datetime).slice(0, 5))).toBe(true);
    expect(all.some((f) => String(f.flight_infotransit).endsWith(" "))).toBe(true);
  });

  it("flies international carriers to Singapore at higher prices", async () => {
    const flights = await c.search("CGK", "SIN", dateAhead(25));
    const carriers = new Set(flights.map((f) => f.flight_code.slice(0, 2)));
    for (const code of carriers) expect(["GA", "QZ", "JT", "ID", "QG", "JQ", "TR", "OD", "SL"]).toContain(code);
    expect(Math.min(...flights.map((f) => Number(f.flight_price)))).toBeGreaterThan(700_000);
  });

  it.each([
    ["unknown code", { from: "XXX", to: "SUB", date: dateAhead(5) }],
    ["same city", { from: "CGK", to: "CGK", date: dateAhead(5) }],
    ["bad date", { from: "CGK", to: "SUB", date: "2027-01-05" }],
    ["impossible date", { from: "CGK", to: "SUB", date: "31-02-2030" }],
    ["past date", { from: "CGK", to: "SUB", date: dateAhead(-2) }],
    ["too far ahead", { from: "CGK", to: "SUB", date: dateAhead(400) }],
  ])("answers no result for %s", async (_label, params) => {
    expect(await c.postJson("getflights-json", params)).toEqual({ result: "no", reason: "no result" });
  });

  it("rejects wrong credentials and non-form bodies", async () => {
    const res = await c.post("getflights-json", { password: "wrong", from: "CGK", to: "SUB", date: dateAhead(5) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: "no", reason: "invalid login" });
    const json = await fetch(`${sandbox.baseUrl}getflights-json`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...sandbox.credentials, from: "CGK", to: "SUB", date: dateAhead(5) }),
    });
    expect(await json.json()).toEqual({ result: "no", reason: "data invalid" });
  });
});

describe("per-airline search", () => {
  it("returns the smaller shape, filtered to the airline group", async () => {
    const date = dateAhead(30);
    const all = await c.search("CGK", "SUB", date);
    const res = await fetch(`${sandbox.baseUrl}getflightLion/`, {
      method: "POST",
      body: new URLSearchParams({ ...sandbox.credentials, from: "CGK", to: "SUB", date }),
    });
    const lion = (await res.json()) as Flight[];
    const expected = all.filter((f) => /^(JT|ID|IW)-/.test(f.flight_code));
    expect(lion.map((f) => f.flight_code)).toEqual(expected.map((f) => f.flight_code));
    for (const f of lion) {
      expect(Object.keys(f)).toEqual(["flight", "flight_code", "flight_route", "flight_transit", "flight_datetime", "flight_price"]);
      expect(f.flight_price).toBe(expected.find((e) => e.flight_code === f.flight_code)?.flight_price);
    }
  });

  it("answers failed to receive data when the airline does not fly, system failed login on bad login", async () => {
    const date = dateAhead(30);
    expect(await c.postJson("getflightJetstar/", { from: "CGK", to: "SUB", date })).toEqual({
      result: "no",
      reason: "failed to receive data",
    });
    expect(await c.postJson("getflightLion/", { password: "nope", from: "CGK", to: "SUB", date })).toEqual({
      result: "no",
      reason: "system failed login",
    });
  });
});
