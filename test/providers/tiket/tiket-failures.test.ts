import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { TiketProvider } from "../../../src/providers/tiket/tiket-provider.js";
import { json } from "../../support/canned-http.js";
import { CONFIRM, html, inTurn, SECRET, silent, startCannedTiket, type Route } from "./canned-tiket.js";
import { errorBody, READ_FAILURES, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
// check_order needs the customer's e-mail (spec §9): the order the reads ask about was booked here.
beforeEach(async () => { t.routes.clear(); await t.knownOrder("20604252"); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
const body = (text: string): Route => (_q, res) => json(res, text);

describe("tiket.com answers become typed errors", () => {
  it.each(READ_FAILURES)("%s", async (_name, answer, code) => {
    t.routes.set("check_order", answer);
    const err = await error(t.provider.status("20604252"));
    expect(err).toMatchObject({ name: "ProviderError", code, endpoint: "check_order" });
  });

  it.each([
    ["an HTML page", html(200), 3],
    ["an empty body", body(""), 3],
    ["malformed JSON", body('{"diagnostic":{"status":200,"elapsetime":"0.0555","confi'), 3],
    ["a 500 page", html(500), 3],
    ["JSON without a diagnostic", body('{"result":{}}'), 3],
    ["an OK envelope without the payload", SPEC.token, 1],
  ])("reads: %s → unavailable (transport failures retried)", async (_name, answer, calls) => {
    t.routes.set("check_order", answer);
    const before = t.calls("check_order").length;
    expect((await error(t.provider.status("20604252"))).code).toBe("unavailable");
    expect(t.calls("check_order").length - before).toBe(calls);
  });

  it("a read that never answers is retried, then unavailable", async () => {
    t.routes.set("check_order", silent);
    const before = t.calls("check_order").length;
    expect((await error(t.quick.status("20604252"))).code).toBe("unavailable");
    expect(t.calls("check_order").length - before).toBe(3);
  });

  it("a refusal by the firewall (HTTP 403) or a wrong key is invalid_credentials, and nothing is booked", async () => {
    t.routes.set("partner/transactionApi/get_saldo", html(403, "Forbidden"));
    expect((await error(t.provider.balance())).code).toBe("invalid_credentials");
    t.routes.set("apiv1/payexpress", errorBody(401, "Secret key tidak valid"));
    t.bookingRoutes("20604252");
    expect((await error(t.provider.book(request))).code).toBe("invalid_credentials");
    expect(t.calls("order/add/flight")).toHaveLength(0);
  });
});

describe("book is sent once and never guessed", () => {
  it.each([
    ["times out", silent],
    ["answers an HTML page", html(200)],
    ["answers 502", html(502)],
    ["answers malformed JSON", body('{"diagnostic":{"sta')],
  ])("an add-order that %s has an unknown outcome", async (_name, answer) => {
    t.bookingRoutes("20604252");
    t.routes.set("order/add/flight", answer);
    const before = t.calls("order/add/flight").length;
    expect((await error((answer === silent ? t.quick : t.provider).book(request))).code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight").length - before).toBe(1);
  });

  it("a later cart step that breaks leaves the outcome unknown too (the flight is in the cart)", async () => {
    t.bookingRoutes("20604252");
    t.routes.set("order/checkout/20604252/IDR", silent);
    expect((await error(t.quick.book(request))).code).toBe("outcome_unknown");
    t.bookingRoutes("20604252");
    t.routes.set("order", inTurn(SPEC.token));
    expect((await error(t.provider.book(request))).code).toBe("outcome_unknown");
  });

  it("once the order id is read, the order's token and e-mail are kept before checkout: a checkout left unanswered is unknown and names the order", async () => {
    t.bookingRoutes("20604261");
    t.routes.set("checkout/checkout_customer", silent);
    const adds = t.calls("order/add/flight").length;
    const err = await error(t.quick.book(request));
    expect(err).toMatchObject({ code: "outcome_unknown", messages: ["20604261"] });
    expect(err.message).toContain("20604261");
    // Never repeated; and /cek (check_order needs the e-mail) and issuing (the token) work on the order.
    expect(t.calls("order/add/flight").length - adds).toBe(1);
    expect(t.calls("checkout/checkout_customer")).toHaveLength(1);
    const cartToken = new URLSearchParams(t.calls("order/add/flight").at(-1)!.path.split("?")[1]).get("token");
    expect(await t.tokens.get("order:20604261:token")).toBe(cartToken);
    expect(await t.tokens.get("order:20604261:email")).toBe("budi@example.com");
    t.routes.set("check_order", SPEC.checkOrder({ pay: "checkout", ticket: "booked" }).replaceAll("20604252", "20604261"));
    expect((await t.provider.status("20604261")).status).toBe("waiting");
  });

  it("an outcome unknown before the order id is read names no order", async () => {
    t.bookingRoutes("20604262");
    t.routes.set("order", html(502));
    const err = await error(t.provider.book(request));
    expect(err).toMatchObject({ code: "outcome_unknown", messages: [] });
    expect(await t.tokens.get("order:20604262:email")).toBeUndefined();
  });

  // The order exists (add-order went through, its token is kept): "change the data" would book a second one.
  it("a customer the checkout refuses after the order exists: outcome unknown naming the order, its words kept", async () => {
    t.bookingRoutes("20604252");
    t.routes.set("checkout/checkout_customer", errorBody(201, "emailAddress: alamat email tidak valid"));
    expect(await error(t.provider.book(request))).toMatchObject({
      code: "outcome_unknown", bookingCode: "20604252", messages: ["20604252"], raw: "emailAddress: alamat email tidak valid",
    });
  });

  it("a refused connection is unavailable, not unknown, even for book and issue", async () => {
    const dead = new TiketProvider({ ...t.options, baseUrl: "http://127.0.0.1:9" });
    expect((await error(dead.book(request))).code).toBe("unavailable");
    await t.options.tokens.set("order:1234:token", "tok", 60);
    await t.knownOrder("1234");
    expect((await error(dead.issue("1234"))).code).toBe("unavailable");
    await dead.close();
  });
});

describe("secrecy", () => {
  it("never puts the secret or confirm key in logs or errors", async () => {
    const errors: ProviderError[] = [];
    for (const answer of [html(500), silent, errorBody(401, "Invalid secretkey, confirmkey or username")]) {
      t.routes.set("partner/transactionApi/get_saldo", answer);
      errors.push(await error((answer === silent ? t.quick : t.provider).balance()));
    }
    t.routes.set("apiv1/payexpress", html(200));
    errors.push(await error(t.provider.airports()));
    const text = [...t.lines, ...errors.map((e) => `${e.message} ${e.raw ?? ""} ${e.endpoint ?? ""} ${e.messages.join(" ")}`)].join("\n");
    expect(t.lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(CONFIRM);
    expect(text).toContain("partner/transactionApi/get_saldo");
  });
});
