import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { ProviderError, type ProviderErrorCode } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PassengerInput, PassengerRequirements, PaxCount } from "../../../src/domain/passenger.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox, type EndpointName, type Fault, type MmbcSandbox, type SandboxCredentials } from "../../../src/sandbox/mmbc/index.js";
import { isoAhead } from "../../sandbox/sandbox-helpers.js";
import { captureLogger } from "../../support/test-logger.js";

// The real client over real HTTP against the sandbox: what the canned-body tests can't show is that
// both sides agree on the whole conversation, money included.
// Calls that should succeed get a generous timeout, so a busy machine never turns them into failures.
// Only the calls that face an injected fault go through `faulty`, whose short timeout keeps the
// `timeout` cases fast; it is still long enough for a request to reach the in-process sandbox
// (the "timeout after commit" cases need the sandbox to have performed the call).
const HAPPY_TIMEOUT_MS = 20_000;
const FAULT_TIMEOUT_MS = 1_000;
const sandbox = await startMmbcSandbox();
const { logger } = captureLogger("warn");
const providers: MmbcProvider[] = [];
const provider = client(sandbox);
const faulty = client(sandbox, sandbox.credentials, FAULT_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(providers.map((p) => p.close()));
  await sandbox.close();
});

function client(s: MmbcSandbox, credentials: SandboxCredentials = s.credentials, timeoutMs = HAPPY_TIMEOUT_MS): MmbcProvider {
  const p = new MmbcProvider({
    baseUrl: s.baseUrl, credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
    timeouts: { read: timeoutMs, search: timeoutMs, book: timeoutMs, issue: timeoutMs }, retryDelaysMs: [10, 10],
  });
  providers.push(p);
  return p;
}

const ONE: PaxCount = { adult: 1, child: 0, infant: 0 };

/** The first offer on a route that satisfies `wanted`, looking day by day from `startDays` ahead. */
async function findOffer(from: string, to: string, wanted: (o: FlightOffer) => boolean, startDays = 20, p = provider): Promise<FlightOffer> {
  for (let d = startDays; d < startDays + 60; d++) {
    const offers = await p.search({ from, to, date: isoAhead(d), pax: ONE }).catch((e: unknown) => {
      if (e instanceof ProviderError && e.code === "no_flights") return [];
      throw e;
    });
    const offer = offers.find(wanted);
    if (offer) return offer;
  }
  throw new Error(`no matching flight ${from}-${to}`);
}

/** Passengers that fit the flight: birth dates matching each type's age, passports valid past the trip. */
function passengers(pax: PaxCount, needs: PassengerRequirements, flightDate: string): PassengerInput[] {
  const year = Number(flightDate.slice(0, 4));
  const shifted = (years: number) => `${year - years}${flightDate.slice(4, 8)}01`;
  const make = (type: PassengerInput["type"], title: PassengerInput["title"], fullName: string, born: string, i: number): PassengerInput => ({
    type, title, fullName,
    ...(needs.birthDate ? { birthDate: born } : {}),
    ...(needs.passport ? { passport: { number: `B${1234560 + i}`, expiry: `${year + 6}-01-31` } } : {}),
  });
  const adults = [["Mr", "Budi Santoso"], ["Mrs", "Siti Aminah"], ["Ms", "Dewi Lestari"]] as const;
  let i = 0;
  return [
    ...Array.from({ length: pax.adult }, (_, n) => make("adult", adults[n % 3]![0], adults[n % 3]![1], shifted(35 + n), i++)),
    ...Array.from({ length: pax.child }, () => make("child", "Mstr", "Adi Santoso", shifted(6), i++)),
    ...Array.from({ length: pax.infant }, () => make("infant", "Miss", "Ayu Santoso", shifted(1), i++)),
  ];
}

function bookingRequest(offer: FlightOffer, pax: PaxCount, needs: PassengerRequirements): BookingRequest {
  return {
    provider: "mmbc", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date, pax,
    passengers: passengers(pax, needs, offer.date), contact: { email: "budi@example.co.id", phone: "081234567890" },
  };
}

/** Quotes with `p`, then books with `booker` (the client facing a fault, when there is one). */
async function bookOne(offer: FlightOffer, p = provider, booker = p) {
  const quote = await p.quote(offer, ONE);
  return booker.book(bookingRequest(offer, ONE, quote.needs));
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  if (!(e instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(e)}`);
  return e;
}

const needsBirthDate = (o: FlightOffer) => ["QG", "QZ", "JQ"].includes(o.airlineCode);
const namesOnly = (o: FlightOffer) => ["JT", "ID", "GA", "SJ"].includes(o.airlineCode);

describe("booking over HTTP, end to end", () => {
  it("search → quote → book → issue → e-ticket, and the deposit drops by exactly the NTA", async () => {
    const offer = await findOffer("CGK", "SUB", needsBirthDate);
    const pax: PaxCount = { adult: 2, child: 1, infant: 1 };
    const quote = await provider.quote(offer, pax);
    expect(quote.needs.birthDate).toBe(true);
    expect(quote.seatsLeft).toBeGreaterThanOrEqual(3);
    expect(quote.total).toBe(quote.baseFare + quote.tax);

    const booking = await provider.book(bookingRequest(offer, pax, quote.needs));
    expect(booking).toMatchObject({ provider: "mmbc", flightCode: offer.flightCode, from: "CGK", to: "SUB", departsAt: offer.departsAt, status: "waiting" });
    expect(booking.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(booking.fares.total).toBe(quote.total);
    expect(booking.fares.nta + booking.fares.commission!).toBe(booking.fares.total);
    expect(booking.passengers.map((p) => [p.title, p.fullName, p.type])).toEqual([
      ["Mr", "Budi Santoso", "adult"], ["Mrs", "Siti Aminah", "adult"], ["Mstr", "Adi Santoso", "child"], ["Miss", "Ayu Santoso", "infant"],
    ]);
    expect(Date.parse(booking.timelimit)).toBeGreaterThan(Date.now());
    const sent = sandbox.controls.calls("postbooking-json").at(-1)!.params;
    expect(sent.dateofbirth?.split(":")).toHaveLength(4);
    expect(sent.password).toBe("***");
    expect(sandbox.controls.getBooking(booking.code)?.nta).toBe(booking.fares.nta);

    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "waiting" });
    const before = await provider.balance();
    const issued = await provider.issue(booking.code);
    expect(issued.code).toBe(booking.code);
    expect(issued.message).toContain("berhasil terissued");
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "issued" });
    expect(await provider.balance()).toBe(before - booking.fares.nta);
    expect(sandbox.controls.getBalance()).toBe(before - booking.fares.nta);

    const ticket = await provider.ticket(booking.code);
    expect(ticket).toMatchObject({ kind: "link", code: booking.code, fileName: `etiket-${booking.code}.pdf` });
    if (ticket.kind !== "link") throw new Error("expected a link");
    expect(new URL(ticket.url).origin).toBe(sandbox.origin);
    const pdf = await provider.downloadTicket(ticket);
    expect(Buffer.from(pdf.subarray(0, 4)).toString("latin1")).toBe("%PDF");
  });

  it("a name-only airline books without birth dates and issues one ticket number per passenger", async () => {
    const offer = await findOffer("CGK", "DPS", namesOnly);
    const booking = await bookOne(offer);
    expect(sandbox.controls.calls("postbooking-json").at(-1)!.params.dateofbirth).toBeUndefined();
    const issued = await provider.issue(booking.code);
    expect(issued.ticketNumbers).toHaveLength(1);
    expect(issued.ticketNumbers[0]).toMatch(/^\d{13}$/);
  });

  it("an international route (CGK→SIN) books with passports", async () => {
    const offer = await findOffer("CGK", "SIN", () => true);
    const quote = await provider.quote(offer, ONE);
    expect(quote.needs.passport).toBe(true);

    // Without passports the client refuses before anything is sent.
    const calls = sandbox.controls.callCount("postbooking-json");
    const missing = bookingRequest(offer, ONE, { ...quote.needs, passport: false });
    expect((await failure(provider.book(missing))).code).toBe("validation");
    expect(sandbox.controls.callCount("postbooking-json")).toBe(calls);

    const request = bookingRequest(offer, ONE, quote.needs);
    const booking = await provider.book(request);
    expect(booking).toMatchObject({ from: "CGK", to: "SIN", status: "waiting" });
    expect(booking.passengers[0]?.passportNumber).toBe(request.passengers[0]?.passport?.number);
    const sent = sandbox.controls.calls("postbooking-json").at(-1)!.params;
    expect(sent.passportnumber).toBe(request.passengers[0]?.passport?.number);
    expect(sent.passportexpired).toMatch(/^31-01-\d{4}$/);
  });
});

describe("the provider says no", () => {
  beforeEach(() => sandbox.controls.reset());

  it("seats gone: the quote shows 0 and booking fails with seat_gone", async () => {
    const offer = await findOffer("CGK", "UPG", namesOnly);
    sandbox.controls.setSeats(offer.flightCode, offer.date, 0);
    expect((await provider.quote(offer, ONE)).seatsLeft).toBe(0);
    const e = await failure(bookOne(offer));
    expect(e.code).toBe("seat_gone");
    expect(e.retryable).toBe(false);
  });

  it("a price change shows in the quote, and the booking charges the new price", async () => {
    const offer = await findOffer("CGK", "UPG", namesOnly, 25);
    sandbox.controls.setPriceChange(offer.flightCode, 37_000);
    const quote = await provider.quote(offer, ONE);
    expect(quote.total).not.toBe(offer.price);
    expect(quote.total).toBe(offer.price + 37_000);
    expect((await bookOne(offer)).fares.total).toBe(quote.total);
  });

  it("an insufficient deposit is refused with the balance the provider reports", async () => {
    const booking = await bookOne(await findOffer("CGK", "KNO", namesOnly));
    const balance = sandbox.controls.getBalance();
    sandbox.controls.setBalance(0);
    try {
      const e = await failure(provider.issue(booking.code));
      expect(e.code).toBe("insufficient_deposit");
      expect(e.balance).toBe(0);
      expect((await provider.status(booking.code)).status).toBe("waiting");
    } finally {
      sandbox.controls.setBalance(balance);
    }
  });

  it("a booking past its timelimit is expired and can't be issued", async () => {
    // The sandbox's own clock is moved past the deadline: no waiting, and no race with a slow booking call.
    let skewMs = 0;
    const short = await startMmbcSandbox({ now: () => Date.now() + skewMs });
    try {
      const p = client(short);
      const booking = await bookOne(await findOffer("CGK", "SUB", namesOnly, 20, p), p);
      expect((await p.status(booking.code)).status).toBe("waiting");
      skewMs = Date.parse(booking.timelimit) - Date.now() + 60_000;
      expect((await p.status(booking.code)).status).toBe("expired");
      expect((await failure(p.issue(booking.code))).code).toBe("booking_expired");
      expect(short.controls.getBalance()).toBe(50_000_000);
    } finally {
      await short.close();
    }
  });

  it("an unknown code is booking_not_found for issue and status", async () => {
    expect((await failure(provider.issue("ZZZZZZ"))).code).toBe("booking_not_found");
    expect((await failure(provider.status("ZZZZZZ"))).code).toBe("booking_not_found");
  });

  it("wrong credentials are invalid_credentials, never retried; \"system failed login\" is an airline's failure", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "login" });
    expect((await failure(provider.balance())).code).toBe("upstream");
    sandbox.controls.setFault("ceksaldo", null);

    const wrong = client(sandbox, { ...sandbox.credentials, password: "not-the-password" });
    expect((await failure(wrong.search({ from: "CGK", to: "SUB", date: isoAhead(20), pax: ONE }))).code).toBe("invalid_credentials");
    expect((await failure(wrong.status("ABCDEF"))).code).toBe("invalid_credentials");
    expect(sandbox.controls.callCount("getflights-json")).toBe(1);
    expect(sandbox.controls.callCount("getstatusbooking-json")).toBe(1);
  });
});

const READ_FAULTS: Fault[] = [{ kind: "timeout" }, { kind: "http500" }, { kind: "html" }, { kind: "malformed" }, { kind: "empty" }];
const READS: [EndpointName, () => Promise<unknown>][] = [
  ["getstatusbooking-json", () => faulty.status("ABCDEF")],
  ["getflights-json", () => faulty.search({ from: "CGK", to: "SUB", date: isoAhead(30), pax: ONE })],
  ["ceksaldo", () => faulty.balance()],
];

describe("broken answers to reads are retried, then unavailable", () => {
  beforeEach(() => sandbox.controls.reset());

  const cases = READS.flatMap(([endpoint, call]) => READ_FAULTS.map((fault) => [endpoint, fault.kind, fault, call] as const));
  it.each(cases)("%s / %s", async (endpoint, _kind, fault, call) => {
    sandbox.controls.setFault(endpoint, fault);
    const started = performance.now();
    const e = await failure(call());
    const ms = performance.now() - started;
    expect(e.code).toBe("unavailable");
    expect(e.endpoint).toBe(endpoint);
    expect(sandbox.controls.callCount(endpoint)).toBe(3);
    // A silent provider is given up on only at the client timeout, on each of the three attempts
    // (a lower bound: a busy machine only makes it later). No upper bound: that would time the machine.
    if (fault.kind === "timeout") expect(ms).toBeGreaterThanOrEqual(3 * FAULT_TIMEOUT_MS - 30);
  });

  it("a fault that clears is absorbed by the retry", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "http500" }, 2);
    expect(await provider.balance()).toBe(sandbox.controls.getBalance());
    expect(sandbox.controls.callCount("ceksaldo")).toBe(3);
  });
});

const MONEY_FAULTS: Fault[] = [
  { kind: "timeout" }, { kind: "timeout", commit: true }, { kind: "http500" }, { kind: "html" }, { kind: "malformed" }, { kind: "empty" },
];
const label = (f: Fault) => (f.kind === "timeout" && f.commit ? "timeout after commit" : f.kind);

describe("broken answers to book and issue: sent once, outcome unknown", () => {
  let offer: FlightOffer | undefined;
  beforeEach(async () => {
    sandbox.controls.reset();
    offer ??= await findOffer("CGK", "BPN", namesOnly);
    // Every case books on this flight; the generated 5–9 seats would run out.
    sandbox.controls.setSeats(offer.flightCode, offer.date, 99);
  });

  it.each(MONEY_FAULTS.map((f) => [label(f), f] as const))("book / %s", async (_label, fault) => {
    const seatsBefore = (await provider.quote(offer!, ONE)).seatsLeft;
    sandbox.controls.setFault("postbooking-json", fault);
    const e = await failure(bookOne(offer!, provider, faulty));
    expect(e.code as ProviderErrorCode).toBe("outcome_unknown");
    expect(e.retryable).toBe(false);
    // Sent once: never retried, whatever the answer (or the silence) was.
    expect(sandbox.controls.callCount("postbooking-json")).toBe(1);
    // Only a committed timeout really booked: that is why the caller must reconcile, not retry.
    sandbox.controls.setFault("postbooking-json", null);
    const committed = fault.kind === "timeout" && fault.commit === true;
    expect((await provider.quote(offer!, ONE)).seatsLeft).toBe(seatsBefore - (committed ? 1 : 0));
  });

  it.each(MONEY_FAULTS.map((f) => [label(f), f] as const))("issue / %s", async (_label, fault) => {
    const booking = await bookOne(offer!);
    const balance = sandbox.controls.getBalance();
    sandbox.controls.setFault("getissued-json", fault);
    const e = await failure(faulty.issue(booking.code));
    expect(e.code).toBe("outcome_unknown");
    expect(sandbox.controls.callCount("getissued-json")).toBe(1);
    const committed = fault.kind === "timeout" && fault.commit === true;
    expect((await provider.status(booking.code)).status).toBe(committed ? "issued" : "waiting");
    expect(sandbox.controls.getBalance()).toBe(balance - (committed ? booking.fares.nta : 0));
  });
});
