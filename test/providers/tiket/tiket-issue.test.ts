import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import type { ProviderError } from "../../../src/domain/errors.js";
import { TiketProvider } from "../../../src/providers/tiket/tiket-provider.js";
import { fetchableVoucher } from "../../../src/providers/tiket/status-mapping.js";
import { CONFIRM, html, inTurn, queryOf, SECRET, silent, startCannedTiket } from "./canned-tiket.js";
import { errorBody, okBody, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
let nextId = 30_000_000;
/** Books through the canned cart and leaves the payment routes answering success. */
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
  t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);
  t.routes.set("check_order", waiting);
  return id;
}
const waiting = SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" });
const issued = (id: string, print = true) =>
  SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001", "1262100000002"], print }).replaceAll("20604252", id);

describe("issue: deposit payment, confirmation, then check_order for the PNR", () => {
  it("pays with the booking's own token, confirms with the partner keys, and reads PNR and tickets", async () => {
    const id = await booked();
    const bookingToken = queryOf(t.calls("order/add/flight").at(-1)!).get("token");
    t.routes.set("check_order", inTurn(waiting, SPEC.checkOrder({ pay: "paid", ticket: "booked" }), issued(id)));
    const result = await t.provider.issue(id);
    expect(result).toEqual({ code: id, pnr: "JRA664", ticketNumbers: ["1262100000001", "1262100000002"], message: expect.stringContaining("JRA664") });
    expect(Object.fromEntries(queryOf(t.calls("checkout/checkout_payment/8").at(-1)!))).toMatchObject({ token: bookingToken, btn_booking: "1", currency: "IDR", output: "json" });
    const confirm = Object.fromEntries(queryOf(t.calls("partner/transactionApi/confirmPayment").at(-1)!));
    expect(confirm).toMatchObject({ order_id: id, secretkey: SECRET, confirmkey: CONFIRM, username: "agen@example.com" });
    expect(confirm.tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(confirm.textarea_note).toBeTruthy();
    expect(Object.fromEntries(queryOf(t.calls("check_order").at(-1)!))).toMatchObject({ order_id: id, email: "budi@example.com", secretkey: SECRET });
  });

  it("reports a paid order whose ticket is not out yet without failing", async () => {
    const id = await booked();
    t.routes.set("check_order", inTurn(waiting, SPEC.checkOrder({ pay: "paid", ticket: "booked" })));
    // The ticket never comes out here, so the poll runs to its bound: a short one keeps the test fast.
    const impatient = new TiketProvider({ ...t.options, tokens: t.tokens, issuePoll: { maxMs: 200, intervalMs: 10 } });
    const result = await impatient.issue(id).finally(() => impatient.close());
    expect(result).toMatchObject({ code: id, pnr: undefined, ticketNumbers: [] });
    expect(result.message).toMatch(/not issued/);
  });

  it.each([
    ["209 → booking_expired", errorBody(209, "your order has expired please recheck your order"), "booking_expired"],
    ["insufficient fund → insufficient_deposit", errorBody(201, "insufficient fund"), "insufficient_deposit"],
  ])("%s, sent once", async (_name, body, code) => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", body);
    const before = t.calls("checkout/checkout_payment/8").length;
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect((await error(t.provider.issue(id))).code).toBe(code);
    expect(t.calls("checkout/checkout_payment/8").length - before).toBe(1);
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it.each([
    ["insufficient fund", "insufficient_deposit", undefined],
    ["Insufficient funds. Your balance is IDR 1,035,151.00", "insufficient_deposit", 1_035_151],
    ["Saldo tidak cukup", "insufficient_deposit", undefined],
    ["Saldo deposit Anda tidak mencukupi (sisa saldo Rp 500.000)", "insufficient_deposit", 500_000],
    ["Order not found", "booking_not_found", undefined],
    ["Pesanan tidak ditemukan", "booking_not_found", undefined],
  ])("a payment answered 201 %j is a refusal (%s): shown as it says, sent once, never confirmed", async (text, code, balance) => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", errorBody(201, text));
    const payments = t.calls("checkout/checkout_payment/8").length;
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    const err = await error(t.provider.issue(id));
    expect(err).toMatchObject({ name: "ProviderError", code, retryable: false, messages: [text], endpoint: "checkout/checkout_payment/8" });
    expect(err.balance).toBe(balance);
    expect(t.calls("checkout/checkout_payment/8").length - payments).toBe(1);
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
    // Still unpaid and still holding its token: once the cause is fixed, issuing again pays.
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(t.calls("partner/transactionApi/confirmPayment").length - confirms).toBe(1);
  });

  // Spec §1: a 201 "is not always fatal: check the payload". One that names no refusal may follow the payment
  // (an empty cart or a spent token follow a checkout: spec §2), so it is never "nothing was paid".
  it.each([
    "Keranjang belanja Anda kosong",
    "Your shopping cart is empty",
    "Token kedaluwarsa: checkout sudah selesai, minta token baru",
    "Silakan hubungi customer service kami",
  ])("a payment answered 201 %j has an unknown outcome: sent once, never confirmed, never placed again while unclear", async (text) => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", errorBody(201, text));
    const payments = t.calls("checkout/checkout_payment/8").length;
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    const err = await error(t.provider.issue(id));
    expect(err).toMatchObject({ name: "ProviderError", code: "outcome_unknown", messages: [text], endpoint: "checkout/checkout_payment/8" });
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
    // Another attempt looks for the placed payment first; the partner list can't be read here: nothing is sent.
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
    expect(t.calls("checkout/checkout_payment/8").length - payments).toBe(1);
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it.each([
    ["times out", silent],
    ["answers an HTML page", html(200)],
    ["answers 502", html(502)],
  ])("a payment that %s has an unknown outcome and is not repeated", async (_name, answer) => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", answer);
    const before = t.calls("checkout/checkout_payment/8").length;
    expect((await error((answer === silent ? t.quick : t.provider).issue(id))).code).toBe("outcome_unknown");
    expect(t.calls("checkout/checkout_payment/8").length - before).toBe(1);
  });

  // Before, issuing again sent the confirmation a second time: a lost answer may hide a debit under way.
  it("after a lost confirmation, issuing again only reads check_order: never a second payment or confirmation", async () => {
    const id = await booked();
    t.routes.set("partner/transactionApi/confirmPayment", silent);
    expect((await error(t.quick.issue(id))).code).toBe("outcome_unknown");
    const payments = t.calls("checkout/checkout_payment/8").length;
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);
    t.routes.set("check_order", inTurn(SPEC.checkOrder({ pay: "checkout", ticket: "booked" }), issued(id)));
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(t.calls("checkout/checkout_payment/8").length).toBe(payments);
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it("a payment token refused as spent means an earlier payment went through: it goes on to confirm", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", errorBody(401, "Token kedaluwarsa: checkout sudah selesai, minta token baru"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 1_113_285 }]));
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    t.routes.set("partner/transactionApi/confirmPayment", errorBody(201, "Pesanan belum di-checkout"));
    const other = await booked();
    t.routes.set("checkout/checkout_payment/8", errorBody(401, "Token tidak valid"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id: other, total: 1_113_285 }]));
    t.routes.set("partner/transactionApi/confirmPayment", errorBody(201, "Pesanan belum di-checkout"));
    // The confirmation's 201 names no refusal (spec §1: "not always fatal"): unknown, never sent again.
    expect(await error(t.provider.issue(other))).toMatchObject({ code: "outcome_unknown", messages: ["Pesanan belum di-checkout"] });
  });

  it("a payment token refused with nothing placed: the session is over, said as such (not an airline failure), and nothing is confirmed", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", errorBody(401, "Token tidak valid"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([]));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect((await error(t.provider.issue(id))).code).toBe("payment_session_over");
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it("a fee or any amount above the order's total in the payment preview is refused before anything is placed", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8#preview", SPEC.paymentPreview(4_500, id));
    const paid = () => t.calls("checkout/checkout_payment/8").length + t.calls("partner/transactionApi/confirmPayment").length;
    const before = paid();
    const err = await error(t.provider.issue(id));
    expect(err).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_117_785, expected: 1_113_285 } });
    expect(Object.fromEntries(queryOf(t.calls("checkout/checkout_payment/8#preview").at(-1)!))).toMatchObject({ btn_booking: "0", currency: "IDR" });
    expect(paid()).toBe(before);
    // A preview that names no amount, or another order, is refused too: nothing is paid unseen.
    t.routes.set("checkout/checkout_payment/8#preview", okBody('"result":{"currency":"IDR"}'));
    expect((await error(t.provider.issue(id))).code).toBe("unavailable");
    t.routes.set("checkout/checkout_payment/8#preview", SPEC.paymentPreview(0, "11111111"));
    expect((await error(t.provider.issue(id))).code).toBe("unavailable");
    expect(paid()).toBe(before);
    // Without a fee it pays, once.
    t.routes.set("checkout/checkout_payment/8#preview", SPEC.paymentPreview(0, id));
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(paid() - before).toBe(2);
  });

  it("a payment placed at more than it previewed is not confirmed, now or on a later attempt", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id).replace("59680", "1200000"));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect(await error(t.provider.issue(id))).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_200_000, expected: 1_113_285 } });
    // Every later attempt says the same, with the same amounts: the order is not "unknown".
    expect(await error(t.provider.issue(id))).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_200_000, expected: 1_113_285 } });
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it("after a payment whose answer was lost, a refusal on the next attempt means it was placed: it confirms once", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", silent);
    expect((await error(t.quick.issue(id))).code).toBe("outcome_unknown");
    const previews = t.calls("checkout/checkout_payment/8#preview").length;
    // The cart went with the lost payment: the API says so in its own words, not as a spent token.
    t.routes.set("checkout/checkout_payment/8", errorBody(201, "Your shopping cart is empty"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id: "20000001", total: 99 }, { id, total: 1_113_285 }]));
    t.routes.set("check_order", inTurn(SPEC.checkOrder({ pay: "checkout", ticket: "booked" }), issued(id)));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(t.calls("partner/transactionApi/confirmPayment").length - confirms).toBe(1);
    expect(t.calls("checkout/checkout_payment/8#preview").length).toBe(previews);
  });

  it("after a lost payment, a refusal for an order the partner list doesn't show stands (nothing placed), and paying later works", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", silent);
    expect((await error(t.quick.issue(id))).code).toBe("outcome_unknown");
    t.routes.set("checkout/checkout_payment/8", errorBody(201, "insufficient fund"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([]));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect((await error(t.provider.issue(id))).code).toBe("insufficient_deposit");
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
    // Topped up: the next attempt previews and pays as a first one would.
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    const previews = t.calls("checkout/checkout_payment/8#preview").length;
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(t.calls("checkout/checkout_payment/8#preview").length - previews).toBe(1);
    expect(t.calls("partner/transactionApi/confirmPayment").length - confirms).toBe(1);
  });

  it("after a lost payment, one the partner list shows at more than previewed is never confirmed", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", silent);
    expect((await error(t.quick.issue(id))).code).toBe("outcome_unknown");
    t.routes.set("checkout/checkout_payment/8", errorBody(401, "Token tidak valid"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 1_115_785 }]));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect(await error(t.provider.issue(id))).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_115_785, expected: 1_113_285 } });
    expect((await error(t.provider.issue(id))).code).toBe("charge_mismatch");
    // And when the list can't be read, nothing is confirmed either: the outcome stays unknown.
    const other = await booked();
    t.routes.set("checkout/checkout_payment/8", silent);
    expect((await error(t.quick.issue(other))).code).toBe("outcome_unknown");
    t.routes.set("checkout/checkout_payment/8", errorBody(201, "Your shopping cart is empty"));
    t.routes.set("partner/transactionApi", html(502));
    expect((await error(t.provider.issue(other))).code).toBe("outcome_unknown");
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(confirms);
  });

  it("after a payment whose answer was lost, the partner list is read before paying again: placed, it is only confirmed", async () => {
    const id = await booked();
    t.routes.set("checkout/checkout_payment/8", silent);
    expect((await error(t.quick.issue(id))).code).toBe("outcome_unknown");
    const payments = t.calls("checkout/checkout_payment/8").length;
    // A server that would take the same token's payment twice (the docs don't say it wouldn't).
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 1_113_285 }]));
    t.routes.set("check_order", inTurn(SPEC.checkOrder({ pay: "checkout", ticket: "booked" }), issued(id)));
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(t.calls("checkout/checkout_payment/8").length).toBe(payments);
    expect(t.calls("partner/transactionApi/confirmPayment").length - confirms).toBe(1);
  });

  it("an order status the docs don't list as unpaid (confirm) is not paid: the outcome is unknown", async () => {
    const id = await booked();
    t.routes.set("check_order", SPEC.checkOrder({ pay: "confirm", ticket: "booked" }));
    const before = { pay: t.calls("checkout/checkout_payment/8").length, confirm: t.calls("partner/transactionApi/confirmPayment").length };
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
    expect(t.calls("checkout/checkout_payment/8").length).toBe(before.pay);
    expect(t.calls("partner/transactionApi/confirmPayment").length).toBe(before.confirm);
  });

  it("the booking's token survives a restart: another instance on the same store pays", async () => {
    const id = await booked();
    const other = new TiketProvider({ ...t.options, tokens: t.tokens });
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    expect((await other.issue(id)).pnr).toBe("JRA664");
    await other.close();
  });

  it.each([
    [SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664" }), "already_issued"],
    [SPEC.checkOrder({ pay: "paid", ticket: "booked" }), "already_issued"],
    [SPEC.checkOrder({ pay: "expired", ticket: "expired" }), "booking_expired"],
    [SPEC.checkOrder({ pay: "cancelled", ticket: "booked" }), "booking_cancelled"],
  ])("an order check_order shows as not waiting is not paid again (%#)", async (status, code) => {
    const id = await booked();
    t.routes.set("check_order", status);
    const before = t.calls("checkout/checkout_payment/8").length;
    expect((await error(t.provider.issue(id))).code).toBe(code);
    expect(t.calls("checkout/checkout_payment/8").length).toBe(before);
  });

  it("an order this adapter never booked has no payment session", async () => {
    const before = t.server.requests.length;
    expect((await error(t.provider.issue("99999999"))).code).toBe("booking_not_found");
    expect((await error(t.provider.issue("JRA664"))).code).toBe("booking_not_found");
    expect(t.server.requests.length).toBe(before);
  });
});

describe("status and e-ticket from check_order", () => {
  it.each([
    [{ pay: "shoppingcart", ticket: "booked" }, "waiting"],
    [{ pay: "checkout", ticket: "booked" }, "waiting"],
    [{ pay: "checkout", ticket: "booked", expire: "2016-01-01 10:00:00" }, "expired"],
    [{ pay: "paid", ticket: "booked" }, "pending"],
    [{ pay: "paid", ticket: "issued", pnr: "JRA664" }, "issued"],
    [{ pay: "expired", ticket: "expired" }, "expired"],
    [{ pay: "cancelled", ticket: "booked" }, "cancel"],
    [{ pay: "refunded", ticket: "booked" }, { unknown: "refunded" }],
  ])("%j → %j", async (wire, status) => {
    await t.knownOrder("20604252");
    t.routes.set("check_order", SPEC.checkOrder(wire));
    // Only its e-mail is kept here, not its token: unpaid, it can't be paid from the bot (paySessionLost).
    expect(await t.provider.status("20604252")).toEqual({ code: "20604252", status, total: 1_113_285, ...(status === "waiting" && { paySessionLost: true }) });
  });

  it("an order not booked here has no customer e-mail: it is never looked up without one, and reads as unknown", async () => {
    t.routes.set("check_order", SPEC.checkOrder({ pay: "checkout", ticket: "booked" }));
    const err = await error(t.provider.status("98765432"));
    expect(err).toMatchObject({ code: "booking_not_found", endpoint: "check_order", messages: ["98765432"] });
    expect(err.message).toMatch(/e-mail/);
    expect((await error(t.provider.ticket("98765432"))).code).toBe("booking_not_found");
    expect(t.calls("check_order").filter((c) => queryOf(c).get("order_id") === "98765432")).toHaveLength(0);
    // Booked here: asked with the e-mail the booking kept.
    await t.knownOrder("98765432");
    await t.provider.status("98765432");
    expect(queryOf(t.calls("check_order").at(-1)!).get("email")).toBe("budi@example.com");
  });

  it("links the voucher PDF, or says it was e-mailed", async () => {
    const id = await booked();
    t.routes.set("check_order", issued(id).replace("PRINT_URI", `${t.server.origin}/etiket/${id}.pdf`));
    expect(await t.provider.ticket(id)).toEqual({ kind: "link", code: id, url: `${t.server.origin}/etiket/${id}.pdf`, fileName: `etiket-${id}.pdf` });
    t.routes.set("check_order", issued(id, false));
    expect(await t.provider.ticket(id)).toEqual({ kind: "emailed", code: id, email: "budi@example.com" });
    t.routes.set("check_order", SPEC.checkOrder({ pay: "checkout", ticket: "booked" }));
    expect((await error(t.provider.ticket(id))).code).toBe("ticket_not_ready");
    t.routes.set("check_order", SPEC.checkOrder({ pay: "expired", ticket: "expired" }));
    expect((await error(t.provider.ticket(id))).code).toBe("booking_expired");
  });

  it("a voucher link on another host (the docs' example names the sandbox host) is not fetched: the voucher is e-mailed", async () => {
    const id = await booked();
    t.routes.set("check_order", issued(id).replace("PRINT_URI", "http:\\/\\/api-sandbox.tiket.com\\/check_order\\/printVoucher?type=flight&order_id=1"));
    expect(await t.provider.ticket(id)).toEqual({ kind: "emailed", code: id, email: "budi@example.com" });
  });

  it.each([
    ["http://api.tiket.com/check_order/printVoucher?order_hash=h", "https://api.tiket.com/check_order/printVoucher?order_hash=h"],
    ["https://api.tiket.com/v/1.pdf", "https://api.tiket.com/v/1.pdf"],
    ["https://api-sandbox.tiket.com/v/1.pdf", undefined],
    ["https://api.tiket.com:8443/v/1.pdf", undefined],
    ["ftp://api.tiket.com/v/1.pdf", undefined],
    ["not a link", undefined],
    // A path alone, as the docs print it, is on the API's host; "//host/…" names another host.
    ["/check_order/printVoucher?order_hash=h", "https://api.tiket.com/check_order/printVoucher?order_hash=h"],
    ["//evil.example/v.pdf", undefined],
  ])("voucher link %s is fetched as %s from https://api.tiket.com", (link, fetched) => {
    expect(fetchableVoucher(link, new URL("https://api.tiket.com/"))).toBe(fetched);
  });

  it("downloads only PDFs, only from the provider's host, only up to the size limit", async () => {
    const doc = (url: string) => ({ kind: "link" as const, code: "1", url, fileName: "etiket-1.pdf" });
    const pdf = (body: string) => (_q: unknown, res: ServerResponse) => { res.writeHead(200, { "content-type": "application/pdf" }); res.end(body); };
    t.routes.set("etiket/1.pdf", pdf("%PDF-1.4 fake"));
    expect(Buffer.from(await t.provider.downloadTicket(doc(`${t.server.origin}/etiket/1.pdf`))).toString()).toBe("%PDF-1.4 fake");
    t.routes.set("etiket/2.pdf", pdf("<html>login</html>"));
    expect(await error(t.provider.downloadTicket(doc(`${t.server.origin}/etiket/2.pdf`)))).toMatchObject({ code: "ticket_download", reason: "not_pdf" });
    expect(await error(t.provider.downloadTicket(doc("http://evil.example/etiket/1.pdf")))).toMatchObject({ code: "ticket_download", reason: "other_origin" });
    const small = new TiketProvider({ ...t.options, maxTicketBytes: 8 });
    expect(await error(small.downloadTicket(doc(`${t.server.origin}/etiket/1.pdf`)))).toMatchObject({ code: "ticket_download", reason: "too_large" });
    await small.close();
  });
});

describe("an unpaid order whose own session is gone", () => {
  it("with its token kept, status says nothing more; without it, status says the bot can't pay it and issuing refuses before any call that pays", async () => {
    await t.knownOrder("20604253");
    t.routes.set("check_order", SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", "20604253"));
    await t.tokens.set("order:20604253:token", "712402a7c363b12d87f6b02749f6f0c91b64c47e", 3600);
    expect((await t.provider.status("20604253")).paySessionLost).toBeUndefined();
    await t.tokens.delete("order:20604253:token");
    expect((await t.provider.status("20604253")).paySessionLost).toBe(true);
    const before = t.calls("checkout/checkout_payment/8").length;
    expect(await error(t.provider.issue("20604253"))).toMatchObject({ paySessionLost: true });
    expect(t.calls("checkout/checkout_payment/8").length).toBe(before);
  });
});
