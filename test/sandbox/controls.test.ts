import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookingParams, client, findFlightOf, withSandbox, type Client, type Json } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
let c: Client;
beforeAll(async () => {
  sandbox = await withSandbox({ credentials: { username: "agen", password: "rahasia1" }, initialBalance: 1_000_000 });
  c = client(sandbox);
});
afterAll(() => sandbox.close());

const control = async (method: "GET" | "POST", path: string, body?: unknown) => {
  const res = await fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  return { status: res.status, json: (await res.json()) as Json };
};

describe("call log", () => {
  it("records params with the password redacted", async () => {
    sandbox.controls.reset();
    await c.postJson("ceksaldo");
    await c.postJson("getstatusbooking-json", { kodebooking: "ABC123" });
    expect(sandbox.controls.callCount("ceksaldo")).toBe(1);
    const [call] = sandbox.controls.calls("getstatusbooking-json");
    expect(call).toEqual({
      endpoint: "getstatusbooking-json", params: { username: "agen", password: "***", kodebooking: "ABC123" }, at: expect.any(Number),
    });
    expect(sandbox.controls.calls()).toHaveLength(2);
  });
});

describe("account", () => {
  it("ceksaldo answers the balance with commas", async () => {
    expect(await c.postJson("ceksaldo")).toEqual({ result: "ok", saldo: "1,000,000" });
  });

  it("resetpassword validates and then changes the accepted password", async () => {
    const reset = { username: "agen", email: "a@b.co", phone: "0812111", agencode: "JKT-111" };
    expect(await c.postJson("resetpassword", { ...reset, newpassword: "abc" })).toEqual({
      result: "no", reason: "password minimal 6 characters",
    });
    expect(await c.postJson("resetpassword", { ...reset, email: "", newpassword: "abcdef" })).toEqual({
      result: "no", reason: "data invalid",
    });
    expect(await c.postJson("resetpassword", { ...reset, username: "other", newpassword: "abcdef" })).toEqual({
      result: "no", reason: "data invalid",
    });
    expect(await c.postJson("resetpassword", { ...reset, newpassword: "baru123" })).toEqual({
      result: "ok", username: "agen", newpassword: "baru123",
    });
    expect(sandbox.credentials.password).toBe("baru123");
    expect(await c.postJson("ceksaldo", { password: "rahasia1" })).toEqual({ result: "no", reason: "invalid login" });
    expect((await c.postJson("ceksaldo")).result).toBe("ok");
    expect(sandbox.controls.calls("resetpassword").at(-1)?.params.newpassword).toBe("***");
  });
});

describe("HTTP control routes", () => {
  it("set balance, fault, latency, timelimit and credentials", async () => {
    expect((await control("POST", "balance", { balance: 777 })).json).toEqual({ ok: true });
    expect((await control("GET", "balance")).json).toEqual({ balance: 777 });
    await control("POST", "fault", { endpoint: "ceksaldo", fault: { kind: "upstream" }, times: 1 });
    expect((await c.postJson("ceksaldo")).reason).toBe("failed to receive data");
    expect(await c.postJson("ceksaldo")).toEqual({ result: "ok", saldo: "777" });
    expect((await control("POST", "latency", { endpoint: "*", ms: 0 })).status).toBe(200);
    expect((await control("POST", "timelimit", { seconds: 60 })).status).toBe(200);
    await control("POST", "credentials", { username: "agen", password: "lagi123" });
    expect(sandbox.credentials).toEqual({ username: "agen", password: "lagi123" });
    const state = (await control("GET", "state")).json;
    expect(state).toMatchObject({ balance: 777, timelimitSeconds: 60, timeZone: "Asia/Jakarta" });
  });

  it("rejects bad bodies with 400 and unknown routes with 404", async () => {
    expect((await control("POST", "fault", { endpoint: "nope", fault: null })).status).toBe(400);
    expect((await control("POST", "balance", { balance: "x" })).status).toBe(400);
    expect((await control("GET", "whatever")).status).toBe(404);
    expect((await control("GET", "bookings/NOPE99")).status).toBe(404);
  });

  it("drive bookings: seats, price change, external issue/cancel, calls, reset", async () => {
    await control("POST", "balance", { balance: 50_000_000 });
    const { flight, date } = await findFlightOf(c, "GA", "CGK", "DPS");
    await control("POST", "price-change", { flightCode: flight.flight_code, deltaPerPax: 100_000 });
    const booked = await c.postJson("postbooking-json", bookingParams({ flight, date, from: "CGK", to: "DPS" }));
    expect(Number(booked.flight_totalfare)).toBe(Number(flight.flight_price) + 100_000);
    const code = String(booked.kodebooking);

    const seen = await control("GET", `bookings/${code}`);
    expect(seen.json).toMatchObject({ code, status: "waiting", totalFare: Number(booked.flight_totalfare) });
    expect((await control("POST", `bookings/${code}/issue`)).json).toMatchObject({ ok: true, booking: { status: "issued" } });
    expect((await c.postJson("getstatusbooking-json", { kodebooking: code })).status).toBe("issued");
    await control("POST", `bookings/${code}/cancel`);
    expect((await c.postJson("getstatusbooking-json", { kodebooking: code })).status).toBe("cancel");

    await control("POST", "seats", { flightCode: flight.flight_code, date, seats: 0 });
    const gone = await c.postJson("postbooking-json", bookingParams({ flight, date, from: "CGK", to: "DPS" }));
    expect(gone.message).toBe("Seat not available\r\n");

    const calls = (await fetch(`${sandbox.origin}/__sandbox/calls?endpoint=postbooking-json`).then((r) => r.json())) as Json[];
    expect(calls).toHaveLength(2);
    expect((calls[0]?.params as Json).password).toBe("***");
    expect((await control("GET", "call-count?endpoint=postbooking-json")).json).toEqual({ endpoint: "postbooking-json", count: 2 });

    expect((await control("POST", "reset", {})).json).toEqual({ ok: true });
    expect(sandbox.controls.calls()).toHaveLength(0);
    expect(sandbox.controls.getBooking(code)).toBeDefined();
    const again = await c.postJson("postbooking-json", bookingParams({ flight, date, from: "CGK", to: "DPS" }));
    expect(Number(again.flight_totalfare)).toBe(Number(flight.flight_price));

    await control("POST", "reset", { bookings: true });
    expect(sandbox.controls.getBooking(code)).toBeUndefined();
    expect(sandbox.controls.getBalance()).toBe(1_000_000);
    expect(sandbox.credentials).toEqual({ username: "agen", password: "rahasia1" });
  });
});
