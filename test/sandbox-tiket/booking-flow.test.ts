import { afterEach, describe, expect, it } from "vitest";
import type { TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { client, confirmDeposit, orderParams, partnerParams, withSandbox, type Json } from "./helpers.js";

let sandbox: TiketSandbox | undefined;
afterEach(() => sandbox?.close());

const EMAIL = "siti.rahayu@example.co.id";

describe("token → search → add order → checkout → deposit → check_order", () => {
  it("books, pays from the deposit and issues after issueDelayMs with PNR, tickets and a PDF", async () => {
    let clock = Date.now();
    sandbox = await withSandbox({ issueDelayMs: 60_000, now: () => clock });
    const c = client(sandbox);
    const { token, flight, date } = await c.findFlight({ from: "CGK", to: "DPS", airline: "GARUDA", adult: 2, child: 1, infant: 1 });
    const data = await c.json("/flight_api/get_flight_data", { flight_id: flight.flight_id, date, token });
    expect(data.diagnostic.status).toBe(200);

    const add = await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id, { adult: 2, child: 1, infant: 1 }) });
    expect(Object.keys(add)).toEqual(["diagnostic", "output_type", "login_status", "token"]);
    expect(add.diagnostic.status).toBe(200);

    const cart = await c.json("/order", { token });
    const my = cart.myorder as Json;
    expect(my.order_id).toMatch(/^\d+$/);
    const orderId = my.order_id as string;
    expect(my.data).toHaveLength(1);
    const detail = my.data[0] as Json;
    expect(detail).toMatchObject({ order_type: "flight", order_detail_status: "active", uri: "garuda" });
    expect(detail.expire).toBeGreaterThan(170);
    expect(detail.order_name).toMatch(/^CGK \(Jakarta - Cengkareng\) - DPS \(Denpasar, Bali\)$/);
    expect(detail.order_name_detail).toBe(`Garuda (${flight.flight_number} - Depart)`);
    expect(detail.detail.passengers.adult).toHaveLength(2);
    expect(detail.detail.passengers.infant[0].adult_index).toBe("1");
    const total = my.total as number;
    expect(total).toBe(Number(detail.customer_price));
    expect(total).toBe(2 * Number(data.departures.price_adult) + Number(data.departures.price_child) + Number(data.departures.price_infant));
    expect(cart.checkout).toBe(`${sandbox.origin}/order/checkout/${orderId}/IDR`);
    expect(my.order_expire_datetime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const page = await c.json(`/order/checkout/${orderId}/IDR`, { token });
    expect(page.next_checkout_uri).toBe(`${sandbox.origin}/checkout/checkout_customer`);
    const customer = await c.json("/checkout/checkout_customer", {
      token, salutation: "Mrs", firstName: "Siti", lastName: "Rahayu", emailAddress: EMAIL, phone: "+6281234567890", saveContinue: 2,
    });
    expect(customer).toMatchObject({ user_account: { username: EMAIL }, login_status: "true", login_email: EMAIL, token });
    expect(customer.guest_id).toMatch(/^\d+$/);

    const methods = (await c.json("/checkout/checkout_payment", { token })).available_payment as Json[];
    expect(methods).toContainEqual({ link: `${sandbox.origin}/checkout/checkout_payment/8`, text: "Deposit", message: "", type: "deposit" });
    expect(methods.map((m) => m.type)).toEqual(expect.arrayContaining(["creditcard", "jatis", "klikbca"]));

    const preview = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 0 });
    expect(preview.result).toMatchObject({ order_id: orderId, grand_total: total, sub_total: total, payment_charge: 0 });

    const before = sandbox.controls.getDeposit();
    const pay = await c.json("/checkout/checkout_payment/8", { token, btn_booking: 1 });
    expect(pay.diagnostic.status).toBe(200);
    expect(pay).toMatchObject({ orderId: Number(orderId), grand_total: total });
    expect(pay.message).toMatch(/hours/);
    expect(sandbox.controls.getDeposit()).toBe(before);
    // The token is spent once checkout is done.
    expect((await c.json("/order", { token })).diagnostic.status).toBe(401);

    const pending = await c.json("/partner/transactionApi", partnerParams(c));
    expect(pending.result.map((t: Json) => t.order_id)).toContain(orderId);
    const check = (await c.json("/check_order", { order_id: orderId, email: EMAIL, secretkey: sandbox.credentials.secretKey })).result as Json;
    expect(check.payment_status).toBe("checkout");

    const confirm = await confirmDeposit(c, orderId);
    expect(confirm.diagnostic.status).toBe("200");
    expect(sandbox.controls.getDeposit()).toBe(before - total);
    const saldo = await c.json("/partner/transactionApi/get_saldo", partnerParams(c));
    expect(saldo.results).toBe(`${before - total}.00`);

    const booked = (await c.json("/check_order", { order_id: orderId, email: EMAIL.toUpperCase(), secretkey: sandbox.credentials.secretKey })).result as Json;
    expect(booked.payment_status).toBe("paid");
    expect(booked.total_customer_price).toBe(`${total}.00`);
    const bookedDetail = booked.order__cart_detail[0] as Json;
    expect(bookedDetail.detail).toMatchObject({ ticket_status: "booked", booking_code: "", airlines_name: "GARUDA" });
    expect(bookedDetail.detail.flight_number).toBe(flight.flight_number.replace("-", " "));
    expect(bookedDetail.print_uri).toBeUndefined();
    expect(bookedDetail.passanger.every((p: Json) => p.passenger_ticket_number === "")).toBe(true);
    expect(booked.order__payment[0]).toMatchObject({ payment_source: "deposit", payment_amount: `${total}.00` });

    clock += 60_000;
    const issued = (await c.json("/check_order", { order_id: orderId, email: EMAIL, secretkey: sandbox.credentials.secretKey })).result as Json;
    const d = issued.order__cart_detail[0] as Json;
    expect(d.detail.ticket_status).toBe("issued");
    expect(d.detail.booking_code).toMatch(/^[A-Z0-9]{6}$/);
    expect(d.passanger).toHaveLength(4);
    for (const p of d.passanger as Json[]) expect(p.passenger_ticket_number).toMatch(/^126\d{10}$/);
    expect(d.passanger[0].passenger_name).toBe("Mr Budi Santoso");
    expect(d.print_uri).toBe(`${sandbox.origin}/etiket/${orderId}.pdf`);
    const pdf = await fetch(d.print_uri);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await c.json("/check_order/resendVoucher", Object.fromEntries(new URL(d.send_uri).searchParams))).diagnostic.status).toBe(200);

    // Renewing the spent token keeps the customer logged in, with an empty cart.
    const renewed = await c.json("/apiv1/payexpress", { method: "getToken", secretkey: sandbox.credentials.secretKey, token });
    expect(renewed.token).not.toBe(token);
    expect(renewed.login_status).toBe("true");
    expect((await c.json("/order", { token: renewed.token })).diagnostic.status).toBe(201);
  });

  it("gives Citilink bookings no voucher link: the e-ticket is only e-mailed", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const { token, flight } = await c.findFlight({ from: "CGK", to: "DPS", airline: "CITILINK" });
    await c.json("/order/add/flight", { token, ...orderParams(flight.flight_id) });
    const orderId = (await c.json("/order", { token })).myorder.order_id as string;
    sandbox.controls.issueExternally(orderId);
    const d = (await c.json("/check_order", { order_id: orderId, email: EMAIL, secretkey: sandbox.credentials.secretKey })).result
      .order__cart_detail[0] as Json;
    expect(d.detail.ticket_status).toBe("issued");
    expect(d.detail.booking_code).toMatch(/^[A-Z0-9]{6}$/);
    expect(d.print_uri).toBeUndefined();
    expect(d.send_uri).toMatch(/resendVoucher/);
    expect((await fetch(`${sandbox.origin}/etiket/${orderId}.pdf`)).status).toBe(404);
  });

  it("books a round trip as two details and an international trip with passports", async () => {
    sandbox = await withSandbox();
    const c = client(sandbox);
    const token = await c.token();
    const s = await c.json("/search/flight", { d: "CGK", a: "SIN", date: "2099-01-01", v: 3, token });
    expect(s.diagnostic.status).toBe(201);
    const go = await c.findFlight({ from: "CGK", to: "SIN", token, notAirline: "LION" });
    const back = await c.findFlight({ from: "SIN", to: "CGK", token, notAirline: "LION", startDays: 27 });
    const params = orderParams(go.flight.flight_id, { international: true }, { ret_flight_id: back.flight.flight_id });
    const noPassport = await c.json("/order/add/flight", { token, ...orderParams(go.flight.flight_id) });
    expect(noPassport.diagnostic).toMatchObject({ status: 201, error_msgs: expect.stringMatching(/^passportnoa1/) });
    const add = await c.json("/order/add/flight", { token, ...params });
    expect(add.diagnostic.status).toBe(200);
    const data = (await c.json("/order", { token })).myorder.data as Json[];
    expect(data.map((d) => d.detail.trip)).toEqual(["trip", "return"]);
    expect(data[1]?.order_name_detail).toMatch(/- Return\)$/);
    expect(data[0]?.detail.passengers.adult[0].passport_no).toBe("BA123451");
  });
});
