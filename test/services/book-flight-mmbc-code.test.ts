import { Redis } from "ioredis";
import type { ServerResponse } from "node:http";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { isProviderError, type ProviderError } from "../../src/domain/errors.js";
import type { FlightOffer, Quote } from "../../src/domain/flight.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import type { AccessPolicy, Actor } from "../../src/services/access-policy.js";
import { bookFlight, type BookDeps, type BookInput } from "../../src/services/book-flight.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { ContactStore } from "../../src/store/contact-store.js";
import { redisKeys } from "../../src/store/keys.js";
import { UncertainBookings } from "../../src/store/uncertain-bookings.js";
import { json, startCannedServer } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

// bookFlight on an MMBC answer that names a booking code but can't be taken as a clean booking or a clean
// refusal: the code reaches the agent (outcome unknown with bookingCode), the "maybe booked" note keeps
// it, and the next Book of that flight says which booking to check instead of booking a second hold.

const PRICE = '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-253","flight_seat":"7","flight_from":"PDG","flight_to":"CGK","flight_date":"2030-03-20","adult":"1","child":"0","infant":"0","publish":"479,600","tax":"45,000","totalfare":"524,600"}';
const SEED_BOOKING = '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-253","kodebooking":"YDZADF","flight_from":"PDG","flight_to":"CGK","flight_route":"PDG-CGK","flight_departure":"20 Mar 2030 08:15","flight_time":"08:15 - 10:05","flight_transit":"Nonstop","flight_class":"X","flight_totalpassenger":"1","flight_publishfare":"479600","flight_tax":"45000","flight_totalfare":"524600","flight_shownta":"518440","flight_bonus_agen":"6160","flight_timelimit":"19 Mar 2030 23:59","flight_statusbooking":"waiting"}';

let bookAnswer = SEED_BOOKING;
const server = await startCannedServer((q, res: ServerResponse) => json(res, q.path.endsWith("getprice-json") ? PRICE : bookAnswer));
const mmbc = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "dummy", password: "dummy123" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger("error").logger, timeouts: { read: 5000, search: 5000, book: 5000, issue: 5000 }, retryDelaysMs: [],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`book-mmbc-code-${process.pid}`);
afterAll(async () => { await mmbc.close(); await server.close(); redis.disconnect(); });

const access = { access: async () => ({ ok: true, providers: { search: mmbc, byId: { mmbc } } }) } as unknown as AccessPolicy;
const uncertain = new UncertainBookings(redis, keys);
const deps: BookDeps = { access, bookings: new BookingStore(redis, keys), contacts: new ContactStore(redis, keys), now: () => new Date("2030-03-01T00:00:00Z"), uncertain };
const offer: FlightOffer = {
  provider: "mmbc", ref: "JT-253|PDG|CGK|2030-03-20", airlineName: "Lion Air", airlineCode: "JT", flightCode: "JT-253", from: "PDG", to: "CGK",
  date: "2030-03-20", departsAt: "2030-03-20T08:15:00.000+07:00", arrivesAt: "2030-03-20T10:05:00.000+07:00", stops: 0, price: 524_600,
};
const flight = "mmbc:JT-253:2030-03-20";
let chatId = 90_000;
let actor: Actor;
let quote: Quote;
beforeEach(async () => {
  chatId++;
  actor = { userId: chatId, chat: { id: chatId, type: "private" }, standing: async () => "member" as never };
  quote = await mmbc.quote(offer, { adult: 1, child: 0, infant: 0 });
});
const input = (): BookInput => ({
  quote, acceptedTotal: quote.total, passengers: [{ type: "adult", title: "Mr", fullName: "Fransiskus" }],
  contact: { email: "fransiskus@gmail.com", phone: "081290188790" }, bookedBy: { id: chatId, name: "Agen" }, locale: "id",
});
const bookCalls = () => server.requests.filter((r) => r.path.endsWith("postbooking-json")).length;

describe("an MMBC booking answer naming a code the bot can't take cleanly", () => {
  it.each([
    ["a made booking with an amount \"\"", SEED_BOOKING.replace('"flight_tax":"45000"', '"flight_tax":""')],
    ["a made booking with a departure in no known form", SEED_BOOKING.replace('"20 Mar 2030 08:15"', '"20/03/2030 jam 08.15"')],
    ["a refusal that still names a code", '{"result":"no","flight_code":"JT253","flight_seat":"9","kodebooking":"YDZADF","message":"Contact Title is empty !"}'],
  ])("%s: outcome unknown with the code, the note keeps it, and the next Book asks naming it", async (_what, body) => {
    bookAnswer = body;
    const before = bookCalls();
    const e = await bookFlight(deps, actor, input()).then(() => undefined, (x: unknown) => x);
    expect(isProviderError(e, "outcome_unknown"), String(e)).toBe(true);
    expect((e as ProviderError).bookingCode).toBe("YDZADF");
    expect(await uncertain.get(chatId, actor.userId, flight)).toMatchObject({ names: "Fransiskus", code: "YDZADF" });

    bookAnswer = SEED_BOOKING;
    expect(await bookFlight(deps, actor, input())).toEqual({ kind: "maybe_booked", names: "Fransiskus", code: "YDZADF" });
    expect(bookCalls() - before).toBe(1);
  });

  it("the seed's refusal (kodebooking \"\") is a definite refusal: the note is cleared and booking again books", async () => {
    bookAnswer = '{"result":"no","flight_code":"JT253","flight_seat":"9","kodebooking":"","message":"Psg 1 name \'\' is an empty string\\r\\nContact Title is empty !"}';
    await expect(bookFlight(deps, actor, input())).rejects.toMatchObject({ code: "validation" });
    expect(await uncertain.get(chatId, actor.userId, flight)).toBeUndefined();
    bookAnswer = SEED_BOOKING;
    expect((await bookFlight(deps, actor, input())).kind).toBe("booked");
  });
});
