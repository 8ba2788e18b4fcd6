import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { FlightOffer, ProviderId, SearchQuery } from "../../../src/domain/flight.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../../src/sandbox/mmbc/index.js";
import { isoAhead } from "../../sandbox/sandbox-helpers.js";
import { captureLogger } from "../../support/test-logger.js";

// The all-airlines search fails while the per-airline endpoints answer: the list they make together
// is better than nothing, but it lacks Garuda (no path of its own) and any airline that failed.
const sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
const { logger, lines } = captureLogger("warn");
const provider = new MmbcProvider({
  baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger, progressiveSearch: true,
  timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => {
  await provider.close();
  await sandbox.close();
});
beforeEach(() => {
  sandbox.controls.reset();
  lines.length = 0;
});

const query: SearchQuery = { from: "CGK", to: "SUB", date: isoAhead(20), pax: { adult: 1, child: 0, infant: 0 } };

/** Searches with progress on (as the chat does), recording every provider said to be missing. */
async function search(): Promise<{ offers: FlightOffer[]; failed: ProviderId[]; lacking: string[] }> {
  const failed: ProviderId[] = [];
  const lacking: string[] = [];
  const offers = await provider.search(query, { onOffers: () => undefined, onProviderFailed: (id, airlines = []) => (failed.push(id), lacking.push(...airlines)) });
  return { offers, failed, lacking };
}

const warned = () => lines.map((l) => JSON.parse(l) as { msg: string; unanswered?: string[]; notAsked?: string[] }).filter((l) => l.msg.includes("lacks some airlines"));

describe("MMBC search: the all-airlines search failed", () => {
  it("a complete answer is not reported as partial", async () => {
    const { offers, failed } = await search();
    expect(offers.some((o) => o.airlineCode === "GA")).toBe(true);
    expect(failed).toEqual([]);
    expect(warned()).toEqual([]);
  });

  it("the per-airline answers come back, reported as partial: Garuda is missing and said to be", async () => {
    sandbox.controls.setFault("getflights-json", { kind: "http500" });
    const { offers, failed } = await search();
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.some((o) => o.airlineCode === "GA")).toBe(false);
    expect(failed).toEqual(["mmbc"]);
    expect(warned()).toHaveLength(1);
    expect(warned()[0]?.notAsked).toContain("Garuda Indonesia");
    expect(warned()[0]?.unanswered).not.toContain("lion");
  });

  it("an airline that failed on its own path is named among the missing", async () => {
    sandbox.controls.setFault("getflights-json", { kind: "http500" });
    sandbox.controls.setFault("getflightCitilink", { kind: "http500" });
    const { offers, failed, lacking } = await search();
    expect(offers.some((o) => o.airlineCode === "QG")).toBe(false);
    expect(failed).toEqual(["mmbc"]);
    expect(warned()[0]?.unanswered).toContain("citilink");
    // The agent is told which: those never asked on their own, and the one that failed.
    expect(lacking).toEqual(expect.arrayContaining(["Garuda Indonesia", "Citilink"]));
    expect(lacking).not.toContain("Lion Air");
  });

  it("\"system failed login\" (seed §6: a per-airline search's failure) is an airline's failure: the others' answers are kept", async () => {
    sandbox.controls.setFault("getflights-json", { kind: "login" });
    sandbox.controls.setFault("getflightCitilink", { kind: "login" });
    const { offers, failed, lacking } = await search();
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.some((o) => o.airlineCode === "QG")).toBe(false);
    expect(failed).toEqual(["mmbc"]);
    expect(lacking).toContain("Citilink");
    // Asked for one airline, it fails as the airline's system, not as a refused login that ends the search.
    await expect(provider.search(query, { airline: "citilink" })).rejects.toMatchObject({ code: "upstream" });
  });

  it("nobody answered: the search fails, it is not an empty partial list", async () => {
    sandbox.controls.setFault("*", { kind: "http500" });
    await expect(search()).rejects.toMatchObject({ code: "unavailable" });
  });
});
