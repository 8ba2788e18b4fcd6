import { afterAll, describe, expect, it } from "vitest";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PaxCount } from "../../../src/domain/passenger.js";
import { startCannedServer, json } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { providerErrorText } from "../../../src/bot/features/provider-error-text.js";

// The seed's price answer echoes what it priced: "flight_code":"JT-748", "adult":"1","child":"0","infant":"0".
let body: string = SPEC.price;
const server = await startCannedServer((_req, res) => json(res, body));
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const offer = (flightCode = "JT-748"): FlightOffer => ({
  provider: "mmbc", ref: `${flightCode}|CGK|SUB|2016-05-27`, airlineName: "Lion Air", airlineCode: "JT", flightCode, from: "CGK", to: "SUB",
  date: "2016-05-27", departsAt: "2016-05-27T06:00:00.000+07:00", arrivesAt: "2016-05-27T07:30:00.000+07:00", stops: 0, price: 440_000,
});
const seedWith = (fields: Record<string, unknown>, drop: string[] = []) => {
  const o = { ...(JSON.parse(SPEC.price) as Record<string, unknown>), ...fields };
  for (const k of drop) delete o[k];
  return JSON.stringify(o);
};
const outcome = (o: FlightOffer, pax: PaxCount) => provider.quote(o, pax).then((q) => q.total, (e: { code?: string }) => e.code);

describe("the price re-check is trusted only for the party and flight asked", () => {
  it("refuses the seed's one-adult answer for 3 adults and 1 child (its 440,000 is not their total)", async () => {
    body = SPEC.price;
    expect(await outcome(offer(), { adult: 3, child: 1, infant: 0 })).toBe("price_mismatch");
  });

  it("refuses an answer echoing another infant count", async () => {
    body = seedWith({ adult: "2", child: "0", infant: "0" });
    expect(await outcome(offer(), { adult: 2, child: 0, infant: 1 })).toBe("price_mismatch");
  });

  it("refuses a price for another flight than the one asked", async () => {
    body = seedWith({ flight_code: "JT-690", flight_time: "05:00 - 06:30" });
    expect(await outcome(offer(), { adult: 1, child: 0, infant: 0 })).toBe("price_mismatch");
  });

  it("takes an echo of the same party and flight, whatever the flight number's form", async () => {
    body = seedWith({ adult: "3", child: "1", infant: "0", totalfare: "1,540,000" });
    expect(await outcome(offer(), { adult: 3, child: 1, infant: 0 })).toBe(1_540_000);
    for (const code of ["JT748", "jt 0748", "JT-0748"]) {
      body = seedWith({ flight_code: code });
      expect(await outcome(offer(), { adult: 1, child: 0, infant: 0 })).toBe(440_000);
    }
    body = SPEC.price;
    expect(await outcome(offer("JT748"), { adult: 1, child: 0, infant: 0 })).toBe(440_000);
  });

  it("refuses an answer without the counts echoed, any one of them, or echoed empty: whose total it is is unknown", async () => {
    body = seedWith({}, ["adult", "child", "infant"]);
    expect(await outcome(offer(), { adult: 3, child: 1, infant: 0 })).toBe("price_mismatch");
    expect(await outcome(offer(), { adult: 1, child: 0, infant: 0 })).toBe("price_mismatch");
    for (const k of ["adult", "child", "infant"]) {
      body = seedWith({}, [k]);
      expect(await outcome(offer(), { adult: 1, child: 0, infant: 0 }), k).toBe("price_mismatch");
    }
    body = seedWith({ adult: "", child: null, infant: "" });
    expect(await outcome(offer(), { adult: 3, child: 1, infant: 0 })).toBe("price_mismatch");
    body = seedWith({ child: "" });
    expect(await outcome(offer(), { adult: 1, child: 0, infant: 0 })).toBe("price_mismatch");
  });
});

describe("what the agent is told", () => {
  it("says the price was for another flight or party, in both languages", () => {
    const i18n = createI18n("id");
    const text = (locale: "id" | "en") => providerErrorText({ t: (key, vars) => i18n.t(locale, key, vars) }, { code: "price_mismatch", messages: [] });
    expect(text("en")).toContain("price answer was for another flight or number of passengers");
    expect(text("id")).toContain("untuk penerbangan atau jumlah penumpang yang lain");
  });
});
