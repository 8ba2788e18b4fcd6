// Seed 004: "Secret key only used for this link when you get token. For the other link you only need to use
// token." Our spec (§8, §9) lists `secretkey` on check_order and the partner calls, with no token. Safe under
// both readings: every call after getToken carries a live token, and `secretkey` stays only where the spec
// lists it (getToken, check_order, get_saldo, transactionApi, confirmPayment).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CONFIRM, html, pathOf, queryOf, SECRET, silent, startCannedTiket } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";
import type { CannedRequest } from "../../support/canned-http.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const PAY = "checkout/checkout_payment/8";
/** A token as the seed shows one (40 hex). */
const HEX_TOKEN = "712402a7c363b12d87f6b02749f6f0c91b64c47e";
const CONFIRM_PATH = "partner/transactionApi/confirmPayment";
const LIST = "partner/transactionApi";
const SALDO = "partner/transactionApi/get_saldo";
const WITH_SECRET = new Set(["apiv1/payexpress", "check_order", SALDO, LIST, CONFIRM_PATH]);
const waiting = SPEC.checkOrder({ pay: "checkout", ticket: "booked" });
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);

/** Tokens getToken handed out so far (the canned server numbers them). */
const handedOut = () => new Set(t.calls("apiv1/payexpress").map((_r, i) => `tok${i + 1}`));
const tokenOf = (r: CannedRequest) => queryOf(r).get("token");

let nextId = 52_000_000;
async function booked(): Promise<{ id: string; cartToken: string }> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM_PATH, SPEC.confirmPayment);
  t.routes.set("check_order", waiting);
  t.routes.set(SALDO, SPEC.saldo);
  await t.knownOrder(id);
  return { id, cartToken: tokenOf(t.calls("order/add/flight").at(-1)!)! };
}

describe("tiket.com: a token on every call after getToken, the secret key only where the spec lists it", () => {
  it("book, balance, issue (a lost payment found in the partner list) and status: every call but getToken carries a token getToken gave; secretkey only on the five", async () => {
    const from = t.server.requests.length;
    const confirmed = t.calls(CONFIRM_PATH).length;
    const { id, cartToken } = await booked();
    expect(await t.provider.balance()).toBe(1_035_151);
    // The payment's answer is lost: the next issue reads the partner list before paying again.
    t.routes.set(PAY, silent);
    await expect(t.quick.issue(id)).rejects.toMatchObject({ code: "outcome_unknown" });
    t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
    t.routes.set(LIST, SPEC.transactionList([{ id, total: 1_113_285 }]));
    t.routes.set("check_order", (req, res) => {
      // The PNR is read after the confirmation.
      const body = t.calls(CONFIRM_PATH).length > confirmed ? issued(id) : waiting;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect((await t.provider.status(id)).status).toBe("issued");

    const live = handedOut();
    const calls = t.server.requests.slice(from);
    for (const path of ["check_order", SALDO, LIST, CONFIRM_PATH]) expect(calls.some((r) => pathOf(r) === path), path).toBe(true);
    for (const r of calls) {
      const path = pathOf(r);
      const q = queryOf(r);
      if (path === "apiv1/payexpress") {
        expect(q.has("token"), path).toBe(false);
        expect(q.get("secretkey")).toBe(SECRET);
        continue;
      }
      expect(live.has(tokenOf(r) ?? ""), `${path} carries a token getToken gave`).toBe(true);
      expect(q.has("secretkey"), `${path} secretkey`).toBe(WITH_SECRET.has(path));
    }
    // The order's own token on its reads while it is unpaid (the lost payment is looked for with it too).
    const beforePaid = calls.filter((r) => pathOf(r) === LIST);
    expect(beforePaid.every((r) => tokenOf(r) === cartToken)).toBe(true);
    // The confirmation, after checkout payment spent the order's token, on the pooled one.
    const confirm = queryOf(t.calls(CONFIRM_PATH).at(-1)!);
    expect(confirm.get("token")).not.toBe(cartToken);
    expect(Object.fromEntries(confirm)).toMatchObject({ order_id: id, secretkey: SECRET, confirmkey: CONFIRM, username: "agen@example.com" });
    expect(queryOf(t.calls(SALDO).at(-1)!).get("confirmkey")).toBe(CONFIRM);
  });

  it("against a server that wants a live token on every call (seed 004's reading), issue and status go through; a spent token is not sent to it", async () => {
    const spent = new Set<string>();
    const strict = (path: string, ok: (req: CannedRequest) => string) => (req: CannedRequest, res: import("node:http").ServerResponse) => {
      const token = tokenOf(req);
      const body = !token || !handedOut().has(token) ? errorBody(401, "Token is required")
        : spent.has(token) ? errorBody(401, "Token kedaluwarsa: checkout sudah selesai, minta token baru")
          : ok(req);
      if (path === PAY && body === ok(req)) spent.add(token!);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    };
    const { id } = await booked();
    const confirmed = t.calls(CONFIRM_PATH).length;
    t.routes.set(PAY, strict(PAY, () => SPEC.depositPayment.replace("20604252", id)));
    t.routes.set(CONFIRM_PATH, strict(CONFIRM_PATH, () => SPEC.confirmPayment));
    t.routes.set(SALDO, strict(SALDO, () => SPEC.saldo));
    t.routes.set("check_order", strict("check_order", () => (t.calls(CONFIRM_PATH).length > confirmed ? issued(id) : waiting)));
    expect(await t.provider.balance()).toBe(1_035_151);
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect((await t.provider.status(id)).status).toBe("issued");
    expect(t.calls(CONFIRM_PATH).slice(confirmed).map((r) => spent.has(tokenOf(r)!))).toEqual([false]);
  });

  it.each([
    ["an error message echoing a token", () => errorBody(500, `Invalid token ${HEX_TOKEN}`)],
    ["an error page echoing the request", () => html(502, `<html><body>Bad gateway: GET /${CONFIRM_PATH}?order_id=1&token=tok1&secretkey=${SECRET}&confirmkey=${CONFIRM}</body></html>`)],
    ["an OK answer without its diagnostic, echoing them", () => `{"token":"${HEX_TOKEN}","secretkey":"${SECRET}","error":"token ${HEX_TOKEN}"}`],
  ])("%s: neither the secret key, the confirm key nor the token reaches the logs or the error", async (_name, answer) => {
    const { id } = await booked();
    t.routes.set(CONFIRM_PATH, answer());
    const err = (await t.provider.issue(id).then(() => { throw new Error("issued"); }, (e: unknown) => e)) as Error & { raw?: string; messages?: string[] };
    const seen = `${t.lines.join("\n")}\n${JSON.stringify({ message: err.message, raw: err.raw, messages: err.messages })}`;
    for (const secret of [SECRET, CONFIRM, HEX_TOKEN, HEX_TOKEN.slice(8, 24)]) expect(seen).not.toContain(secret);
    expect(t.lines.join("\n")).not.toMatch(/token=|secretkey=/);
  });
});
