import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookingParams, client, findFlightOf, withSandbox, type Client, type Json } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
let c: Client;
beforeAll(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterAll(() => sandbox.close());

const SUCCESS_KEYS = [
  "login", "result", "flight", "flight_code", "kodebooking", "flight_from", "flight_to", "flight_route",
  "flight_departure", "flight_time", "flight_transit", "flight_infotransit", "flight_class", "flight_totalpassenger",
  "flight_datapassengers", "flight_contactdetails", "flight_publishfare", "flight_tax", "flight_totalfare",
  "flight_shownta", "flight_bonus_agen", "flight_timelimit", "flight_statusbooking",
];

describe("postbooking-json success", () => {
  it("answers the §8 shape with JSON-in-JSON strings and digit-string fares", async () => {
    const { flight, date } = await findFlightOf(c, "JT", "PDG", "CGK");
    const before = Date.now();
    const b = await c.postJson("postbooking-json", bookingParams({
      flight, date, from: "PDG", to: "CGK", adult: 2, child: 1, infant: 1,
      names: "Mr. Budi Santoso:Mrs Siti Aminah:Miss Putri Santoso:Mstr Adi Santoso",
    }));
    expect(Object.keys(b)).toEqual(SUCCESS_KEYS);
    expect(b).toMatchObject({
      login: "yes", result: "ok", flight: "Lion Air", flight_code: flight.flight_code, flight_route: "PDG-CGK",
      flight_transit: flight.flight_transit, flight_time: flight.flight_datetime, flight_totalpassenger: "4",
      flight_statusbooking: "waiting",
    });
    expect(b.kodebooking).toMatch(/^[A-Z0-9]{6}$/);
    expect(b.flight_departure).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);
    expect(b.flight_departure).toContain(flight.flight_datetime.slice(0, 5));
    expect(b.flight_infotransit).toMatch(/^Padang\(PDG\) \d{2}:\d{2} - /);
    expect(b.flight_class).toMatch(/^[A-Z]$/);
    for (const k of ["flight_publishfare", "flight_tax", "flight_totalfare", "flight_shownta", "flight_bonus_agen"]) {
      expect(b[k]).toMatch(/^\d+$/);
    }
    const total = Number(b.flight_totalfare);
    const bonus = Number(b.flight_bonus_agen);
    expect(Number(b.flight_publishfare) + Number(b.flight_tax)).toBe(total);
    expect(Number(b.flight_shownta)).toBe(total - bonus);
    expect(bonus / total).toBeGreaterThanOrEqual(0.009);
    expect(bonus / total).toBeLessThanOrEqual(0.021);
    const pax = JSON.parse(String(b.flight_datapassengers)) as Json[];
    expect(pax.map((p) => [p.passenger_title, p.passenger_fullname, p.passenger_type])).toEqual([
      ["Mr", "Budi Santoso", "Adult"], ["Mrs", "Siti Aminah", "Adult"], ["Miss", "Putri Santoso", "Child"], ["Mstr", "Adi Santoso", "Infant"],
    ]);
    expect(Object.keys(pax[0] ?? {})).toEqual([
      "passenger_title", "passenger_fullname", "passenger_type", "passenger_baggageintl", "passenger_ffnumber",
      "passenger_dob", "passenger_passportnumber", "passenger_passportexpired",
    ]);
    expect(JSON.parse(String(b.flight_contactdetails))).toEqual({
      contact_title: "Mr", contact_fullname: "Budi Santoso", contact_email: "budi@example.co.id", contact_phone: "081234567890",
    });
    const record = sandbox.controls.getBooking(String(b.kodebooking));
    // Deadlines are whole minutes, exactly what the wire shows.
    expect(record?.timelimitAt).toBeGreaterThanOrEqual(Math.floor((before + 3 * 3600_000) / 60_000) * 60_000);
    expect(record!.timelimitAt % 60_000).toBe(0);
    expect(record?.timelimitAt).toBeLessThanOrEqual(Date.now() + 3 * 3600_000);
    expect(b.flight_timelimit).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);
  });

  it("decreases seats, refuses when they are gone, and books again on a repeated call", async () => {
    const { flight, date } = await findFlightOf(c, "ID", "CGK", "KNO");
    const priceParams = { from: "CGK", to: "KNO", date, flight: flight.flight_code, adult: 1, child: 0, infant: 0 };
    const seats = Number((await c.postJson("getprice-json", priceParams)).flight_seat);
    const params = bookingParams({ flight, date, from: "CGK", to: "KNO" });
    const first = await c.postJson("postbooking-json", params);
    const second = await c.postJson("postbooking-json", params);
    expect(first.result).toBe("ok");
    expect(second.result).toBe("ok");
    expect(second.kodebooking).not.toBe(first.kodebooking);
    expect((await c.postJson("getprice-json", priceParams)).flight_seat).toBe(String(seats - 2));

    sandbox.controls.setSeats(flight.flight_code, date, 0);
    const gone = await c.postJson("postbooking-json", params);
    expect(gone).toEqual({
      result: "no", flight_code: flight.flight_code.replace("-", ""), flight_seat: "0", kodebooking: "", message: "Seat not available\r\n",
    });
    sandbox.controls.setSeats(flight.flight_code, date, 1);
    const two = await c.postJson("postbooking-json", bookingParams({ flight, date, from: "CGK", to: "KNO", adult: 2, names: "Mr Budi:Mrs Ani" }));
    expect(two).toMatchObject({ result: "no", flight_seat: "1", message: "Seat not available\r\n" });
  });
});

describe("postbooking-json validation", () => {
  let base: Record<string, string | number>;
  let flightCode: string;
  beforeAll(async () => {
    const { flight, date } = await findFlightOf(c, "JT", "CGK", "SUB");
    base = bookingParams({ flight, date, from: "CGK", to: "SUB" });
    flightCode = flight.flight_code.replace("-", "");
  });
  const book = (params: Record<string, string | number>) => c.postJson("postbooking-json", { ...base, ...params });

  it.each([
    ["an empty name", { passengername: "" }, "Psg 1 name '' is an empty string"],
    ["a name count mismatch", { adult: 2, passengername: "Mr Budi Santoso" }, "Total passenger name (1) does not match total passenger (2)"],
    ["an adult with a child title", { passengername: "Mstr Budi" }, "Psg 1 title not valid for Adult (Mr, Mrs, Ms)"],
    ["a child with an adult title", { child: 1, passengername: "Mr Budi:Mr Kecil" }, "Psg 2 title not valid for Child (Mstr, Miss)"],
    ["a missing title", { passengername: "Budi Santoso" }, "Psg 1 title not valid for Adult (Mr, Mrs, Ms)"],
    ["more infants than adults", { infant: 2, passengername: "Mr Budi:Mstr A:Miss B" }, "Infant count (2) exceeds adult count (1)"],
    ["a missing email", { email: "" }, "Contact email not valid !"],
    ["a missing phone", { phone: "" }, "Contact phone not valid !"],
  ])("rejects %s", async (_label, params, line) => {
    const r = await book(params);
    expect(r).toMatchObject({ result: "no", flight_code: flightCode, kodebooking: "" });
    expect(r.flight_seat).toMatch(/^\d+$/);
    expect(String(r.message).split("\r\n")).toContain(line);
    expect(String(r.message).endsWith("\r\n")).toBe(true);
  });

  it("joins several problems with CRLF", async () => {
    const r = await book({ passengername: "", email: "", phone: "" });
    expect(r.message).toBe("Psg 1 name '' is an empty string\r\nContact email not valid !\r\nContact phone not valid !\r\n");
  });

  it.each(["QG", "QZ"])("requires dates of birth on %s", async (airline) => {
    const { flight, date } = await findFlightOf(c, airline, "CGK", "DPS");
    const params = bookingParams({ flight, date, from: "CGK", to: "DPS" });
    const missing = await c.postJson("postbooking-json", params);
    expect(String(missing.message)).toContain("Psg 1 date of birth is empty !");
    const ok = await c.postJson("postbooking-json", { ...params, dateofbirth: "02-09-1987" });
    expect(ok.result).toBe("ok");
  });

  it("requires dates of birth on Jetstar and passports on international routes", async () => {
    const { flight, date } = await findFlightOf(c, "JQ", "CGK", "SIN");
    const params = bookingParams({ flight, date, from: "CGK", to: "SIN" });
    const missing = String((await c.postJson("postbooking-json", params)).message);
    expect(missing).toContain("Psg 1 date of birth is empty !");
    expect(missing).toContain("Psg 1 passport number is empty !");
    expect(missing).toContain("Psg 1 passport expiry date is empty !");
    const expired = await c.postJson("postbooking-json", {
      ...params, dateofbirth: "02-09-1987", passportnumber: "A1672222", passportexpired: "11-04-2016",
    });
    expect(String(expired.message)).toContain("Psg 1 passport expired");
    const ok = await c.postJson("postbooking-json", {
      ...params, dateofbirth: "02-09-1987", passportnumber: "A1672222", passportexpired: "11-04-2040",
    });
    expect(ok.result).toBe("ok");
    expect(JSON.parse(String(ok.flight_datapassengers))).toMatchObject([{ passenger_passportnumber: "A1672222" }]);
  });

  it("answers invalid login and data invalid in the reason shape", async () => {
    expect(await book({ password: "wrong" })).toEqual({ result: "no", reason: "invalid login" });
    expect(await book({ flight: "" })).toEqual({ result: "no", reason: "data invalid" });
  });
});
