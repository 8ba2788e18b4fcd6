import { Redis } from "ioredis";
import type { ServerResponse } from "node:http";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { FlightOffer } from "../../src/domain/flight.js";
import type { PassengerInput, PaxCount } from "../../src/domain/passenger.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import type { AccessPolicy, Actor } from "../../src/services/access-policy.js";
import { bookFlight, type BookDeps } from "../../src/services/book-flight.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { ContactStore } from "../../src/store/contact-store.js";
import { redisKeys } from "../../src/store/keys.js";
import { UncertainBookings } from "../../src/store/uncertain-bookings.js";
import { json, startCannedServer } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

// An infant (under 2) flies on an adult's lap: "flight_seat" (seats left) is compared with adults + children only.

const price = (pax: PaxCount) => JSON.stringify({
  login: "yes", result: "ok", flight: "Lion Air", flight_code: "JT-253", flight_seat: "2", flight_from: "PDG", flight_to: "CGK", flight_date: "2030-03-20",
  adult: String(pax.adult), child: String(pax.child), infant: String(pax.infant), publish: "959,200", tax: "90,000", totalfare: "1,100,000",
});
const BOOKING = '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-253","kodebooking":"YDZADF","flight_from":"PDG","flight_to":"CGK","flight_route":"PDG-CGK","flight_departure":"20 Mar 2030 08:15","flight_time":"08:15 - 10:05","flight_transit":"Nonstop","flight_class":"X","flight_publishfare":"959200","flight_tax":"90000","flight_totalfare":"1100000","flight_shownta":"1080000","flight_bonus_agen":"20000","flight_timelimit":"19 Mar 2030 23:59","flight_statusbooking":"waiting"}';

let party: PaxCount = { adult: 2, child: 0, infant: 1 };
const server = await startCannedServer((q, res: ServerResponse) => json(res, q.path.endsWith("getprice-json") ? price(party) : BOOKING));
const mmbc = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "dummy", password: "dummy123" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger("error").logger, timeouts: { read: 5000, search: 5000, book: 5000, issue: 5000 }, retryDelaysMs: [],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`book-infant-seat-${process.pid}`);
afterAll(async () => { await mmbc.close(); await server.close(); redis.disconnect(); });

const access = { access: async () => ({ ok: true, providers: { search: mmbc, byId: { mmbc } } }) } as unknown as AccessPolicy;
const deps: BookDeps = {
  access, bookings: new BookingStore(redis, keys), contacts: new ContactStore(redis, keys), now: () => new Date("2030-03-01T00:00:00Z"),
  uncertain: new UncertainBookings(redis, keys),
};
const offer: FlightOffer = {
  provider: "mmbc", ref: "JT-253|PDG|CGK|2030-03-20", airlineName: "Lion Air", airlineCode: "JT", flightCode: "JT-253", from: "PDG", to: "CGK",
  date: "2030-03-20", departsAt: "2030-03-20T08:15:00.000+07:00", arrivesAt: "2030-03-20T10:05:00.000+07:00", stops: 0, price: 550_000,
};
let chatId = 91_000;
const book = async (pax: PaxCount, passengers: PassengerInput[]) => {
  party = pax;
  chatId++;
  const actor: Actor = { userId: chatId, chat: { id: chatId, type: "private" }, standing: async () => "member" as never };
  const quote = await mmbc.quote(offer, pax);
  return bookFlight(deps, actor, {
    quote, acceptedTotal: quote.total, passengers, contact: { email: "budi@gmail.com", phone: "081290188790" }, bookedBy: { id: chatId, name: "Agen" }, locale: "id",
  });
};
const budi: PassengerInput = { type: "adult", title: "Mr", fullName: "Budi Santoso" };
const siti: PassengerInput = { type: "adult", title: "Mrs", fullName: "Siti Aminah" };

describe("seats left against the party at booking", () => {
  it("2 adults and 1 infant book with 2 seats left: the infant sits on a lap", async () => {
    const r = await book({ adult: 2, child: 0, infant: 1 }, [budi, siti, { type: "infant", title: "Miss", fullName: "Ayu Santoso", birthDate: "2029-06-01" }]);
    expect(r.kind).toBe("booked");
  });

  it("2 adults and 1 child need 3 seats: sold out with 2 left", async () => {
    const r = await book({ adult: 2, child: 1, infant: 0 }, [budi, siti, { type: "child", title: "Mstr", fullName: "Adi Santoso", birthDate: "2024-01-01" }]);
    expect(r).toEqual({ kind: "sold_out", seats: 2 });
  });
});
