import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { cartReadyToPay, client, withSandbox, type Client, type Json } from "./helpers.js";

let sandbox: TiketSandbox;
let c: Client;
beforeAll(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterAll(() => sandbox.close());

const getToken = (secretkey: string, headers?: Record<string, string>) =>
  c.get("/apiv1/payexpress", { method: "getToken", secretkey }, headers);

describe("getToken", () => {
  it("answers the documented envelope with a 40-hex token and a string login_status", async () => {
    const res = await getToken(sandbox.credentials.secretKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as Json;
    expect(Object.keys(body)).toEqual(["diagnostic", "output_type", "login_status", "token"]);
    expect(body.diagnostic).toMatchObject({ status: 200, confirm: "success", lang: "id", currency: "IDR" });
    expect(body.diagnostic.elapsetime).toMatch(/^\d+\.\d{4}$/);
    expect(body.diagnostic.memoryusage).toMatch(/MB$/);
    expect(typeof body.diagnostic.unix_timestamp).toBe("number");
    expect(body.output_type).toBe("json");
    expect(body.login_status).toBe("false");
    expect(body.token).toMatch(/^[0-9a-f]{40}$/);
    expect(await c.token()).not.toBe(body.token);
  });

  it("refuses a missing or wrong User-Agent with an error envelope", async () => {
    for (const headers of <Record<string, string>[]>[{}, { "user-agent": "twh:[123456789];[Agen Sandbox];" }, { "user-agent": "Mozilla/5.0" }]) {
      const res = await getToken(sandbox.credentials.secretKey, headers);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.diagnostic.status).toBe(401);
      expect(body.diagnostic.error_msgs).toMatch(/User-Agent/);
      expect(body.diagnostic.confirm).toBeUndefined();
      expect(body.token).toBeUndefined();
    }
  });

  it("refuses a wrong secret key", async () => {
    const body = (await (await getToken("not-the-key")).json()) as Json;
    expect(body.diagnostic).toMatchObject({ status: 401, error_msgs: expect.stringMatching(/secret/i) });
  });

  it("requires a method=getToken", async () => {
    const body = await c.json("/apiv1/payexpress", { method: "getTokens", secretkey: sandbox.credentials.secretKey });
    expect(body.diagnostic.status).toBe(201);
  });

  it("renewing a live token answers a new token; the old one stays live", async () => {
    const token = await c.token();
    const renewed = await c.json("/apiv1/payexpress", { method: "getToken", secretkey: sandbox.credentials.secretKey, token });
    expect(renewed.diagnostic.status).toBe(200);
    expect(renewed.token).toMatch(/^[0-9a-f]{40}$/);
    expect(renewed.token).not.toBe(token);
    expect((await c.json("/general_api/listCountry", { token })).diagnostic.status).toBe(200);
  });
});

describe("token-protected calls", () => {
  it("need a token the sandbox issued", async () => {
    const missing = await c.json("/flight_api/all_airport", {});
    expect(missing.diagnostic).toMatchObject({ status: 401, error_msgs: expect.stringMatching(/token/i) });
    const unknown = await c.json("/flight_api/all_airport", { token: "0".repeat(40) });
    expect(unknown.diagnostic.status).toBe(401);
  });

  it("need the User-Agent too", async () => {
    const token = await c.token();
    const body = (await (await c.get("/flight_api/all_airport", { token }, {})).json()) as Json;
    expect(body.diagnostic.status).toBe(401);
  });

  it("echo the token and login_status in the envelope", async () => {
    const token = await c.token();
    const body = await c.json("/general_api/listCountry", { token });
    expect(body.diagnostic.status).toBe(200);
    expect(body.token).toBe(token);
    expect(body.login_status).toBe("false");
    expect(body.listCountry).toContainEqual({ country_id: "id", country_name: "Indonesia ", country_areacode: "+62" });
  });

  it("answer unknown paths with an HTML 404", async () => {
    const res = await c.get("/flight_api/nope", {});
    expect(res.status).toBe(404);
  });
});

describe("Renew Token carries the login over, not the cart", () => {
  const renew = (token: string) => c.json("/apiv1/payexpress", { method: "getToken", secretkey: sandbox.credentials.secretKey, token });

  it("a renewed token has an empty cart: the deposit payment with it answers 201 and places nothing", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", notAirline: "LION" });
    const orderId = await cartReadyToPay(c, token, flight.flight_id);
    const renewed = await renew(token);
    expect(renewed).toMatchObject({ login_status: "true", login_email: "siti.rahayu@example.co.id" });
    expect(renewed.token).not.toBe(token);

    const deposit = sandbox.controls.getDeposit();
    const refused = await c.json("/checkout/checkout_payment/8", { token: renewed.token, btn_booking: 1, currency: "IDR" });
    expect(refused.diagnostic).toMatchObject({ status: 201, error_msgs: "Keranjang belanja Anda kosong" });
    expect(refused.diagnostic.confirm).toBeUndefined();
    expect(refused.orderId).toBeUndefined();
    expect((await c.json("/order", { token: renewed.token })).diagnostic.status).toBe(201);
    expect(sandbox.controls.getOrder(orderId)).toMatchObject({ paymentStatus: "shoppingcart", token });
    expect(sandbox.controls.getDeposit()).toBe(deposit);

    // The cart's own token still holds the cart and places the payment.
    const paid = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1, currency: "IDR" });
    expect(paid.diagnostic.status).toBe(200);
    expect(paid.orderId).toBe(Number(orderId));
    expect(sandbox.controls.getOrder(orderId)?.paymentStatus).toBe("checkout");
  });

  it("in English the refusal says the cart is empty", async () => {
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", notAirline: "LION" });
    await cartReadyToPay(c, token, flight.flight_id);
    const renewed = await renew(token);
    const refused = await c.json("/checkout/checkout_payment/8", { token: renewed.token, btn_booking: 1, currency: "IDR", lang: "en" });
    expect(refused.diagnostic).toMatchObject({ status: 201, error_msgs: "Your shopping cart is empty" });
  });
});
