import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PaxCount } from "../../../src/domain/passenger.js";
import { CombinedProvider } from "../../../src/providers/combined/combined-provider.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../../src/sandbox/mmbc/index.js";
import { isoAhead } from "../../sandbox/sandbox-helpers.js";
import { captureLogger } from "../../support/test-logger.js";
import { until } from "../../support/telegram/wait-for.js";
import { error, startSandboxFixture } from "../tiket/sandbox-fixture.js";

// PROVIDER=both over real HTTP: the MMBC sandbox and the tiket.com sandbox side by side, MMBC first
// (as buildProviders orders them), so a guess would land on MMBC.
const tiket = await startSandboxFixture(inject("redisUrl"));
const mmbcSandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
const { logger } = captureLogger("warn");
const mmbc = new MmbcProvider({
  baseUrl: mmbcSandbox.baseUrl, credentials: mmbcSandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
  timeouts: { read: 2_000, search: 2_000, book: 2_000, issue: 2_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => {
  await mmbc.close();
  await mmbcSandbox.close();
  await tiket.close();
});
beforeEach(() => {
  tiket.sandbox.controls.reset();
  mmbcSandbox.controls.reset();
});

/** A combined provider of its own: it never saw the booking being made. */
const combined = () => new CombinedProvider([mmbc, tiket.make()]);
const MMBC_ISSUE = "getissued-json";
const ONE: PaxCount = { adult: 1, child: 0, infant: 0 };

async function bookMmbc(): Promise<string> {
  for (let d = 20; d < 60; d++) {
    const offers = await mmbc.search({ from: "CGK", to: "DPS", date: isoAhead(d), pax: ONE }).catch((e: unknown) => {
      if (e instanceof ProviderError && e.code === "no_flights") return [] as FlightOffer[];
      throw e;
    });
    const offer = offers.find((o) => ["JT", "ID", "GA", "SJ"].includes(o.airlineCode));
    if (!offer) continue;
    const request: BookingRequest = {
      provider: "mmbc", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date, pax: ONE,
      passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso" }], contact: { email: "budi@example.co.id", phone: "081234567890" },
    };
    return (await mmbc.book(request)).code;
  }
  throw new Error("no MMBC offer");
}

describe("PROVIDER=both: a bare booking code goes to the provider that owns it", () => {
  it("a tiket.com order it never saw: status says tiket, and issue pays through tiket.com only", async () => {
    const code = await tiket.bookPlain();
    const both = combined();
    expect(await both.status(code)).toEqual({ code, status: "waiting", provider: "tiket", total: expect.any(Number) });

    const deposit = tiket.sandbox.controls.getDeposit();
    const mmbcBalance = mmbcSandbox.controls.getBalance();
    const result = await both.issue(code);
    expect(result.code).toBe(code);
    expect(result.pnr).toMatch(/^[A-Z0-9]{6}$/);
    expect(tiket.sandbox.controls.getDeposit()).toBe(deposit - tiket.sandbox.controls.getOrder(code)!.grandTotal!);
    expect(tiket.sandbox.controls.calls("checkout/checkout_payment").filter((c) => c.params.btn_booking === "1")).toHaveLength(1);
    expect(mmbcSandbox.controls.callCount(MMBC_ISSUE)).toBe(0);
    expect(mmbcSandbox.controls.getBalance()).toBe(mmbcBalance);
    expect(await both.status(code)).toEqual({ code, status: "issued", provider: "tiket", total: tiket.sandbox.controls.getOrder(code)!.grandTotal });
  });

  it("an MMBC booking: status says mmbc, and issue goes to MMBC without touching tiket.com's deposit", async () => {
    const code = await bookMmbc();
    const both = combined();
    expect(await both.status(code)).toEqual({ code, status: "waiting", provider: "mmbc" });
    const deposit = tiket.sandbox.controls.getDeposit();
    await both.issue(code);
    expect(mmbcSandbox.controls.callCount(MMBC_ISSUE)).toBe(1);
    expect(tiket.sandbox.controls.callCount("checkout/checkout_payment")).toBe(0);
    expect(tiket.sandbox.controls.getDeposit()).toBe(deposit);
    expect((await both.status(code)).provider).toBe("mmbc");
  });

  it("a code nobody knows is booking_not_found, and nothing is paid anywhere", async () => {
    const both = combined();
    expect((await error(both.status("99999999"))).code).toBe("booking_not_found");
    expect((await error(both.issue("99999999"))).code).toBe("booking_not_found");
    expect((await error(both.issue("ZZZZZZ"))).code).toBe("booking_not_found");
    expect(mmbcSandbox.controls.callCount(MMBC_ISSUE)).toBe(0);
    expect(tiket.sandbox.controls.callCount("checkout/checkout_payment")).toBe(0);
  });

  it("a code both providers know is not guessed: status and issue refuse, nothing is paid", async () => {
    const code = await tiket.bookPlain();
    mmbcSandbox.controls.seedBookings([{ code, timelimitAt: Date.now() + 3_600_000 }]);
    const both = combined();
    const refused = await error(both.issue(code));
    expect(refused).toMatchObject({ code: "validation", messages: [`${code}: mmbc, tiket`] });
    expect((await error(both.status(code))).code).toBe("validation");
    expect(mmbcSandbox.controls.callCount(MMBC_ISSUE)).toBe(0);
    expect(tiket.sandbox.controls.callCount("checkout/checkout_payment")).toBe(0);
  });

  it("while the other provider can't say whether it knows the code, issue refuses rather than guess", async () => {
    const code = await tiket.bookPlain();
    mmbcSandbox.controls.setFault("getstatusbooking-json", { kind: "http500" });
    const both = combined();
    // Status is only read: it still names the provider that knows the code.
    expect(await both.status(code)).toEqual({ code, status: "waiting", provider: "tiket", total: expect.any(Number) });
    expect((await error(both.issue(code))).code).toBe("unavailable");
    expect(tiket.sandbox.controls.callCount("checkout/checkout_payment")).toBe(0);
    expect(mmbcSandbox.controls.callCount(MMBC_ISSUE)).toBe(0);
    mmbcSandbox.controls.setFault("getstatusbooking-json", null);
    expect((await both.issue(code)).pnr).toBeTruthy();
  });

  it("a tiket.com e-ticket link is downloaded through tiket.com", async () => {
    const code = await tiket.bookPlain();
    const both = combined();
    await both.issue(code);
    const doc = await both.ticket(code);
    if (doc.kind !== "link") throw new Error("expected a link");
    expect(Buffer.from((await both.downloadTicket(doc)).subarray(0, 4)).toString("latin1")).toBe("%PDF");
  });
});

describe("PROVIDER=both: flights found so far (progressive search)", () => {
  it("reports one provider's flights while the other still searches, then everything merged", async () => {
    mmbcSandbox.controls.hold("getflights-json");
    const seen: (readonly FlightOffer[])[] = [];
    const searching = combined().search({ from: "CGK", to: "DPS", date: isoAhead(21), pax: ONE }, { onOffers: (soFar) => seen.push(soFar) });
    await until(() => seen.length > 0);
    expect(seen[0]!.length).toBeGreaterThan(0);
    expect(seen[0]!.every((o) => o.provider === "tiket")).toBe(true);
    mmbcSandbox.controls.release();
    const offers = await searching;
    expect(offers.some((o) => o.provider === "mmbc")).toBe(true);
    expect(seen.at(-1)!.length).toBe(offers.length);
  });
});

describe("PROVIDER=both: one provider fails while the other answers", () => {
  it("the search succeeds with the other's flights and names the provider that failed", async () => {
    tiket.sandbox.controls.setFault("search/flight", { kind: "html" });
    const failed: string[] = [];
    const offers = await combined().search({ from: "CGK", to: "DPS", date: isoAhead(22), pax: ONE }, { onProviderFailed: (id) => failed.push(id) });
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.provider === "mmbc")).toBe(true);
    expect(failed).toEqual(["tiket"]);
  });

  it("the other finding nothing is not \"no flights\": the failure is the answer", async () => {
    tiket.sandbox.controls.setFault("search/flight", { kind: "http500" });
    // MMBC has no flights beyond a year ahead.
    const error = await combined().search({ from: "CGK", to: "DPS", date: isoAhead(400), pax: ONE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).not.toBe("no_flights");
    expect(await mmbc.search({ from: "CGK", to: "DPS", date: isoAhead(400), pax: ONE }).catch((e: unknown) => (e as ProviderError).code)).toBe("no_flights");
  });
});
