import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import type { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PassengerInput, PaxCount } from "../../../src/domain/passenger.js";
import { TiketProvider, type TiketProviderOptions } from "../../../src/providers/tiket/tiket-provider.js";
import { RedisTiketTokenStore } from "../../../src/providers/tiket/token-store.js";
import { startTiketSandbox } from "../../../src/sandbox/tiket/index.js";
import { captureLogger } from "../../support/test-logger.js";

const sandbox = await startTiketSandbox({ issueDelayMs: 150, searchRefreshMs: 200 });
const redis = new Redis(inject("redisUrl"));
const prefix = `test:tiket:${randomUUID()}:`;
const { logger, lines } = captureLogger();
const opened: TiketProvider[] = [];
/** Each instance has its own memory but shares the Redis token store, like processes of one deployment. */
function make(overrides: Partial<TiketProviderOptions> = {}): TiketProvider {
  const p = new TiketProvider({
    baseUrl: sandbox.origin, ...sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
    tokens: new RedisTiketTokenStore(redis, prefix), retryDelaysMs: [10, 10],
    timeouts: { read: 3_000, search: 3_000, book: 800, issue: 800 },
    searchRefresh: { maxMs: 3_000, intervalMs: 60 }, issuePoll: { maxMs: 2_000, intervalMs: 50 },
    ...overrides,
  });
  opened.push(p);
  return p;
}
const provider = make();

afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
  await sandbox.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});
beforeEach(() => sandbox.controls.reset());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
const adult: PassengerInput = { type: "adult", title: "Mr", fullName: "Budi Santoso", birthDate: "1985-04-12", idNumber: "3174092302900001" };
const one: PaxCount = { adult: 1, child: 0, infant: 0 };

/** The first offer matching `wanted` on the route, trying dates three weeks out and later. */
async function findOffer(from: string, to: string, wanted: (o: FlightOffer) => boolean, pax = one): Promise<FlightOffer> {
  for (let d = 21; d < 60; d += 3) {
    const hit = (await provider.search({ from, to, date: day(d), pax })).find(wanted);
    if (hit) return hit;
  }
  throw new Error(`no such offer on ${from}-${to}`);
}

function requestFor(offer: FlightOffer, passengers: PassengerInput[], pax = one): BookingRequest {
  return {
    provider: "tiket", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date,
    pax, passengers, contact: { email: "budi@example.com", phone: "+6281234567890" },
  };
}

const plain = (o: FlightOffer) => !["JT", "QG"].includes(o.airlineCode);

async function bookPlain(): Promise<string> {
  return (await provider.book(requestFor(await findOffer("CGK", "DPS", plain), [adult]))).code;
}

describe("tiket.com adapter against the sandbox", () => {
  it("searches through the check-update loop until the list is complete", async () => {
    const query = { from: "SUB", to: "UPG", date: day(25), pax: one };
    let rounds = 0;
    const first = await provider.search(query, { onPartial: () => { rounds += 1; } });
    expect(rounds).toBeGreaterThan(0);
    expect(sandbox.controls.callCount("search/flight")).toBeGreaterThanOrEqual(2);
    expect(await provider.search(query)).toHaveLength(first.length);
    for (const call of sandbox.controls.calls("search/flight")) {
      expect(call.userAgent).toBe(`twh:${sandbox.credentials.businessId};${sandbox.credentials.businessName};`);
      expect(call.params).toMatchObject({ v: "3", output: "json", lang: "id", d: "SUB", a: "UPG" });
    }
    expect(first.every((o) => o.provider === "tiket" && /^\d+$/.test(o.ref) && o.departsAt.endsWith("+07:00"))).toBe(true);
  });

  it("books, issues from another process, and delivers the PDF; the deposit pays the total", async () => {
    const offer = await findOffer("CGK", "DPS", plain);
    const quote = await provider.quote(offer, one);
    expect(quote.needs).toMatchObject({ birthDate: true, idNumber: true, passport: false, nationality: false });
    expect(quote.captcha).toBeUndefined();
    const booking = await provider.book(requestFor(offer, [adult]));
    expect(booking).toMatchObject({ provider: "tiket", status: "waiting", flightCode: offer.flightCode, departsAt: offer.departsAt });
    expect(booking.fares.total).toBe(quote.total);
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "waiting" });

    const deposit = sandbox.controls.getDeposit();
    const result = await make().issue(booking.code);
    expect(result.pnr).toMatch(/^[A-Z0-9]{6}$/);
    expect(result.ticketNumbers).toHaveLength(1);
    expect(sandbox.controls.getDeposit()).toBe(deposit - booking.fares.total);
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "issued" });

    const doc = await provider.ticket(booking.code);
    expect(doc).toMatchObject({ kind: "link", fileName: `etiket-${booking.code}.pdf` });
    if (doc.kind !== "link") throw new Error("expected a link");
    expect(Buffer.from((await provider.downloadTicket(doc)).subarray(0, 4)).toString("latin1")).toBe("%PDF");
  });

  it("Citilink e-mails the voucher instead of linking it", async () => {
    const offer = await findOffer("CGK", "DPS", (o) => o.airlineCode === "QG");
    const { code } = await provider.book(requestFor(offer, [adult]));
    await provider.issue(code);
    expect(await provider.ticket(code)).toEqual({ kind: "emailed", code, email: "budi@example.com" });
  });

  it("an international flight asks for passport and nationality, and books with them", async () => {
    const offer = await findOffer("CGK", "SIN", () => true);
    const quote = await provider.quote(offer, one);
    expect(quote.needs).toMatchObject({ passport: true, nationality: true, birthDate: true });
    const traveller = { ...adult, idNumber: undefined, passport: { number: "B1234567", expiry: day(365 * 5) }, nationality: "id" };
    const { code } = await provider.book(requestFor(offer, [traveller]));
    expect(JSON.stringify(sandbox.controls.getOrder(code))).toContain("B1234567");
  });

  it("Lion Air: the quote carries a captcha, and the booking needs its answer", async () => {
    const offer = await findOffer("CGK", "DPS", (o) => o.airlineCode === "JT");
    const wrong = await provider.quote(offer, one);
    expect(wrong.captcha?.image).toMatch(/^data:image\//);
    const refused = await error(provider.book({ ...requestFor(offer, [adult]), captcha: { answer: "nope", session: wrong.captcha!.session } }));
    expect(refused.code).toBe("validation");
    const quote = await provider.quote(offer, one);
    const answer = sandbox.controls.captchaAnswer(quote.captcha!.session)!;
    const booking = await provider.book({ ...requestFor(offer, [adult]), captcha: { answer, session: quote.captcha!.session } });
    expect(booking.status).toBe("waiting");
  });

  it("a family: child and infant (on an adult's lap) are booked and ticketed", async () => {
    const pax = { adult: 1, child: 1, infant: 1 };
    const offer = await findOffer("CGK", "DPS", plain, pax);
    const quote = await provider.quote(offer, pax);
    const passengers: PassengerInput[] = [adult, { type: "child", title: "Miss", fullName: "Ayu Santoso", birthDate: "2018-07-01" }, { type: "infant", title: "Mstr", fullName: "Bima Santoso", birthDate: day(-200) }];
    const booking = await provider.book(requestFor(offer, passengers, pax));
    expect(booking.fares.total).toBe(quote.total);
    expect((await provider.issue(booking.code)).ticketNumbers).toHaveLength(3);
  });
});

describe("tiket.com sandbox faults and refusals", () => {
  it("a book that times out is unknown, sent once", async () => {
    const offer = await findOffer("CGK", "DPS", plain);
    sandbox.controls.setFault("order/add/flight", { kind: "timeout" });
    expect((await error(provider.book(requestFor(offer, [adult])))).code).toBe("outcome_unknown");
    expect(sandbox.controls.callCount("order/add/flight")).toBe(1);
  });

  it("a deposit payment that went through but timed out is unknown, sent once; issuing again confirms it", async () => {
    const code = await bookPlain();
    const deposit = sandbox.controls.getDeposit();
    sandbox.controls.setFault("checkout/checkout_payment/8", { kind: "timeout", commit: true }, 1);
    expect((await error(provider.issue(code))).code).toBe("outcome_unknown");
    expect(sandbox.controls.callCount("checkout/checkout_payment")).toBe(1);
    expect(sandbox.controls.callCount("partner/transactionApi/confirmPayment")).toBe(0);
    expect((await provider.status(code)).status).toBe("waiting");
    expect((await provider.issue(code)).pnr).toBeTruthy();
    expect(deposit - sandbox.controls.getDeposit()).toBe(sandbox.controls.getOrder(code)!.grandTotal);
  });

  it("a confirmation that times out is unknown; issuing again confirms without paying twice", async () => {
    const code = await bookPlain();
    const deposit = sandbox.controls.getDeposit();
    sandbox.controls.setFault("partner/transactionApi/confirmPayment", { kind: "timeout", commit: true }, 1);
    expect((await error(provider.issue(code))).code).toBe("outcome_unknown");
    const result = await provider.issue(code);
    expect(result.pnr).toBeTruthy();
    expect(sandbox.controls.callCount("checkout/checkout_payment")).toBe(1);
    expect(deposit - sandbox.controls.getDeposit()).toBe(sandbox.controls.getOrder(code)!.grandTotal);
  });

  it.each(["html", "http500"] as const)("a search answered with %s is unavailable", async (kind) => {
    sandbox.controls.setFault("search/flight", { kind });
    expect((await error(provider.search({ from: "CGK", to: "KNO", date: day(30), pax: one }))).code).toBe("unavailable");
  });

  it("an expired order is expired, and issuing it is booking_expired", async () => {
    const code = await bookPlain();
    sandbox.controls.expireOrder(code);
    expect((await provider.status(code)).status).toBe("expired");
    expect((await error(provider.issue(code))).code).toBe("booking_expired");
  });

  it("a deposit too low is insufficient_deposit and debits nothing; after a top-up the same order issues", async () => {
    const code = await bookPlain();
    sandbox.controls.setDeposit(1_000);
    expect((await error(provider.issue(code))).code).toBe("insufficient_deposit");
    expect(sandbox.controls.getDeposit()).toBe(1_000);
    sandbox.controls.setDeposit(50_000_000);
    expect((await provider.issue(code)).pnr).toBeTruthy();
  });

  it("wrong keys and a wrong User-Agent are invalid_credentials", async () => {
    expect((await error(make({ confirmKey: "wrong" }).balance())).code).toBe("invalid_credentials");
    // A store of its own: the shared one holds a pooled token taken with the right key.
    const ownStore = new RedisTiketTokenStore(redis, `${prefix}wrong:`);
    expect((await error(make({ secretKey: "wrong", tokens: ownStore }).airports())).code).toBe("invalid_credentials");
    expect((await error(make({ businessName: "Someone Else" }).search({ from: "CGK", to: "DPS", date: day(22), pax: one }))).code).toBe("invalid_credentials");
    expect(await provider.balance()).toBeGreaterThan(0);
  });

  it("kept the secret and confirm keys out of the logs", () => {
    const text = lines.join("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(sandbox.credentials.secretKey);
    expect(text).not.toContain(sandbox.credentials.confirmKey);
  });
});
