import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { withSandbox } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
beforeAll(async () => {
  sandbox = await withSandbox();
});
afterAll(() => sandbox.close());

describe("public lists", () => {
  it("serves the document's 69 cities in order, six more of Indonesia's, then three international ones", async () => {
    const res = await fetch(`${sandbox.baseUrl}getcodearea-json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const cities = (await res.json()) as { code: string; city: string }[];
    expect(cities).toHaveLength(78);
    expect(cities[0]).toEqual({ code: "CGK", city: "Jakarta" });
    expect(cities[68]).toEqual({ code: "SOC", city: "Solo" });
    expect(cities.slice(69, 75).map((c) => c.code)).toEqual(["SOQ", "TMC", "TRK", "TTE", "TIM", "WGP"]);
    expect(cities.slice(75)).toEqual([
      { code: "SIN", city: "Singapore" },
      { code: "KUL", city: "Kuala Lumpur" },
      { code: "BKK", city: "Bangkok" },
    ]);
    const names = cities.map((c) => c.city);
    for (const n of ["Jakarta Halim", "Alor Island", "Fak Fak", "Bandar Lampung", "Pangkalan Bun"]) {
      expect(names).toContain(n);
    }
    for (const c of cities) expect(Object.keys(c)).toEqual(["code", "city"]);
  });

  it("serves airlines with logos, slashes escaped like PHP", async () => {
    const res = await fetch(`${sandbox.baseUrl}getcodeflights-json`);
    const text = await res.text();
    expect(text).toContain('"https:\\/\\/da8hvrloj7e7d.cloudfront.net\\/');
    const airlines = JSON.parse(text) as { flight_code: string; flight_name: string; flight_image: string }[];
    expect(airlines[0]).toMatchObject({ flight_code: "9B", flight_name: "AccessRail" });
    const codes = airlines.map((a) => a.flight_code);
    for (const c of ["JT", "ID", "IW", "QG", "GA", "QZ", "SJ", "IN", "8B", "IL", "XN", "KD", "MV", "JQ", "TR", "OD", "SL"]) {
      expect(codes).toContain(c);
    }
    for (const a of airlines) {
      expect(Object.keys(a)).toEqual(["flight_code", "flight_name", "flight_image"]);
      expect(a.flight_image).toMatch(/^https:\/\/.+\.png$/);
    }
  });

  it("answers unknown paths with a 404 HTML page", async () => {
    const res = await fetch(`${sandbox.origin}/json/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
  });
});
