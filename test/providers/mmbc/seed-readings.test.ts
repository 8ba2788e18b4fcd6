import { afterAll, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { mapFailure } from "../../../src/providers/mmbc/failure-mapping.js";
import { parseWireDateTime, parseWireTimelimit } from "../../../src/providers/mmbc/wire-values.js";
import type { BookingRequest } from "../../../src/domain/booking.js";
import type { PassengerInput } from "../../../src/domain/passenger.js";
import { ProviderError } from "../../../src/domain/errors.js";
import { deadline } from "../../../src/presenters/format.js";
import { startCannedServer, json, type CannedRequest } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";

// Readings of the MMBC seed (000) where it is silent or ambiguous, each taken the way that is safe under
// every reading: a booking code in any booking answer reaches the agent, field errors are never "sold out",
// month names in either language, and a pay deadline never later than the airline's.

/** The seed's booking success body, verbatim (PDF line-wraps removed). */
const SEED_BOOKING = '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-253","kodebooking":"YDZADF","flight_from":"PDG","flight_to":"CGK","flight_route":"PDG-CGK","flight_departure":"20 Mar 2017 08:15","flight_time":"08:15 - 10:05","flight_transit":"Nonstop","flight_infotransit":"Padang(PDG) 08:15 - Jakarta(CGK) 10:05","flight_class":"X","flight_totalpassenger":"1","flight_datapassengers":"[{\\"passenger_title\\":\\"Mr\\",\\"passenger_fullname\\":\\"Fransiskus\\",\\"passenger_type\\":\\"Adult\\",\\"passenger_baggageintl\\":\\"\\",\\"passenger_ffnumber\\":\\"\\",\\"passenger_dob\\":\\"\\",\\"passenger_passportnumber\\":\\"\\",\\"passenger_passportexpired\\":\\"\\"}]","flight_contactdetails":"{\\"contact_title\\":\\"Mr\\",\\"contact_fullname\\":\\"Fransiskus Fransiskus\\",\\"contact_email\\":\\"fransiskus@gmail.com\\",\\"contact_phone\\":\\"081290188790\\"}","flight_publishfare":"479600","flight_tax":"45000","flight_totalfare":"524600","flight_shownta":"518440","flight_bonus_agen":"6160","flight_timelimit":"24 Jan 2017 23:59","flight_statusbooking":"waiting"}';
/** The seed's booking failure body, verbatim. */
const SEED_FAILURE = '{"result":"no","flight_code":"SJ268","flight_seat":"9","kodebooking":"","message":"Psg 1 name \'\' is an empty string\\r\\nContact name not valid !\\r\\nContact surname is empty !\\r\\nContact Title is empty !"}';

type Answer = (req: CannedRequest, res: ServerResponse) => void;
let next: Answer = (_q, res) => json(res, "{}");
const server = await startCannedServer((q, res) => next(q, res));
const { logger } = captureLogger("error");
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "dummy", password: "dummy123" }, timeZone: "Asia/Jakarta", sandbox: false, logger,
  timeouts: { read: 5000, search: 5000, book: 5000, issue: 5000 }, retryDelaysMs: [],
});
afterAll(async () => { await provider.close(); await server.close(); });
const answer = (body: string): Answer => (_q, res) => json(res, body);
const lastForm = () => Object.fromEntries(new URLSearchParams(server.requests.at(-1)!.body));

const req = (over: Partial<BookingRequest> = {}): BookingRequest => ({
  provider: "mmbc", offerRef: "x", flightCode: "JT-253", airlineName: "Lion Air", from: "PDG", to: "CGK", date: "2030-03-20",
  pax: { adult: 1, child: 0, infant: 0 },
  passengers: [{ type: "adult", title: "Mr", fullName: "Dodi Alfayed" }],
  contact: { email: "itmmbc@gmail.com", phone: "0812111111" },
  ...over,
});
const bookError = (body: string, over: Partial<BookingRequest> = {}) => {
  next = answer(body);
  return provider.book(req(over)).then(() => { throw new Error("booked"); }, (e: unknown) => e as ProviderError);
};

describe("1. a made booking whose answer is partly unreadable keeps its code", () => {
  it("an amount that is an empty string: outcome unknown WITH bookingCode YDZADF", async () => {
    const e = await bookError(SEED_BOOKING.replace('"flight_tax":"45000"', '"flight_tax":""'));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.code).toBe("outcome_unknown");
    expect(e.bookingCode).toBe("YDZADF");
    expect(e.messages).toEqual(["YDZADF"]);
  });

  // An unreadable deadline is an unknown one, the booking kept (booking-answer-unknowns.test.ts); a departure
  // in no known form can't be told to be the day asked.
  it("a departure that can't be read: outcome unknown WITH bookingCode (lower case upper-cased)", async () => {
    const e = await bookError(SEED_BOOKING.replace('"20 Mar 2017 08:15"', '"besok jam 08:15"').replace('"YDZADF"', '"ydzadf"'));
    expect(e.code).toBe("outcome_unknown");
    expect(e.bookingCode).toBe("YDZADF");
  });

  it("an unreadable answer without a valid code stays outcome unknown without one", async () => {
    const e = await bookError(SEED_BOOKING.replace('"flight_tax":"45000"', '"flight_tax":""').replace('"YDZADF"', '"<b>x</b>"'));
    expect(e.code).toBe("outcome_unknown");
    expect(e.bookingCode).toBeUndefined();
  });
});

describe("2. field errors are never read as 'sold out'", () => {
  const messageFailure = (message: string, seat = "9") => ({ result: "no", flight_seat: seat, kodebooking: "", message });

  it("the seed's own failure body is a validation error with its four lines", async () => {
    const e = await bookError(SEED_FAILURE);
    expect(e.code).toBe("validation");
    expect(e.messages).toEqual(["Psg 1 name '' is an empty string", "Contact name not valid !", "Contact surname is empty !", "Contact Title is empty !"]);
  });

  it.each([
    "Psg 1 fullname '' is an empty string",
    "Psg 2 fullname is not valid",
    "Contact fullname not valid !",
    "Psg 1 name '' is an empty string",
    "Contact surname is empty !",
    "Contact Title is empty !",
    "Psg 1 passport not available",
    "Baggage 20 Kg not available for this flight",
    "Bagasi tidak tersedia",
  ])("%j → validation", (line) => {
    expect(mapFailure("postbooking-json", messageFailure(line)).code).toBe("validation");
  });

  it.each(["Seat not available", "Flight is full", "Kursi habis", "Sold out", "Pesawat penuh", "Fully booked"])("%j → seat_gone", (line) => {
    expect(mapFailure("postbooking-json", messageFailure(line)).code).toBe("seat_gone");
  });

  it("a refusal reason naming baggage is a validation error, not unknown", () => {
    expect(mapFailure("postbooking-json", { result: "no", reason: "baggagevolume tidak sesuai jumlah penumpang" }).code).toBe("validation");
    expect(mapFailure("postbooking-json", { result: "no", reason: "Bagasi 20 Kg seat tidak tersedia" }).code).toBe("validation");
  });
});

describe("3. a refused booking that names a booking code is not a definite refusal", () => {
  it("result:no with a non-empty kodebooking: outcome unknown with that bookingCode", async () => {
    const e = await bookError('{"result":"no","flight_code":"JT253","flight_seat":"9","kodebooking":"YDZADF","message":"Contact Title is empty !"}');
    expect(e.code).toBe("outcome_unknown");
    expect(e.bookingCode).toBe("YDZADF");
    expect(e.messages).toEqual(["YDZADF", "Contact Title is empty !"]);
  });

  it("with a seat message and a reason too", async () => {
    const seat = await bookError('{"result":"no","flight_seat":"0","kodebooking":"abc123","message":"Seat not available"}');
    expect([seat.code, seat.bookingCode]).toEqual(["outcome_unknown", "ABC123"]);
    const reason = await bookError('{"result":"no","kodebooking":"QWERTY","reason":"failed to receive data"}');
    expect([reason.code, reason.bookingCode]).toEqual(["outcome_unknown", "QWERTY"]);
  });

  it("a kodebooking that is not a code is still not a definite refusal (no code to show)", async () => {
    const e = await bookError('{"result":"no","kodebooking":"<script>","message":"Contact Title is empty !"}');
    expect(e.code).toBe("outcome_unknown");
    expect(e.bookingCode).toBeUndefined();
  });

  it.each(['""', '" "', "null", '"-"'])("kodebooking %s means no code: the refusal stands", async (value) => {
    const e = await bookError(`{"result":"no","flight_seat":"9","kodebooking":${value},"message":"Contact Title is empty !"}`);
    expect(e.code).toBe("validation");
    expect(e.bookingCode).toBeUndefined();
  });
});

describe("4. month names in English or Indonesian", () => {
  it.each([
    ["20 Mei 2017 08:15", "2017-05-20T08:15:00.000+07:00"],
    ["20 MEI 2017 08:15", "2017-05-20T08:15:00.000+07:00"],
    ["5 Agu 2017 08:15", "2017-08-05T08:15:00.000+07:00"],
    ["5 Ags 2017 08:15", "2017-08-05T08:15:00.000+07:00"],
    ["5 Agt 2017 08:15", "2017-08-05T08:15:00.000+07:00"],
    ["1 Okt 2017 23:59", "2017-10-01T23:59:00.000+07:00"],
    ["24 Des 2016 23:59", "2016-12-24T23:59:00.000+07:00"],
    ["24 Desember 2016 23:59", "2016-12-24T23:59:00.000+07:00"],
    ["3 januari 2017 07:00", "2017-01-03T07:00:00.000+07:00"],
    ["17 Agustus 2017 10:00", "2017-08-17T10:00:00.000+07:00"],
    ["20 Mar 2017 08:15", "2017-03-20T08:15:00.000+07:00"],
    ["20 May 2017 08:15", "2017-05-20T08:15:00.000+07:00"],
    ["20 Oct 2017 8:15", "2017-10-20T08:15:00.000+07:00"],
    ["20 Okt 2017 8:15", "2017-10-20T08:15:00.000+07:00"],
  ])("%s", (text, iso) => {
    expect(parseWireDateTime(text, "Asia/Jakarta")).toBe(iso);
  });

  it("not a month stays unreadable", () => {
    expect(parseWireDateTime("20 Xyz 2017 08:15", "Asia/Jakarta")).toBeUndefined();
  });

  it("a booking answer with Indonesian months is a booking", async () => {
    next = answer(SEED_BOOKING.replace('"20 Mar 2017 08:15"', '"20 Mei 2017 08:15"').replace('"24 Jan 2017 23:59"', '"24 Des 2016 23:59"'));
    const b = await provider.book(req());
    expect(b.code).toBe("YDZADF");
    expect(b.departsAt).toBe("2017-05-20T08:15:00.000+07:00");
    expect(b.timelimit).toBe("2016-12-24T23:59:00.000+07:00");
  });
});

describe("5. the pay deadline is the earlier of the two readings of its clock", () => {
  it.each([
    ["CGK", "2017-01-24T23:59:00.000+07:00"],
    ["PDG", "2017-01-24T23:59:00.000+07:00"],
    // 23:59 WITA is 22:59 WIB; 23:59 WIT is 21:59 WIB.
    ["DPS", "2017-01-24T22:59:00.000+07:00"],
    ["UPG", "2017-01-24T22:59:00.000+07:00"],
    ["DJJ", "2017-01-24T21:59:00.000+07:00"],
    ["AMQ", "2017-01-24T21:59:00.000+07:00"],
    // A departure west of WIB: MMBC's own clock (WIB) is the earlier reading.
    ["JED", "2017-01-24T23:59:00.000+07:00"],
  ])("departing %s", (from, iso) => {
    expect(parseWireTimelimit("24 Jan 2017 23:59", from, "Asia/Jakarta")).toBe(iso);
  });

  it("a booking from DPS and one from DJJ: the earlier instant, shown in the bot's zone from that instant", async () => {
    next = answer(SEED_BOOKING.replace('"flight_from":"PDG"', '"flight_from":"DPS"'));
    const dps = await provider.book(req({ from: "DPS" }));
    expect(dps.timelimit).toBe("2017-01-24T22:59:00.000+07:00");
    expect(deadline(dps.timelimit, "en", "Asia/Jakarta")).toBe("Tue, 24 Jan 2017 22:59 WIB");
    // The departure keeps its printed clock (the airport's own), as before.
    expect(dps.departsAt).toBe("2017-03-20T08:15:00.000+07:00");

    next = answer(SEED_BOOKING.replace('"flight_from":"PDG"', '"flight_from":"DJJ"'));
    const djj = await provider.book(req({ from: "DJJ" }));
    expect(djj.timelimit).toBe("2017-01-24T21:59:00.000+07:00");
    expect(deadline(djj.timelimit, "id", "Asia/Jakarta")).toBe("Sel, 24 Jan 2017 21:59 WIB");

    next = answer(SEED_BOOKING.replace('"flight_from":"PDG"', '"flight_from":"CGK"'));
    expect((await provider.book(req({ from: "CGK" }))).timelimit).toBe("2017-01-24T23:59:00.000+07:00");
  });

  it("a bot shown in WITA reads a CGK deadline on MMBC's clock (WIB), not its own; a DJJ one's WIT reading is earlier", () => {
    expect(parseWireTimelimit("24 Jan 2017 23:59", "CGK", "Asia/Makassar")).toBe("2017-01-25T00:59:00.000+08:00");
    expect(parseWireTimelimit("24 Jan 2017 23:59", "DJJ", "Asia/Makassar")).toBe("2017-01-24T22:59:00.000+08:00");
  });
});

describe("6. baggagevolume: one '0 Kg' per name in passengername", () => {
  it.each([
    [{ adult: 1, child: 0, infant: 1 }],
    [{ adult: 2, child: 1, infant: 2 }],
  ])("AirAsia %j", async (pax) => {
    const types = [...Array(pax.adult).fill("adult"), ...Array(pax.child).fill("child"), ...Array(pax.infant).fill("infant")] as ("adult" | "child" | "infant")[];
    const passengers: PassengerInput[] = types.map((type, i) => ({
      type, title: type === "adult" ? "Mr" : type === "child" ? "Mstr" : "Miss", fullName: `Penumpang ${String.fromCharCode(65 + i)}`,
      birthDate: type === "adult" ? "1987-09-02" : type === "child" ? "2022-01-01" : "2029-09-01",
    }));
    next = answer(SEED_BOOKING.replace("JT-253", "QZ-7682"));
    await provider.book(req({ flightCode: "QZ-7682", airlineName: "AirAsia", pax, passengers }));
    const form = lastForm();
    const names = form.passengername!.split(":");
    expect(names).toHaveLength(types.length);
    expect(form.baggagevolume!.split(":")).toEqual(names.map(() => "0 Kg"));
    expect(form.dateofbirth!.split(":")).toHaveLength(names.length);
  });

  it("a refusal about baggage (message or reason) is a validation error", async () => {
    const byMessage = await bookError('{"result":"no","flight_seat":"9","kodebooking":"","message":"Baggage volume is not valid !"}');
    expect(byMessage.code).toBe("validation");
    const byReason = await bookError('{"result":"no","reason":"Jumlah bagasi tidak sesuai"}');
    expect(byReason.code).toBe("validation");
    expect(byReason.messages).toEqual(["Jumlah bagasi tidak sesuai"]);
  });
});
