import { afterAll, describe, expect, inject, it } from "vitest";
import { one, plain, startSandboxFixture } from "./sandbox-fixture.js";

/**
 * The sandbox answers get_flight_data as the docs do: count_* for the token's last search, a child or infant
 * priced only when that search asked for one ("0.00" otherwise). The party's own quote passes the adapter's
 * party check (party-echo.ts) with every passenger priced; one adult's passes with the "0.00" nobody asked.
 */
const { provider, findOffer, close } = await startSandboxFixture(inject("redisUrl"));
afterAll(() => close());

describe("tiket.com quotes against the sandbox name the party they priced", () => {
  it("2 adults, a child and an infant: each priced above 0, the total theirs", async () => {
    const family = { adult: 2, child: 1, infant: 1 };
    const quote = await provider.quote(await findOffer("CGK", "DPS", plain, family), family);
    const { adult, child, infant } = quote.each as { adult: number; child: number; infant: number };
    expect(Math.min(adult, child, infant)).toBeGreaterThan(0);
    expect(quote.total).toBe(2 * adult + child + infant);
  });

  it("one adult: the child and infant fares nobody asked ('0.00') are no matter", async () => {
    const quote = await provider.quote(await findOffer("CGK", "DPS", plain), one);
    expect(quote.total).toBe(quote.each?.adult);
    expect(quote.total).toBeGreaterThan(0);
  });
});
