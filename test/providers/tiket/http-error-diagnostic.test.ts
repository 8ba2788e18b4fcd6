import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import type { ProviderError } from "../../../src/domain/errors.js";
import { html, inTurn, startCannedTiket, type Route } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
/** tiket.com's own envelope under an HTTP error code: the spec reports errors in `diagnostic` only. */
const withStatus = (status: number, body: string, type = "application/json"): Route => (_q, res: ServerResponse) => {
  res.writeHead(status, { "content-type": type });
  res.end(body);
};
const CONFIRM = "partner/transactionApi/confirmPayment";
const PAY = "checkout/checkout_payment/8";
const waiting = SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" });
let nextId = 40_000_000;
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM, SPEC.confirmPayment);
  t.routes.set("check_order", waiting);
  return id;
}
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);

describe("a 4xx carrying tiket.com's diagnostic means what that diagnostic means", () => {
  it.each([409, 422])("confirmPayment answered HTTP %d with 201 \"insufficient fund\": the agent is told the deposit is too low, and can pay once it is topped up", async (status) => {
    const id = await booked();
    t.routes.set(CONFIRM, withStatus(status, errorBody(201, "insufficient fund")));
    const confirms = t.calls(CONFIRM).length;
    expect(await error(t.provider.issue(id))).toMatchObject({ code: "insufficient_deposit", messages: ["insufficient fund"] });
    expect(t.calls(CONFIRM).length - confirms).toBe(1);
    // A definite refusal, as on a 200: the confirmation is not held as "maybe debited".
    expect(await t.tokens.get(`order:${id}:confirming`)).toBeUndefined();
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    t.routes.set("check_order", inTurn(waiting, issued(id)));
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
  });

  it("the deposit payment answered HTTP 422 with \"Saldo tidak cukup\" is insufficient_deposit, sent once, never confirmed", async () => {
    const id = await booked();
    t.routes.set(PAY, withStatus(422, errorBody(201, "Saldo tidak cukup")));
    const payments = t.calls(PAY).length;
    const confirms = t.calls(CONFIRM).length;
    expect((await error(t.provider.issue(id))).code).toBe("insufficient_deposit");
    expect(t.calls(PAY).length - payments).toBe(1);
    expect(t.calls(CONFIRM).length).toBe(confirms);
  });

  it("a read answered HTTP 404 with \"Pesanan tidak ditemukan\" is booking_not_found, not the provider being down", async () => {
    await t.knownOrder("20604252");
    t.routes.set("check_order", withStatus(404, errorBody(201, "Pesanan tidak ditemukan")));
    expect((await error(t.provider.status("20604252"))).code).toBe("booking_not_found");
  });

  it.each([
    ["an HTML page", withStatus(409, "<html><body>Conflict</body></html>", "text/html")],
    ["JSON without a diagnostic", withStatus(409, '{"error":"conflict"}')],
    ["an envelope saying OK", withStatus(409, SPEC.confirmPayment)],
    ["an unrecognised failure", withStatus(409, errorBody(500, "Terjadi kesalahan"))],
  ])("confirmPayment answered HTTP 409 with %s stays unsettled: the confirmation is never sent again", async (_name, answer) => {
    const id = await booked();
    t.routes.set(CONFIRM, answer);
    const code = (await error(t.provider.issue(id))).code;
    expect(["outcome_unknown", "upstream"]).toContain(code);
    expect(await t.tokens.get(`order:${id}:confirming`)).toBeDefined();
    const confirms = t.calls(CONFIRM).length;
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    await error(t.provider.issue(id));
    expect(t.calls(CONFIRM).length).toBe(confirms);
  });

  it("a payment answered HTTP 409 with an HTML page is still outcome unknown", async () => {
    const id = await booked();
    t.routes.set(PAY, html(409));
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
  });
});
