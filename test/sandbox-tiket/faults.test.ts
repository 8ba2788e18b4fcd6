import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { sleep } from "../support/telegram/timers.js";
import { until } from "../support/telegram/wait-for.js";
import { cartReadyToPay, client, orderParams, withSandbox, type Client } from "./helpers.js";

let sandbox: TiketSandbox;
let c: Client;
beforeEach(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterEach(() => sandbox.close());

const tokenCall = async () => c.get("/flight_api/all_airport", { token: await c.token() });

describe("faults", () => {
  it("http500 answers an HTML 500 page", async () => {
    sandbox.controls.setFault("flight_api/all_airport", { kind: "http500" });
    const res = await tokenCall();
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("Internal Server Error");
  });

  it("html answers 200 with a maintenance page", async () => {
    sandbox.controls.setFault("flight_api/all_airport", { kind: "html" });
    const res = await tokenCall();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toMatch(/<html>/);
  });

  it("malformed answers truncated JSON, empty an empty body", async () => {
    sandbox.controls.setFault("search/flight", { kind: "malformed" });
    const bad = await c.get("/search/flight", { d: "CGK", a: "DPS", date: "2030-01-01", token: await c.token() });
    expect(bad.headers.get("content-type")).toContain("application/json");
    const text = await bad.text();
    expect(text.startsWith("{")).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    sandbox.controls.setFault("search/flight", { kind: "empty" });
    const empty = await c.get("/search/flight", { token: await c.token() });
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe("");
  });

  it("status201 and status500 answer error envelopes", async () => {
    const token = await c.token();
    sandbox.controls.setFault("flight_api/all_airport", { kind: "status201" });
    const notice = await c.json("/flight_api/all_airport", { token });
    expect(notice.diagnostic).toMatchObject({ status: 201, error_msgs: expect.any(String) });
    expect(notice.diagnostic.confirm).toBeUndefined();
    expect(notice.token).toBe(token);
    sandbox.controls.setFault("flight_api/all_airport", { kind: "status500" });
    const upstream = await c.json("/flight_api/all_airport", { token, lang: "en" });
    expect(upstream.diagnostic).toMatchObject({ status: 500, error_msgs: expect.stringMatching(/airline/) });
  });

  it("status answers an envelope with the status and the words given, in the call's language", async () => {
    const token = await c.token();
    sandbox.controls.setFault("flight_api/all_airport", { kind: "status", status: 211, en: "Order is not valid now", id: "Order tidak valid saat ini" }, 2);
    expect((await c.json("/flight_api/all_airport", { token, lang: "en" })).diagnostic).toMatchObject({ status: 211, error_msgs: "Order is not valid now" });
    expect((await c.json("/flight_api/all_airport", { token, lang: "id" })).diagnostic).toMatchObject({ status: 211, error_msgs: "Order tidak valid saat ini" });
    expect((await c.json("/flight_api/all_airport", { token })).diagnostic.status).toBe(200);
  });

  it("timeout never answers; close() ends the hanging request", async () => {
    sandbox.controls.setFault("flight_api/all_airport", { kind: "timeout" });
    const token = await c.token();
    const res = c.get("/flight_api/all_airport", { token });
    await until(() => sandbox.controls.callCount("flight_api/all_airport") === 1);
    const outcome = await Promise.race([res.then(() => "answered", () => "failed"), sleep(300).then(() => "pending")]);
    expect(outcome).toBe("pending");
    await sandbox.close();
    await expect(res).rejects.toThrow();
  });

  it("timeout with commit performs the call first (deposit payment placed, no answer)", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", notAirline: "LION" });
    const orderId = await cartReadyToPay(c, token, flight.flight_id);
    sandbox.controls.setFault("checkout/checkout_payment/8", { kind: "timeout", commit: true }, 1);
    const url = new URL(`${sandbox.origin}/checkout/checkout_payment/8`);
    for (const [k, v] of Object.entries({ token, btn_booking: "1", output: "json" })) url.searchParams.set(k, v);
    // The caller gives up once the payment is placed, not after a fixed time that a busy machine
    // could reach before the request even arrived.
    const caller = new AbortController();
    const call = fetch(url, { headers: { "user-agent": c.ua }, signal: caller.signal });
    await until(() => sandbox.controls.getOrder(orderId)?.paymentStatus === "checkout");
    caller.abort();
    await expect(call).rejects.toThrow();
    expect((await c.json("/order", { token })).diagnostic.status).toBe(401);
  });

  it("status500/status201 with commit perform the add-order first (the cart holds it); status204 adds nothing", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", notAirline: "LION" });
    sandbox.controls.setFault("order/add/flight", { kind: "status204" }, 1);
    const duplicate = await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id), lang: "en" });
    expect(duplicate.diagnostic).toMatchObject({ status: 204, error_msgs: expect.stringMatching(/same booking has already been made/) });
    expect((await c.json("/order", { token })).diagnostic.status).toBe(201);
    for (const kind of ["status500", "status201"] as const) {
      sandbox.controls.setFault("order/add/flight", { kind, commit: true }, 1);
      const failed = await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id, {}, { firstnamea1: kind === "status500" ? "Rudi" : "Agus" }) });
      expect(failed.diagnostic.status).toBe(kind === "status500" ? 500 : 201);
    }
    expect((await c.json("/order", { token })).myorder.data).toHaveLength(2);
  });

  it("applies `times` calls then clears; '*' matches every endpoint; null clears; a payment id is more specific", async () => {
    const token = await c.token();
    sandbox.controls.setFault("flight_api/all_airport", { kind: "status500" }, 2);
    expect((await c.json("/flight_api/all_airport", { token })).diagnostic.status).toBe(500);
    expect((await c.json("/flight_api/all_airport", { token })).diagnostic.status).toBe(500);
    expect((await c.json("/flight_api/all_airport", { token })).diagnostic.status).toBe(200);
    sandbox.controls.setFault("*", { kind: "status201" });
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(201);
    sandbox.controls.setFault("*", null);
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(200);

    sandbox.controls.setFault("checkout/checkout_payment/8", { kind: "http500" });
    expect((await c.json("/checkout/checkout_payment", { token })).diagnostic.status).toBe(201); // not faulted: empty cart
    expect((await c.get("/checkout/checkout_payment/8", { token, btn_booking: 1 })).status).toBe(500);
  });

  it("latency delays the answer", async () => {
    const token = await c.token();
    sandbox.controls.setLatency("general_api/listCountry", 250);
    const started = Date.now();
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    sandbox.controls.setLatency("general_api/listCountry", 0);
  });
});
