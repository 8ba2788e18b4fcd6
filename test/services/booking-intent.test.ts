import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Booking, BookingRequest } from "../../src/domain/booking.js";
import { isProviderError, ProviderError } from "../../src/domain/errors.js";
import type { FlightProvider } from "../../src/domain/flight-provider.js";
import type { FlightOffer, Quote } from "../../src/domain/flight.js";
import type { PaxCount } from "../../src/domain/passenger.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import type { AccessPolicy, Actor } from "../../src/services/access-policy.js";
import { bookFlight, type BookDeps, type BookInput } from "../../src/services/book-flight.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { ContactStore } from "../../src/store/contact-store.js";
import { redisKeys, TTL } from "../../src/store/keys.js";
import { UncertainBookings } from "../../src/store/uncertain-bookings.js";
import { isoAhead } from "../sandbox/sandbox-helpers.js";
import { captureLogger } from "../support/test-logger.js";

// bookFlight against the MMBC sandbox over HTTP and the real stores on Redis. The provider's `book`
// is wrapped per test: a call that never answers (the process died or shut down while it was in
// flight), one that books and then breaks off, a refusal. The question each time: does a second Book
// of the same flight by the same member ask first, instead of holding the seats twice?
const sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
const mmbc = new MmbcProvider({
  baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger: captureLogger("warn").logger,
  timeouts: { read: 5_000, search: 5_000, book: 5_000, issue: 5_000 }, retryDelaysMs: [10, 10],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`booking-intent-${process.pid}`);
/** Redis down: no offline queue, one try, never connected — every command fails at once, as the app's client does in a blip. */
const down = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null });
down.on("error", () => undefined);
afterAll(async () => {
  await mmbc.close();
  await sandbox.close();
  redis.disconnect();
  down.disconnect();
});

let book: (req: BookingRequest) => Promise<Booking>;
const provider: FlightProvider = Object.assign(Object.create(mmbc) as MmbcProvider, { book: (req: BookingRequest) => book(req) });
const access = { access: async () => ({ ok: true, providers: { search: provider, byId: { mmbc: provider } } }) } as unknown as AccessPolicy;
const uncertain = new UncertainBookings(redis, keys);
const deps: BookDeps = { access, bookings: new BookingStore(redis, keys), contacts: new ContactStore(redis, keys), now: () => new Date(), uncertain };
const ONE: PaxCount = { adult: 1, child: 0, infant: 0 };
let chatId = 70_000;
let actor: Actor;
beforeEach(() => {
  sandbox.controls.reset();
  book = (req) => mmbc.book(req);
  chatId++;
  actor = { userId: chatId, chat: { id: chatId, type: "private" }, standing: async () => "member" as never };
});

/** A quote of a bookable flight (no captcha), a day per test so flights don't overlap. */
let day = 20;
async function quoteOne(): Promise<Quote> {
  for (; day < 80; day++) {
    const offers: FlightOffer[] = await mmbc.search({ from: "CGK", to: "SUB", date: isoAhead(day), pax: ONE }).catch(() => []);
    for (const offer of offers) {
      const quote = await mmbc.quote(offer, ONE).catch(() => undefined);
      if (quote && !quote.captcha && quote.seatsLeft > 0) { day++; return quote; }
    }
  }
  throw new Error("no bookable offer in the sandbox");
}
const inputFor = (quote: Quote, name = "Budi Santoso", extra: Partial<BookInput> = {}): BookInput => ({
  quote, acceptedTotal: quote.total, passengers: [{ type: "adult", title: "Mr", fullName: name, birthDate: "1990-01-01" }], contact: { email: "budi@example.co.id", phone: "081234567890" },
  bookedBy: { id: actor.userId, name: "Agen" }, locale: "id", ...extra,
});
const flightOf = (q: Quote) => `${q.offer.provider}:${q.offer.flightCode}:${q.offer.date}`;
const bookCalls = () => sandbox.controls.callCount("postbooking-json");
const noteKey = () => keys.uncertainBookings(chatId, actor.userId);
async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("a booking whose outcome the bot never recorded is asked about before booking again", () => {
  it("the process dies while the booking call is in flight (the airline books, no answer is ever handled): the next Book asks first", async () => {
    const quote = await quoteOne();
    const before = bookCalls();
    // The airline gets the request and books; the handler never sees the answer (process killed / drained away).
    book = (req) => { void mmbc.book(req); return new Promise<Booking>(() => undefined); };
    void bookFlight(deps, actor, inputFor(quote));
    await until(() => bookCalls() > before);
    book = (req) => mmbc.book(req);

    const again = await bookFlight(deps, actor, inputFor(quote));
    expect(again).toEqual({ kind: "maybe_booked", names: "Budi Santoso" });
    expect(bookCalls() - before).toBe(1);
    // The note says which flight, who, when; it lasts as long as an unpaid hold.
    const note = await uncertain.get(chatId, actor.userId, flightOf(quote));
    expect(note).toMatchObject({ names: "Budi Santoso", seats: 1, by: actor.userId });
    expect(Date.now() - Date.parse(note!.at!)).toBeLessThan(60_000);
    const ttl = await redis.ttl(noteKey());
    expect(ttl).toBeGreaterThan(TTL.uncertainBooking - 60);
    expect(ttl).toBeLessThanOrEqual(TTL.uncertainBooking);

    // The agent was told and books anyway: done, once more, and the note is settled.
    const anyway = await bookFlight(deps, actor, inputFor(quote, "Budi Santoso", { despiteUncertain: true }));
    expect(anyway.kind).toBe("booked");
    expect(bookCalls() - before).toBe(2);
    expect(await uncertain.get(chatId, actor.userId, flightOf(quote))).toBeUndefined();
  });

  it("the call books and then breaks off with no provider answer (not a ProviderError): outcome unknown, and the next Book asks", async () => {
    const quote = await quoteOne();
    book = async (req) => { await mmbc.book(req); throw new Error("socket hang up"); };
    const e = await bookFlight(deps, actor, inputFor(quote)).catch((x: unknown) => x);
    expect(isProviderError(e, "outcome_unknown")).toBe(true);
    book = (req) => mmbc.book(req);
    expect(await bookFlight(deps, actor, inputFor(quote))).toEqual({ kind: "maybe_booked", names: "Budi Santoso" });
  });

  it("Redis fails when the answer is saved: outcome unknown with the code, the note kept, and the next Book asks", async () => {
    const quote = await quoteOne();
    const before = bookCalls();
    const e = await bookFlight({ ...deps, bookings: new BookingStore(down, keys) }, actor, inputFor(quote)).catch((x: unknown) => x);
    expect(isProviderError(e, "outcome_unknown"), String(e)).toBe(true);
    const code = (e as ProviderError).messages[0];
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(sandbox.controls.getBooking(code!)).toBeDefined();
    expect(await uncertain.get(chatId, actor.userId, flightOf(quote))).toMatchObject({ names: "Budi Santoso", code });
    // The next Book asks, and can say the code the provider gave.
    expect(await bookFlight(deps, actor, inputFor(quote))).toEqual({ kind: "maybe_booked", names: "Budi Santoso", code });
    expect(bookCalls() - before).toBe(1);
  });

  it("no note can be written (Redis down): the provider is not called", async () => {
    const quote = await quoteOne();
    const before = bookCalls();
    const e = await bookFlight({ ...deps, uncertain: new UncertainBookings(down, keys) }, actor, inputFor(quote)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(isProviderError(e)).toBe(false);
    expect(bookCalls()).toBe(before);
  });

  it("an outcome_unknown from the provider leaves the note (as before)", async () => {
    const quote = await quoteOne();
    book = async () => { throw new ProviderError("outcome_unknown", "provider timed out"); };
    await expect(bookFlight(deps, actor, inputFor(quote))).rejects.toMatchObject({ code: "outcome_unknown" });
    expect(await bookFlight(deps, actor, inputFor(quote))).toEqual({ kind: "maybe_booked", names: "Budi Santoso" });
  });

  it("booked and saved: nothing is left, the next Book of that flight books without asking", async () => {
    const quote = await quoteOne();
    expect((await bookFlight(deps, actor, inputFor(quote))).kind).toBe("booked");
    expect(await redis.hlen(noteKey())).toBe(0);
    expect((await bookFlight(deps, actor, inputFor(quote, "Siti Aminah"))).kind).toBe("booked");
  });

  it.each(["seat_gone", "validation", "upstream"] as const)("a definite refusal (%s) clears the intent: the next Book is not asked about", async (code) => {
    const quote = await quoteOne();
    book = async () => { throw new ProviderError(code, "refused"); };
    await expect(bookFlight(deps, actor, inputFor(quote))).rejects.toMatchObject({ code });
    expect(await uncertain.get(chatId, actor.userId, flightOf(quote))).toBeUndefined();
    book = (req) => mmbc.book(req);
    expect((await bookFlight(deps, actor, inputFor(quote))).kind).toBe("booked");
  });

  it("booking anyway over a doubt, refused: the earlier doubt stands", async () => {
    const quote = await quoteOne();
    book = async () => { throw new ProviderError("outcome_unknown", "provider timed out"); };
    await bookFlight(deps, actor, inputFor(quote)).catch(() => undefined);
    book = async () => { throw new ProviderError("seat_gone", "sold out"); };
    await expect(bookFlight(deps, actor, inputFor(quote, "Siti Aminah", { despiteUncertain: true }))).rejects.toMatchObject({ code: "seat_gone" });
    expect(await bookFlight(deps, actor, inputFor(quote, "Siti Aminah"))).toEqual({ kind: "maybe_booked", names: "Budi Santoso" });
  });

  it("a note in the older shape (the names alone) still asks", async () => {
    const quote = await quoteOne();
    await redis.hset(noteKey(), flightOf(quote), "Ani Lestari");
    expect(await bookFlight(deps, actor, inputFor(quote))).toEqual({ kind: "maybe_booked", names: "Ani Lestari" });
  });
});
