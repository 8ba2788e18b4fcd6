import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { ProviderError } from "../../../src/domain/errors.js";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { startCannedServer, json, type CannedRequest } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { FAILURES, MORE_FAILURES, SPEC } from "./spec-examples.js";

type Answer = (req: CannedRequest, res: ServerResponse) => void;
let next: Answer = (_req, res) => json(res, "{}");
const server = await startCannedServer((req, res) => next(req, res));
const { logger, lines } = captureLogger();
const creds = { username: "agent007", password: "s3cret-pass" };
// Answered calls get a generous timeout (a busy machine must not turn them into timeouts); `silent`
// is for the cases where the canned server never answers, and its short timeout keeps them fast.
const client = (timeoutMs: number) => new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: creds, timeZone: "Asia/Jakarta", sandbox: false, logger,
  timeouts: { read: timeoutMs, search: timeoutMs, book: timeoutMs, issue: timeoutMs }, retryDelaysMs: [10, 10],
});
const provider = client(20_000);
const silent = client(1_000);

const answer = (body: string, contentType?: string): Answer => (_req, res) => json(res, body, contentType);
const query = { from: "CGK", to: "SUB", date: "2016-06-08", pax: { adult: 1, child: 0, infant: 0 } };
const bookingRequest: BookingRequest = {
  provider: "mmbc", offerRef: "x", flightCode: "JT-253", from: "PDG", to: "CGK", date: "2017-03-20",
  pax: { adult: 2, child: 0, infant: 1 },
  passengers: [
    { type: "adult", title: "Mr", fullName: "Budi  Santoso" },
    { type: "adult", title: "Mrs", fullName: "Siti Aminah" },
    { type: "infant", title: "Miss", fullName: "Ayu" },
  ],
  contact: { email: "budi@example.com", phone: "081234567890" },
};

beforeAll(() => { lines.length = 0; });
afterAll(async () => { await provider.close(); await silent.close(); await server.close(); });

describe("MMBC client on the spec's examples", () => {
  it("reads the balance with thousands commas", async () => {
    next = answer(SPEC.balance);
    expect(await provider.balance()).toBe(99_999);
    const req = server.requests.at(-1)!;
    expect(req.path).toBe("/json/ceksaldo");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(req.body).get("password")).toBe("s3cret-pass");
  });

  it("lists cities and airlines (escaped slashes in logo URLs)", async () => {
    next = answer(SPEC.cities);
    expect(await provider.airports()).toContainEqual({ code: "HLP", city: "Jakarta Halim" });
    expect(server.requests.at(-1)!.method).toBe("GET");
    next = answer(SPEC.airlines);
    const [airline] = await provider.airlines();
    expect(airline?.logoUrl).toMatch(/^https:\/\/da8hvrloj7e7d\.cloudfront\.net\/imageResource\/2015\/12\/17\//);
  });

  it("maps search rows: numbers vs strings, 0 publish fare, trailing spaces, zone", async () => {
    next = answer(SPEC.search);
    const offers = await provider.search(query);
    expect(offers.map((o) => o.flightCode)).toEqual(["QZ-7682", "JT-690", "JT-748"]);
    const [qz, jt] = offers;
    expect(qz).toMatchObject({ price: 350_000, baseFare: undefined, stops: 0, airlineCode: "QZ", departsAt: "2016-06-08T08:45:00.000+07:00", arrivesAt: "2016-06-08T10:00:00.000+07:00", facilities: undefined });
    expect(jt).toMatchObject({ price: 440_000, baseFare: 385_000, transitInfo: "CGK-SUB (05:00 - 06:30)", baggage: "20 Kg" });
    expect(new URLSearchParams(server.requests.at(-1)!.body).get("date")).toBe("08-06-2016");
  });

  it("puts an arrival after midnight on the next day and reads commas and transits", async () => {
    next = answer(SPEC.searchLate);
    const [late] = await provider.search({ ...query, to: "DPS" });
    expect(late).toMatchObject({ price: 1_250_000, stops: 1, departsAt: "2016-06-08T22:10:00.000+07:00", arrivesAt: "2016-06-09T01:05:00.000+07:00" });
  });

  it("searches one airline on its own path with the smaller shape", async () => {
    next = answer(SPEC.searchPerAirline);
    const offers = await provider.search(query, { airline: "lion" });
    expect(server.requests.at(-1)!.path).toBe("/json/getflightLion/");
    expect(offers[0]).toMatchObject({ flightCode: "JT-690", from: "CGK", to: "SUB", date: "2016-06-08", price: 639_000 });
  });

  it("quotes with commas and seats", async () => {
    next = answer(SPEC.search);
    const [, , jt748] = await provider.search(query);
    // The seed's price example is dated 2016-05-27, its search example 2016-06-08: the answer echoes the day searched.
    next = answer(SPEC.price.replace('"flight_date":"2016-05-27"', '"flight_date":"2016-06-08"'));
    const quote = await provider.quote(jt748!, { adult: 1, child: 0, infant: 0 });
    expect(quote).toMatchObject({ seatsLeft: 7, baseFare: 385_000, tax: 55_000, total: 440_000, needs: { birthDate: false, passport: false } });
    const sent = new URLSearchParams(server.requests.at(-1)!.body);
    expect(Object.fromEntries(sent)).toMatchObject({ flight: "JT-748", date: "08-06-2016", adult: "1", child: "0", infant: "0" });
  });

  it("books: JSON inside JSON, fares, timelimit in the zone; sends ':'-joined passengers", async () => {
    next = answer(SPEC.booking);
    const booking = await provider.book(bookingRequest);
    expect(booking).toMatchObject({
      code: "YDZADF", from: "PDG", to: "CGK", departsAt: "2017-03-20T08:15:00.000+07:00", arrivesAt: "2017-03-20T10:05:00.000+07:00",
      timelimit: "2017-01-24T23:59:00.000+07:00", status: "waiting", flightClass: "X",
      fares: { publish: 479_600, tax: 45_000, total: 524_600, nta: 518_440, commission: 6_160 },
      passengers: [{ title: "Mr", fullName: "Fransiskus", type: "adult" }],
      contact: { email: "fransiskus@gmail.com", phone: "081290188790" },
    });
    const sent = new URLSearchParams(server.requests.at(-1)!.body);
    expect(sent.get("passengername")).toBe("Mr. Budi Santoso:Mrs. Siti Aminah:Miss. Ayu");
    expect(sent.get("date")).toBe("20-03-2017");
    expect(sent.has("dateofbirth")).toBe(false);
  });

  it("accepts booking passengers that arrive already parsed", async () => {
    const parsed = JSON.parse(SPEC.booking) as Record<string, unknown>;
    parsed.flight_datapassengers = JSON.parse(parsed.flight_datapassengers as string);
    next = answer(JSON.stringify(parsed));
    expect((await provider.book(bookingRequest)).passengers[0]?.fullName).toBe("Fransiskus");
  });

  it("a made booking is read when its passenger echo has nulls (read as empty) or can't be read at all", async () => {
    const body = JSON.parse(SPEC.booking) as Record<string, unknown>;
    body.flight_datapassengers = JSON.stringify([{ passenger_title: null, passenger_fullname: "Fransiskus", passenger_type: null, passenger_dob: null, passenger_passportnumber: null }]);
    next = answer(JSON.stringify(body));
    const booking = await provider.book(bookingRequest);
    expect(booking.code).toBe("YDZADF");
    expect(booking.passengers).toEqual([{ title: "", fullName: "Fransiskus", type: "", birthDate: undefined, passportNumber: undefined }]);
    body.flight_datapassengers = JSON.stringify([{ passenger_title: "Mr", passenger_fullname: null, passenger_type: "Adult" }]);
    next = answer(JSON.stringify(body));
    expect((await provider.book(bookingRequest)).passengers[0]).toMatchObject({ title: "Mr", fullName: "", type: "adult" });
    for (const odd of ["{not json", "[null]", "42", null]) {
      next = answer(JSON.stringify({ ...body, flight_datapassengers: odd, flight_contactdetails: odd }));
      const b = await provider.book(bookingRequest);
      expect(b).toMatchObject({ code: "YDZADF", passengers: [], fares: { nta: 518_440 } });
    }
  });

  it("issues, with ticket numbers split on | and none for Confirm", async () => {
    next = answer(SPEC.issue);
    expect(await provider.issue("XXXXX")).toEqual({ code: "XXXXX", ticketNumbers: [], message: "Kode Booking XXXXX sudah berhasil terissued!" });
    next = answer(SPEC.issueWithTickets);
    expect((await provider.issue("XXXXX")).ticketNumbers).toEqual(["123456789", "012345678"]);
    next = answer(SPEC.issueConfirm);
    expect((await provider.issue("XXXXX")).ticketNumbers).toEqual([]);
  });

  it("reads status, keeping unknown values as text", async () => {
    next = answer(SPEC.status);
    expect(await provider.status("XXXXX")).toEqual({ code: "XXXXX", status: "waiting" });
    next = answer('{"result":"ok","kodebooking":"XXXXX","status":"refunded"}');
    expect((await provider.status("XXXXX")).status).toEqual({ unknown: "refunded" });
  });

  it("finds the e-ticket URL inside the reason sentence", async () => {
    next = answer(SPEC.ticket);
    expect(await provider.ticket("XXXXX")).toEqual({ kind: "link", code: "XXXXX", url: "https://klikmbc.co.id/getbook/etiket/etiket-XXXXX.pdf", fileName: "etiket-XXXXX.pdf" });
  });

  it("resets the password", async () => {
    next = answer(SPEC.reset);
    await expect(provider.resetPassword({ username: "dummy", email: "a@b.c", phone: "0812", agentCode: "JKT-111", newPassword: "dummy123" })).resolves.toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(server.requests.at(-1)!.body))).toMatchObject({ agencode: "JKT-111", newpassword: "dummy123" });
  });
});

describe("MMBC failures become typed errors", () => {
  it.each([...FAILURES, ...MORE_FAILURES])("%s → %s", async (body, code) => {
    next = answer(body);
    const err = await provider.balance().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).code).toBe(code);
  });

  it("parses the remaining balance and the validation lines", async () => {
    next = answer('{"result":"no","reason":"Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 1,234,500."}');
    expect(await provider.issue("ABCDEF").catch((e: ProviderError) => e.balance)).toBe(1_234_500);
    next = answer(SPEC.bookingMessageFailure);
    const err = (await provider.book(bookingRequest).catch((e: unknown) => e)) as ProviderError;
    expect(err.messages).toEqual(["Psg 1 name '' is an empty string", "Contact name not valid !", "Contact surname is empty !", "Contact Title is empty !"]);
  });

  it.each([
    ["an HTML page", answer("<html><body>Service Unavailable</body></html>", "text/html")],
    ["an empty body", answer("")],
    ["malformed JSON", answer('{"result":"ok","saldo":"1')],
    ["a 500 page", ((_q, res) => { res.writeHead(500, { "content-type": "text/html" }); res.end("<h1>500</h1>"); }) as Answer],
    ["a success of the wrong shape", answer('{"result":"ok"}')],
  ])("reads: %s → unavailable, retried", async (_name, a) => {
    next = a;
    const before = server.requests.length;
    const err = (await provider.balance().catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe("unavailable");
    expect(server.requests.length - before).toBe(err.message.includes("shape") || err.message.startsWith("unexpected") ? 1 : 3);
  });

  it("a read that times out is retried, then unavailable", async () => {
    next = () => undefined; // never answers
    const before = server.requests.length;
    const err = (await silent.status("ABCDEF").catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe("unavailable");
    expect(server.requests.length - before).toBe(3);
  });

  it.each([
    ["times out", (() => undefined) as Answer, silent],
    ["answers an HTML page", answer("<html>Fatal error</html>", "text/html"), provider],
    ["answers 502", ((_q, res) => { res.writeHead(502); res.end("bad gateway"); }) as Answer, provider],
  ])("book and issue are sent once: a call that %s has an unknown outcome", async (_name, a, p) => {
    next = a;
    let before = server.requests.length;
    expect(((await p.book(bookingRequest).catch((e: unknown) => e)) as ProviderError).code).toBe("outcome_unknown");
    expect(server.requests.length - before).toBe(1);
    before = server.requests.length;
    expect(((await p.issue("ABCDEF").catch((e: unknown) => e)) as ProviderError).code).toBe("outcome_unknown");
    expect(server.requests.length - before).toBe(1);
  });

  it("a refused connection is unavailable, not unknown, even for issue", async () => {
    const dead = new MmbcProvider({ baseUrl: "http://127.0.0.1:9/json/", credentials: creds, timeZone: "Asia/Jakarta", sandbox: false, logger });
    expect(((await dead.issue("ABCDEF").catch((e: unknown) => e)) as ProviderError).code).toBe("unavailable");
    await dead.close();
  });
});

describe("request-side validation and secrecy", () => {
  it("refuses a ':' in a name, wrong titles, too many infants and missing birth dates before sending", async () => {
    const before = server.requests.length;
    const bad = async (patch: Partial<BookingRequest>) => ((await provider.book({ ...bookingRequest, ...patch }).catch((e: unknown) => e)) as ProviderError).code;
    expect(await bad({ passengers: [{ type: "adult", title: "Mr", fullName: "Budi:Evil" }, bookingRequest.passengers[1]!, bookingRequest.passengers[2]!] })).toBe("validation");
    expect(await bad({ passengers: [{ type: "adult", title: "Mstr", fullName: "Budi" }, bookingRequest.passengers[1]!, bookingRequest.passengers[2]!] })).toBe("validation");
    expect(await bad({ flightCode: "QG-123" })).toBe("validation");
    expect(await bad({ to: "SIN" })).toBe("validation");
    expect(server.requests.length).toBe(before);
  });

  it("sends birth dates, baggage and passports where the airline and route need them", async () => {
    next = answer(SPEC.booking);
    await provider.book({
      ...bookingRequest, flightCode: "QZ-7682", to: "SIN", pax: { adult: 1, child: 0, infant: 0 },
      passengers: [{ type: "adult", title: "Ms", fullName: "Rina", birthDate: "1990-02-01", passport: { number: "A1234567", expiry: "2030-12-31" } }],
    });
    const sent = new URLSearchParams(server.requests.at(-1)!.body);
    expect(Object.fromEntries(sent)).toMatchObject({ dateofbirth: "01-02-1990", baggagevolume: "0 Kg", passportnumber: "A1234567", passportexpired: "31-12-2030" });
  });

  it("never puts credentials in URLs or logs", () => {
    expect(server.requests.every((r) => !r.path.includes("s3cret"))).toBe(true);
    expect(lines.join("\n")).not.toContain("s3cret-pass");
    expect(lines.length).toBeGreaterThan(0);
  });
});
