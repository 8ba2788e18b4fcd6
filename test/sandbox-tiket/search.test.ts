import { afterEach, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { client, dateAhead, withSandbox, type Json, type Params } from "./helpers.js";

let sandbox: TiketSandbox | undefined;
afterEach(() => sandbox?.close());

const MONEY = /^\d+\.\d{2}$/;

describe("search/flight", () => {
  it("answers the departures.result[] shape, deterministic per route and date", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const token = await c.token();
    const date = dateAhead(30);
    const q = { d: "CGK", a: "DPS", date, adult: 2, child: 1, infant: 0, v: 3, token };
    const s = await c.json("/search/flight", q);
    expect(s.diagnostic.status).toBe(200);
    expect(s.round_trip).toBe(false);
    expect(s.search_queries).toMatchObject({ from: "CGK", to: "DPS", date, adult: "2", child: "1", infant: "0" });
    expect(s.go_det.dep_airport).toMatchObject({ airport_code: "CGK", business_name: "SOEKARNO - HATTA" });
    expect(s.go_det.formatted_date).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    expect(s.returns).toBeUndefined();
    const flights = s.departures.result as Json[];
    expect(flights.length).toBeGreaterThan(3);
    for (const f of flights) {
      expect(f.flight_id).toMatch(/^\d+$/);
      expect(f.airlines_name).toMatch(/^[A-Z ]+$/);
      expect(f.flight_number).toMatch(/^[A-Z0-9]{2}-\d+$/);
      expect(f.price_value).toMatch(MONEY);
      expect(f.price_value).toBe(f.price_adult);
      expect(f.price_child).toMatch(MONEY);
      expect(Number(f.price_child)).toBeGreaterThan(0);
      expect(f.price_infant).toBe("0.00");
      expect(f.simple_departure_time).toMatch(/^\d{2}:\d{2}$/);
      expect(f.simple_arrival_time).toMatch(/^\d{2}:\d{2}$/);
      expect(["Langsung", "1 Transit"]).toContain(f.stop);
      expect(f.duration).toMatch(/^\d+ j \d+ m$/);
      expect(f.full_via).toMatch(/^CGK - /);
      expect([0, 1]).toContain(f.need_baggage);
      expect(f.image).toMatch(/^http:\/\/www\.tiket\.com\/images\//);
      expect(f.flight_infos.flight_info.length).toBeGreaterThan(0);
      expect(f.flight_infos.flight_info[0].departure_city).toBe("CGK");
    }
    const again = await c.json("/search/flight", { ...q, token: await c.token() });
    expect(again.departures.result.map((f: Json) => f.flight_id)).toEqual(flights.map((f) => f.flight_id));
    expect(s.nearby_go_date.nearby.length).toBeGreaterThan(0);
  });

  it("localises stop and duration with lang=en and fills returns on a round trip", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const token = await c.token();
    const s = await c.json("/search/flight", {
      d: "SUB", a: "LOP", date: dateAhead(20), ret_date: dateAhead(24), adult: 1, v: 3, token, lang: "en",
    });
    expect(s.diagnostic.lang).toBe("en");
    expect(s.round_trip).toBe(true);
    expect(s.ret_det.dep_airport.airport_code).toBe("LOP");
    const go = s.departures.result as Json[];
    const back = s.returns.result as Json[];
    expect(back.length).toBeGreaterThan(0);
    expect(back[0]?.departure_city).toBe("LOP");
    expect(go.some((f) => f.stop === "Nonstop")).toBe(true);
    expect(go[0]?.duration).toMatch(/^\d+ h \d+ m$/);
  });

  it("refuses unknown airports, past dates and more infants than adults (status 201)", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const token = await c.token();
    const base = { d: "CGK", a: "DPS", date: dateAhead(10), v: 3, token };
    for (const bad of <Params[]>[{ a: "XXX" }, { date: dateAhead(-2) }, { date: "10-12-2030" }, { adult: 1, infant: 2 }, { adult: 7 }]) {
      const s = await c.json("/search/flight", { ...base, ...bad });
      expect(s.diagnostic.status).toBe(201);
      expect(s.diagnostic.error_msgs).toEqual(expect.any(String));
    }
  });

  it("makes the first search incomplete until the refresh is done (check-update loop)", async () => {
    let clock = Date.now();
    sandbox = await withSandbox({ searchRefreshMs: 5000, now: () => clock });
    const c = client(sandbox);
    const token = await c.token();
    const date = dateAhead(15);
    const q = { d: "CGK", a: "SUB", date, adult: 1, child: 0, infant: 0, v: 3, token };
    const check = async () => (await c.json("/ajax/mCheckFlightUpdated", { ...q, time: Math.floor(clock / 1000) })).update;

    const first = (await c.json("/search/flight", q)).departures.result as Json[];
    expect(await check()).toBeGreaterThan(0);
    // Still refreshing: search again gives the same partial list and update stays > 0.
    expect((await c.json("/search/flight", q)).departures.result).toHaveLength(first.length);
    expect(await check()).toBeGreaterThan(0);

    clock += 5000;
    const pending = await check();
    const full = (await c.json("/search/flight", q)).departures.result as Json[];
    expect(full.length).toBe(first.length + pending);
    expect(full.map((f) => f.flight_id)).toEqual(expect.arrayContaining(first.map((f) => f.flight_id)));
    const done = await c.json("/ajax/mCheckFlightUpdated", { ...q, time: Math.floor(clock / 1000) });
    expect(done).toMatchObject({ update: 0, timestamp: Math.floor(clock / 1000) });
    // Another token searching now gets the complete list at once.
    const other = await c.json("/search/flight", { ...q, token: await c.token() });
    expect(other.departures.result).toHaveLength(full.length);
  });

  it("requires `time` on check-update", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const token = await c.token();
    const body = await c.json("/ajax/mCheckFlightUpdated", { d: "CGK", a: "SUB", date: dateAhead(5), token });
    expect(body.diagnostic.status).toBe(201);
  });
});

describe("flight_api/all_airport", () => {
  it("lists the airports with the documented fields", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const body = await c.json("/flight_api/all_airport", { token: await c.token() });
    const airports = body.all_airport.airport as Json[];
    expect(airports.length).toBeGreaterThan(50);
    expect(airports).toContainEqual({
      airport_name: "Pattimura", airport_code: "AMQ", location_name: "Ambon", country_id: "id", country_name: "Indonesia",
    });
    expect(airports.find((a) => a.airport_code === "SIN")?.country_id).toBe("sg");
  });
});
