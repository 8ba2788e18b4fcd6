import { afterEach, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { cartReadyToPay, client, confirmDeposit, orderParams, withSandbox, type Client } from "./helpers.js";

let sandbox: TiketSandbox | undefined;
afterEach(() => sandbox?.close());

async function setup(options = {}): Promise<Client> {
  sandbox = await withSandbox(options);
  return client(sandbox);
}

describe("add-order refusals", () => {
  it("answers 204 for the same flight and passengers twice in one token", async () => {
    const c = await setup();
    const { token, flight } = await c.findFlight({ from: "SUB", to: "DPS", notAirline: "LION" });
    const params = orderParams(flight.flight_id, { adult: 2 });
    expect((await c.json("/order/add/flight", { token, ...params })).diagnostic.status).toBe(200);
    const again = await c.json("/order/add/flight", { token, ...params });
    expect(again.diagnostic).toMatchObject({ status: 204, error_msgs: expect.stringMatching(/10 menit/) });
    // Other passengers on the same flight are a new detail in the same cart.
    const other = orderParams(flight.flight_id, {}, { firstnamea1: "Wahyu", lastnamea1: "Pratama" });
    expect((await c.json("/order/add/flight", { token, ...other })).diagnostic.status).toBe(200);
    expect((await c.json("/order", { token })).myorder.data).toHaveLength(2);
  });

  it("validates titles, names, ages, infants, contact and the %2B phone", async () => {
    const c = await setup();
    const { token, flight } = await c.findFlight({ from: "CGK", to: "JOG", notAirline: "LION", adult: 2, child: 1, infant: 1 });
    const party = { adult: 2, child: 1, infant: 1 };
    const year = new Date().getUTCFullYear();
    const cases: [Record<string, string | number>, RegExp][] = [
      [{ titlea1: "Mstr" }, /^titlea1/],
      [{ titlec1: "Mrs" }, /^titlec1/],
      [{ firstnamea2: "B4di" }, /^firstnamea2/],
      [{ lastnamea1: "" }, /^lastnamea1/],
      [{ birthdatea1: `${year - 8}-01-01` }, /^birthdatea1/],
      [{ birthdatec1: `${year - 15}-01-01` }, /^birthdatec1/],
      [{ birthdatei1: "01-01-2025" }, /^birthdatei1/],
      [{ parenti1: 3 }, /^parenti1/],
      [{ ida1: "" }, /^ida1/],
      [{ conPhone: " 6281234567890" }, /^conPhone/],
      [{ conEmailAddress: "siti@" }, /^conEmailAddress/],
      [{ conSalutation: "Dr" }, /^conSalutation/],
      // Spec §6: conFirstName and conLastName are CHAR 50.
      [{ conFirstName: `S${"a".repeat(50)}` }, /^conFirstName/],
      [{ conLastName: `R${"a".repeat(50)}` }, /^conLastName/],
      [{ infant: 3 }, /./],
      [{ adult: 7 }, /./],
    ];
    for (const [extra, message] of cases) {
      const body = await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id, party, extra) });
      expect(body.diagnostic.status, JSON.stringify(extra)).toBe(201);
      expect(body.diagnostic.error_msgs).toMatch(message);
    }
    // "Mr." with a dot and an unsent optional idc1 are fine; a raw "+" decoded as space was not.
    const good = await c.json("/order/add/flight", {
      token, ...orderParams(flight.flight_id, party, { conSalutation: "Mrs.", conFirstName: `S${"a".repeat(49)}`, conLastName: `R${"a".repeat(49)}` }),
    });
    expect(good.diagnostic.status).toBe(200);
  });

  it("takes only a flight get_flight_data priced on the same token (the cart is the token's, spec §6 and §10)", async () => {
    const c = await setup();
    const { token, flight, date } = await c.findFlight({ from: "SUB", to: "BPN", notAirline: "LION", price: false });
    const params = orderParams(flight.flight_id);
    const unpriced = await c.json("/order/add/flight", { token, ...params });
    expect(unpriced.diagnostic).toMatchObject({ status: 201, error_msgs: expect.stringMatching(/data penerbangan/) });
    // Priced on another token that searched it: still not this token's.
    const other = await c.findFlight({ from: "SUB", to: "BPN", notAirline: "LION" });
    expect(other.flight.flight_id).toBe(flight.flight_id);
    expect((await c.json("/order/add/flight", { token, ...params })).diagnostic.status).toBe(201);
    expect((await c.json("/order/add/flight", { token: await c.token(), ...params })).diagnostic.status).toBe(201);
    expect((await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, date, token })).diagnostic.status).toBe(200);
    expect((await c.json("/order/add/flight", { token, ...params })).diagnostic.status).toBe(200);
  });

  it("refuses a sold-out flight and hides it from search", async () => {
    const c = await setup();
    const { token, flight, date } = await c.findFlight({ from: "CGK", to: "UPG", notAirline: "LION" });
    sandbox?.controls.setSeats(flight.flight_number, date, 1);
    const body = await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id, { adult: 2 }) });
    expect(body.diagnostic).toMatchObject({ status: 201, error_msgs: expect.stringMatching(/penuh/) });
    const s = await c.json("/search/flight", { d: "CGK", a: "UPG", date, adult: 2, v: 3, token });
    expect(s.departures.result.map((f: { flight_id: string }) => f.flight_id)).not.toContain(flight.flight_id);
  });
});

describe("cart and checkout refusals", () => {
  it("deletes a detail once and then reports the empty cart", async () => {
    const c = await setup();
    const { token, flight } = await c.findFlight({ from: "CGK", to: "PDG", notAirline: "LION" });
    await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id) });
    const id = (await c.json("/order", { token })).myorder.data[0].order_detail_id as string;
    expect((await c.json("/order/delete_order", { token, order_detail_id: id })).updateStatus).toBe("success delete order");
    const twice = await c.json("/order/delete_order", { token, order_detail_id: id });
    expect(twice).toMatchObject({ diagnostic: { status: 201, error_msgs: "Order failed to delete" }, updateStatus: "failed delete order" });
    expect((await c.json("/order", { token })).diagnostic.status).toBe(201);
  });

  it("runs the checkout steps only in order", async () => {
    const c = await setup();
    const { token, flight } = await c.findFlight({ from: "CGK", to: "BTH", notAirline: "LION" });
    await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id) });
    const orderId = (await c.json("/order", { token })).myorder.order_id as string;
    const early = await c.json("/checkout/checkout_customer", {
      token, salutation: "Mr", firstName: "Budi", lastName: "Santoso", emailAddress: "budi@example.co.id", phone: "081234567890", saveContinue: 2,
    });
    expect(early.diagnostic.status).toBe(201);
    expect((await c.json("/checkout/checkout_payment", { token })).diagnostic.status).toBe(201);
    expect((await c.json(`/order/checkout/${orderId}/USD`, { token })).diagnostic.status).toBe(201);
    expect((await c.json(`/order/checkout/999/IDR`, { token })).diagnostic.status).toBe(201);
  });

  it("refuses a deposit payment when the deposit is too low", async () => {
    const c = await setup({ initialDeposit: 1000 });
    const { token, flight } = await c.findFlight({ from: "CGK", to: "SRG", notAirline: "LION" });
    await cartReadyToPay(c, token, flight.flight_id);
    const pay = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1 });
    expect(pay.diagnostic).toMatchObject({ status: 201, error_msgs: "insufficient fund" });
    // Enough now; but the balance drops again before the confirm step.
    sandbox?.controls.setDeposit(50_000_000);
    const placed = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1 });
    expect(placed.diagnostic.status).toBe(200);
    sandbox?.controls.setDeposit(10);
    const confirm = await confirmDeposit(c, String(placed.orderId));
    expect(confirm.diagnostic).toMatchObject({ status: 201, error_msgs: "insufficient fund" });
    expect(sandbox?.controls.getDeposit()).toBe(10);
  });

  it("answers 209 on an expired order (control and clock) and check_order shows it expired", async () => {
    let clock = Date.now();
    const c = await setup({ orderExpirySeconds: 600, now: () => clock });
    const { token, flight } = await c.findFlight({ from: "CGK", to: "PLM", notAirline: "LION" });
    const orderId = await cartReadyToPay(c, token, flight.flight_id);
    sandbox?.controls.expireOrder(orderId);
    const pay = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1 });
    expect(pay.diagnostic).toMatchObject({ status: 209, error_msgs: "your order has expired please recheck your order" });
    const check = (await c.json("/check_order", { order_id: orderId, email: "siti.rahayu@example.co.id", secretkey: sandbox?.credentials.secretKey ?? "" })).result;
    expect(check.payment_status).toBe("expired");
    expect(check.order__cart_detail[0].detail).toMatchObject({ ticket_status: "expired", order_detail_status: "expired" });
    expect((await c.json("/order", { token })).myorder.data[0].expire).toBe(0);

    // By the clock: placed in time, confirmed too late.
    const second = await c.findFlight({ from: "CGK", to: "PKU", notAirline: "LION" });
    await cartReadyToPay(c, second.token, second.flight.flight_id);
    const placed = await c.json("/checkout/checkout_payment/8", { token: second.token, btn_booking: 1 });
    clock += 601_000;
    expect((await confirmDeposit(c, String(placed.orderId))).diagnostic.status).toBe(209);
  });

  it("keeps confirmPayment idempotent and check_order private", async () => {
    const c = await setup();
    const { token, flight } = await c.findFlight({ from: "CGK", to: "BPN", notAirline: "LION" });
    const orderId = await cartReadyToPay(c, token, flight.flight_id);
    await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1 });
    const deposit = sandbox?.controls.getDeposit() ?? 0;
    expect((await confirmDeposit(c, orderId)).diagnostic.status).toBe("200");
    expect((await confirmDeposit(c, orderId)).diagnostic.status).toBe("200");
    expect(sandbox?.controls.getDeposit()).toBe(deposit - Number(sandbox?.controls.getOrder(orderId)?.grandTotal));
    const secretkey = sandbox?.credentials.secretKey ?? "";
    expect((await c.json("/check_order", { order_id: orderId, email: "other@example.com", secretkey })).diagnostic.status).toBe(201);
    expect((await c.json("/check_order", { order_id: orderId, email: "siti.rahayu@example.co.id", secretkey: "x" })).diagnostic.status).toBe(401);
    const wrongPartner = await c.json("/partner/transactionApi/confirmPayment", { order_id: orderId, secretkey, confirmkey: "x", username: "y" });
    expect(wrongPartner.diagnostic.status).toBe(401);
  });
});
