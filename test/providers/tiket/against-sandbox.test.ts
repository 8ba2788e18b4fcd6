import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { PassengerInput } from "../../../src/domain/passenger.js";
import { adult, day, error, one, plain, requestFor, startSandboxFixture } from "./sandbox-fixture.js";

const { sandbox, provider, make, findOffer, close } = await startSandboxFixture(inject("redisUrl"));
afterAll(() => close());
beforeEach(() => sandbox.controls.reset());

describe("tiket.com adapter against the sandbox", () => {
  it("searches through the check-update loop until the list is complete", async () => {
    const query = { from: "SUB", to: "UPG", date: day(25), pax: one };
    let rounds = 0;
    const first = await provider.search(query, { onPartial: () => { rounds += 1; } });
    expect(rounds).toBeGreaterThan(0);
    expect(sandbox.controls.callCount("search/flight")).toBeGreaterThanOrEqual(2);
    expect(await provider.search(query)).toHaveLength(first.length);
    for (const call of sandbox.controls.calls("search/flight")) {
      expect(call.userAgent).toBe(`twh:${sandbox.credentials.businessId};${sandbox.credentials.businessName};`);
      expect(call.params).toMatchObject({ v: "3", output: "json", lang: "id", d: "SUB", a: "UPG" });
    }
    expect(first.every((o) => o.provider === "tiket" && /^\d+$/.test(o.ref) && o.departsAt.endsWith("+07:00"))).toBe(true);
  });

  it("books, issues from another process, and delivers the PDF; the deposit pays the total", async () => {
    const offer = await findOffer("CGK", "DPS", plain);
    const quote = await provider.quote(offer, one);
    expect(quote.needs).toMatchObject({ birthDate: true, idNumber: true, passport: false, nationality: false });
    expect(quote.captcha).toBeUndefined();
    const booking = await provider.book(requestFor(offer, [adult]));
    expect(booking).toMatchObject({ provider: "tiket", status: "waiting", flightCode: offer.flightCode, departsAt: offer.departsAt });
    expect(booking.fares.total).toBe(quote.total);
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "waiting", total: booking.fares.total });

    const deposit = sandbox.controls.getDeposit();
    const result = await make().issue(booking.code);
    expect(result.pnr).toMatch(/^[A-Z0-9]{6}$/);
    expect(result.ticketNumbers).toHaveLength(1);
    expect(sandbox.controls.getDeposit()).toBe(deposit - booking.fares.total);
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "issued", total: booking.fares.total });

    const doc = await provider.ticket(booking.code);
    expect(doc).toMatchObject({ kind: "link", fileName: `etiket-${booking.code}.pdf` });
    if (doc.kind !== "link") throw new Error("expected a link");
    expect(Buffer.from((await provider.downloadTicket(doc)).subarray(0, 4)).toString("latin1")).toBe("%PDF");
  });

  it("a quote and its booking run on one cart token: search with the party, get_flight_data, then add-order (spec §10)", async () => {
    const pax = { adult: 2, child: 1, infant: 0 };
    const offer = await findOffer("CGK", "DPS", plain, pax);
    const quote = await provider.quote(offer, pax);
    // Another chat's search on the shared token leaves another party as that token's last search.
    await provider.search({ from: "CGK", to: "DPS", date: offer.date, pax: one });
    // The price check right before booking quotes the quote's offer again; the booking adds to its cart.
    const check = await provider.quote(quote.offer, pax);
    const child: PassengerInput = { type: "child", title: "Miss", fullName: "Ayu Santoso", birthDate: "2018-07-01" };
    const booking = await provider.book(requestFor(check.offer, [adult, { ...adult, fullName: "Siti Rahayu", idNumber: "3174092302900002" }, child], pax));
    expect(booking.fares.total).toBe(check.total);
    const cart = sandbox.controls.getOrder(booking.code)!.token;
    const on = (endpoint: Parameters<typeof sandbox.controls.calls>[0]) => sandbox.controls.calls(endpoint).filter((c) => c.params.token === cart);
    expect(on("search/flight").map((c) => [c.params.adult, c.params.child])).toEqual([["2", "1"]]);
    expect(on("flight_api/get_flight_data")).toHaveLength(1);
    expect(on("flight_api/get_flight_data")[0]!.params).not.toHaveProperty("child");
    expect(on("order/add/flight")).toHaveLength(1);
    // The quote's own cart, priced before the check, was never booked.
    expect(sandbox.controls.calls("order/add/flight")).toHaveLength(1);
  });

  it("the deposit payment is sent with exactly the token that built the cart, never a renewed one", async () => {
    const offer = await findOffer("CGK", "DPS", plain);
    const booking = await provider.book(requestFor(offer, [adult]));
    const cartToken = sandbox.controls.getOrder(booking.code)!.token;
    const adds = sandbox.controls.calls("order/add/flight");
    expect(adds.at(-1)!.params.token).toBe(cartToken);
    // No "Renew Token" (getToken with token=old): a renewed token carries the login, not the cart.
    expect(sandbox.controls.calls("apiv1/payexpress").filter((c) => c.params.token !== undefined)).toEqual([]);

    const deposit = sandbox.controls.getDeposit();
    const result = await make().issue(booking.code);
    expect(result.pnr).toMatch(/^[A-Z0-9]{6}$/);
    const payments = sandbox.controls.calls("checkout/checkout_payment").filter((c) => c.params.btn_booking === "1");
    expect(payments.map((c) => c.params.token)).toEqual([cartToken]);
    expect(sandbox.controls.getDeposit()).toBe(deposit - booking.fares.total);
    expect(await provider.status(booking.code)).toEqual({ code: booking.code, status: "issued", total: booking.fares.total });
  });

  it("Citilink e-mails the voucher instead of linking it", async () => {
    const offer = await findOffer("CGK", "DPS", (o) => o.airlineCode === "QG");
    const { code } = await provider.book(requestFor(offer, [adult]));
    await provider.issue(code);
    expect(await provider.ticket(code)).toEqual({ kind: "emailed", code, email: "budi@example.com" });
  });

  it("an international flight asks for passport and nationality, and books with them", async () => {
    const offer = await findOffer("CGK", "SIN", () => true);
    const quote = await provider.quote(offer, one);
    expect(quote.needs).toMatchObject({ passport: true, nationality: true, birthDate: true });
    expect(quote.needs).toMatchObject({ passportIssued: true, passportIssuing: true });
    const traveller = { ...adult, idNumber: undefined, passport: { number: "B1234567", expiry: day(365 * 5), issued: day(-365 * 2) }, nationality: "id" };
    const { code } = await provider.book({ ...requestFor(offer, [traveller]), needs: quote.needs });
    expect(JSON.stringify(sandbox.controls.getOrder(code))).toContain("B1234567");
    expect(JSON.stringify(sandbox.controls.getOrder(code))).toContain(day(-365 * 2));
  });

  it("Lion Air: the quote carries a captcha, and the booking needs its answer", async () => {
    const offer = await findOffer("CGK", "DPS", (o) => o.airlineCode === "JT");
    const wrong = await provider.quote(offer, one);
    expect(wrong.captcha?.image).toMatch(/^data:image\//);
    const refused = await error(provider.book({ ...requestFor(offer, [adult]), captcha: { answer: "nope", session: wrong.captcha!.session } }));
    expect(refused.code).toBe("validation");
    const quote = await provider.quote(offer, one);
    const answer = sandbox.controls.captchaAnswer(quote.captcha!.session)!;
    const booking = await provider.book({ ...requestFor(offer, [adult]), captcha: { answer, session: quote.captcha!.session } });
    expect(booking.status).toBe("waiting");
  });

  it("a family: child and infant (on an adult's lap) are booked and ticketed", async () => {
    const pax = { adult: 1, child: 1, infant: 1 };
    const offer = await findOffer("CGK", "DPS", plain, pax);
    const quote = await provider.quote(offer, pax);
    const passengers: PassengerInput[] = [adult, { type: "child", title: "Miss", fullName: "Ayu Santoso", birthDate: "2018-07-01" }, { type: "infant", title: "Mstr", fullName: "Bima Santoso", birthDate: day(-200) }];
    const booking = await provider.book(requestFor(offer, passengers, pax));
    expect(booking.fares.total).toBe(quote.total);
    expect((await provider.issue(booking.code)).ticketNumbers).toHaveLength(3);
  });
});
