import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { client, orderParams, withSandbox, type Client, type Json } from "./helpers.js";

let sandbox: TiketSandbox;
let c: Client;
beforeEach(async () => {
  sandbox = await withSandbox({ initialDeposit: 7_000_000 });
  c = client(sandbox);
});
afterEach(() => sandbox.close());

async function control(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  return { status: res.status, json: (await res.json()) as Json };
}

describe("/__sandbox controls over HTTP", () => {
  it("reads state and sets the deposit and settings", async () => {
    const state = await control("GET", "state");
    expect(state.json).toMatchObject({ deposit: 7_000_000, orderExpirySeconds: 10_800, issueDelayMs: 0, searchRefreshMs: 0, orders: [] });
    expect(state.json.credentials).toEqual(sandbox.credentials);
    expect((await control("POST", "deposit", { deposit: 123_456 })).json).toEqual({ ok: true });
    expect((await control("GET", "deposit")).json).toEqual({ deposit: 123_456 });
    expect(sandbox.controls.getDeposit()).toBe(123_456);
    await control("POST", "settings", { orderExpirySeconds: 60, issueDelayMs: 5, searchRefreshMs: 10 });
    expect((await control("GET", "state")).json).toMatchObject({ orderExpirySeconds: 60, issueDelayMs: 5, searchRefreshMs: 10 });
  });

  it("sets faults, latency, price changes and seats", async () => {
    const token = await c.token();
    expect((await control("POST", "fault", { endpoint: "general_api/listCountry", fault: { kind: "status500" }, times: 1 })).status).toBe(200);
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(500);
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(200);
    expect((await control("POST", "fault", { endpoint: "checkout/checkout_payment/8", fault: { kind: "html" } })).status).toBe(200);
    expect((await control("POST", "fault", { endpoint: "*", fault: null })).status).toBe(200);
    expect((await control("POST", "latency", { endpoint: "*", ms: 0 })).status).toBe(200);

    const { flight, date } = await c.findFlight({ from: "CGK", to: "DPS", token });
    await control("POST", "price-change", { flightNumber: flight.flight_number, delta: -50_000 });
    const data = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, token });
    expect(Number(data.departures.price_adult)).toBe(Number(flight.price_adult) - 50_000);
    await control("POST", "seats", { flightNumber: flight.flight_number, date, seats: 0 });
    const s = await c.json("/search/flight", { d: "CGK", a: "DPS", date, v: 3, token });
    expect(s.departures.result.map((f: Json) => f.flight_number)).not.toContain(flight.flight_number);
  });

  it("reads, expires and issues orders; 404 for unknown ones", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "SUB", notAirline: "LION" });
    await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id) });
    const orderId = (await c.json("/order", { token })).myorder.order_id as string;
    const order = await control("GET", `orders/${orderId}`);
    expect(order.json).toMatchObject({ orderId, paymentStatus: "shoppingcart", ticketStatus: "booked" });
    const issued = await control("POST", `orders/${orderId}/issue`);
    expect(issued.json.order).toMatchObject({ paymentStatus: "paid", ticketStatus: "issued", issuedExternally: true });
    expect(sandbox.controls.getDeposit()).toBe(7_000_000);
    expect((await control("POST", `orders/${orderId}/expire`)).status).toBe(400);
    expect((await control("GET", "orders/1")).status).toBe(404);
    expect((await control("POST", "orders/1/expire")).status).toBe(404);
  });

  it("logs calls with secrets redacted and the User-Agent, counts them, and resets", async () => {
    await c.token();
    await c.get("/flight_api/all_airport", { token: "nope" });
    const calls = (await control("GET", "calls?endpoint=apiv1/payexpress")).json as unknown as Json[];
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ endpoint: "apiv1/payexpress", userAgent: c.ua, params: { method: "getToken", secretkey: "***" } });
    expect((await control("GET", "call-count?endpoint=flight_api/all_airport")).json).toEqual({ endpoint: "flight_api/all_airport", count: 1 });
    expect(sandbox.controls.callCount("flight_api/all_airport")).toBe(1);
    expect((await control("POST", "reset", { orders: true })).json).toEqual({ ok: true });
    expect(sandbox.controls.calls()).toHaveLength(0);
    expect(sandbox.controls.getDeposit()).toBe(7_000_000);
  });

  it("answers 400 for bad input and 404 for unknown routes", async () => {
    expect((await control("POST", "fault", { endpoint: "nope", fault: { kind: "html" } })).status).toBe(400);
    expect((await control("POST", "fault", { endpoint: "order", fault: { kind: "teapot" } })).status).toBe(400);
    expect((await control("POST", "seats", { flightNumber: "GA-1", date: "01-01-2030", seats: 1 })).status).toBe(400);
    expect((await control("GET", "calls?endpoint=nope")).status).toBe(400);
    expect((await control("GET", "captcha?sessionId=nope")).status).toBe(404);
    expect((await control("GET", "nothing")).status).toBe(404);
  });
});
