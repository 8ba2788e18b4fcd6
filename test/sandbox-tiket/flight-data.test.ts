import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { client, dateAhead, orderParams, withSandbox, type Client, type Json } from "./helpers.js";

let sandbox: TiketSandbox;
let c: Client;
beforeAll(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterAll(() => sandbox.close());

const keysOf = (required: Json) => Object.keys(required);

describe("flight_api/get_flight_data", () => {
  it("builds `required` for a domestic party from the token's last search", async () => {
    const { token, flight, date } = await c.findFlight({ from: "CGK", to: "DPS", notAirline: "LION", adult: 2, child: 1, infant: 1 });
    const body = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, date, token });
    expect(body.diagnostic.status).toBe(200);
    const r = body.required as Json;
    expect(keysOf(r)).toEqual([
      "separator", "conSalutation", "conFirstName", "conLastName", "conPhone", "conEmailAddress",
      "separator_adult1", "firstnamea1", "lastnamea1", "ida1", "titlea1", "birthdatea1",
      "separator_adult2", "firstnamea2", "lastnamea2", "ida2", "titlea2", "birthdatea2",
      "separator_child1", "firstnamec1", "lastnamec1", "titlec1", "birthdatec1",
      "separator_infant1", "firstnamei1", "lastnamei1", "titlei1", "birthdatei1", "parenti1",
    ]);
    expect(r.separator).toEqual({ mandatory: 1, type: "text", example: "", FieldText: "Contact Person Information ", category: "separator" });
    expect(r.titlea1).toMatchObject({ mandatory: 1, type: "combobox", category: "adult1", resource: [
      { id: "Mr", name: "Mr" }, { id: "Mrs", name: "Mrs" }, { id: "Ms", name: "Ms" },
    ] });
    expect(r.titlec1.resource).toEqual([{ id: "Mstr", name: "Mstr" }, { id: "Miss", name: "Miss" }]);
    expect(r.birthdatei1).toMatchObject({ type: "datetime", category: "infant1" });
    expect(r.parenti1.resource).toEqual([{ id: "1", name: "Adult 1" }, { id: "2", name: "Adult 2" }]);
    expect(body.departures).toMatchObject({
      flight_id: flight.flight_id, flight_number: flight.flight_number, price_value: flight.price_value,
      count_adult: "2", count_child: "1", count_infant: "1",
    });
    expect(Number(body.departures.price_infant)).toBeGreaterThan(0);
  });

  it("adds passport and nationality fields on international routes, with a fetchable country list", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "SIN", adult: 1, child: 1 });
    const body = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, token });
    const r = body.required as Json;
    for (const s of ["a1", "c1"]) {
      for (const k of ["passportno", "passportExpiryDate", "passportissueddate", "passportissuing", "passportnationality"]) {
        expect(r[`${k}${s}`]).toBeDefined();
      }
    }
    expect(r.passportnationalitya1).toMatchObject({ type: "combobox", example: "id", resource: `${sandbox.origin}/general_api/listCountry` });
    expect(r.passportExpiryDatea1.type).toBe("datetime");
    const list = await c.json("/general_api/listCountry", { token });
    expect(list.listCountry.length).toBeGreaterThan(10);
  });

  it("asks Lion Air bookings for the captcha", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", airline: "LION" });
    const r = (await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, token })).required as Json;
    expect(r.lioncaptcha).toMatchObject({ mandatory: 1, category: "contact" });
    expect(r.lionsessionid).toMatchObject({ mandatory: 1 });
  });

  it("shows a price change that search does not", async () => {
    const { token, flight } = await c.findFlight({ from: "SUB", to: "UPG" });
    sandbox.controls.setPriceChange(flight.flight_number, 150_000);
    try {
      const body = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, token });
      expect(Number(body.departures.price_value)).toBe(Number(flight.price_value) + 150_000);
    } finally {
      sandbox.controls.setPriceChange(flight.flight_number, 0);
    }
  });

  it("prices only a flight the token's last search showed, for that search's party (party params are not documented: ignored)", async () => {
    const { token, flight, date } = await c.findFlight({ from: "CGK", to: "PDG", notAirline: "LION", adult: 1, price: false });
    const params = { flight_id: flight.flight_id, date };
    const never = await c.json("/flight_api/get_flight_data", { ...params, token: await c.token() });
    expect(never.diagnostic).toMatchObject({ status: 201, error_msgs: expect.stringMatching(/token/) });
    const body = await c.json("/flight_api/get_flight_data", { ...params, adult: 2, child: 1, infant: 1, token });
    expect(body.departures).toMatchObject({ count_adult: "1", count_child: "0", count_infant: "0" });
    expect(Object.keys(body.required)).not.toContain("firstnamec1");
    // Another route searched since: the flight is no longer this token's last search.
    await c.json("/search/flight", { d: "CGK", a: "SUB", date, adult: 2, child: 1, infant: 0, v: 3, token });
    expect((await c.json("/flight_api/get_flight_data", { ...params, token })).diagnostic.status).toBe(201);
    await c.json("/search/flight", { d: "CGK", a: "PDG", date, adult: 2, child: 1, infant: 0, v: 3, token });
    const again = await c.json("/flight_api/get_flight_data", { ...params, adult: 1, child: 0, token });
    expect(again.departures).toMatchObject({ count_adult: "2", count_child: "1", count_infant: "0" });
  });

  it("refuses unknown ids and mismatched dates (201)", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "KNO" });
    const unknown = await c.json("/flight_api/get_flight_data", { flight_id: "12345678", token });
    expect(unknown.diagnostic.status).toBe(201);
    const tampered = `${flight.flight_id.slice(0, -1)}${(Number(flight.flight_id.slice(-1)) + 1) % 10}`;
    expect((await c.json("/flight_api/get_flight_data", { flight_id: tampered, token })).diagnostic.status).toBe(201);
    const wrongDate = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, date: dateAhead(200), token });
    expect(wrongDate.diagnostic.status).toBe(201);
  });
});

describe("Lion Air captcha", () => {
  it("returns a PNG data URL and a session id; the answer is readable through the controls", async () => {
    const token = await c.token();
    const body = await c.json("/flight_api/getLionCaptcha", { token });
    expect(body.lioncaptcha).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(body.lioncaptcha.split(",")[1], "base64");
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(body.lionsessionid).toMatch(/^[a-z0-9]{24}\|0$/);
    const answer = sandbox.controls.captchaAnswer(body.lionsessionid);
    expect(answer).toMatch(/^\d{5}$/);
    const viaHttp = await (await fetch(`${sandbox.origin}/__sandbox/captcha?sessionId=${encodeURIComponent(body.lionsessionid)}`)).json();
    expect(viaHttp).toEqual({ sessionId: body.lionsessionid, answer });
  });

  it("is required, single-use and checked on add-order", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", airline: "LION", startDays: 40 });
    const params = orderParams(flight.flight_id);
    const without = await c.json("/order/add/flight", { token, ...params });
    expect(without.diagnostic).toMatchObject({ status: 201, error_msgs: expect.stringMatching(/captcha/i) });

    const wrong = await c.json("/flight_api/getLionCaptcha", { token });
    const answerOfWrong = sandbox.controls.captchaAnswer(wrong.lionsessionid) ?? "";
    const bad = answerOfWrong === "00000" ? "11111" : "00000";
    const rejected = await c.json("/order/add/flight", { token, ...params, lionsessionid: wrong.lionsessionid, lioncaptcha: bad });
    expect(rejected.diagnostic.status).toBe(201);
    const reused = await c.json("/order/add/flight", { token, ...params, lionsessionid: wrong.lionsessionid, lioncaptcha: answerOfWrong });
    expect(reused.diagnostic.status).toBe(201);

    const fresh = await c.json("/flight_api/getLionCaptcha", { token });
    const accepted = await c.json("/order/add/flight", {
      token, ...params, lionsessionid: fresh.lionsessionid, lioncaptcha: sandbox.controls.captchaAnswer(fresh.lionsessionid) ?? "",
    });
    expect(accepted.diagnostic.status).toBe(200);
  });
});
