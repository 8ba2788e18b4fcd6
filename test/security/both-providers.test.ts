import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { adult, one, plain, requestFor } from "../providers/tiket/sandbox-fixture.js";
import { forge } from "./helpers.js";

// PROVIDER=both on live accounts: a tiket.com order booked outside the bot.
const boss = { id: 33_001, first_name: "Bos", language_code: "id" };
const agent = { id: 33_002, first_name: "Agus", language_code: "id" };

let h: Harness;
let orderId: string;
beforeAll(async () => {
  h = await startHarness({ live: true, use: "both", env: { PROVIDER: "both", ISSUER_IDS: String(boss.id), AGENT_IDS: String(agent.id) } });
  const tiket = h.app.deps.accounts.operator.byId.tiket!;
  const offers = await tiket.search({ from: "CGK", to: "DPS", date: futureDate(55).iso, pax: one });
  const offer = offers.find(plain)!;
  await tiket.quote(offer, one);
  orderId = (await tiket.book(requestFor(offer, [adult]))).code;
});
afterAll(async () => { await h?.close(); });

describe("PROVIDER=both, a tiket.com order the bot never saw", () => {
  it("is paid through tiket.com, never sent to MMBC", async () => {
    const mmbcIssues = h.sandbox.controls.callCount("getissued-json");
    const deposit = h.tiket!.controls.getDeposit();
    const payments = h.tiket!.controls.callCount("checkout/checkout_payment");
    const b = new Agent(h, boss, { id: boss.id, type: "private" });
    const ask = await b.say(`/issued ${orderId}`);
    expect(ask?.text).toContain(orderId);
    await b.tap("✅ Issued");
    expect(b.botTexts().join("\n")).toContain(`${orderId} berhasil issued`);
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(mmbcIssues);
    expect(h.tiket!.controls.callCount("checkout/checkout_payment")).toBe(payments + 1);
    expect(h.tiket!.controls.getDeposit()).toBeLessThan(deposit);
    expect(h.tiket!.controls.getOrder(orderId)?.paymentStatus).toBe("paid");
  });

  it("an agent without spending rights is refused before anything is paid, also by a forged confirm", async () => {
    const a = new Agent(h, agent, { id: agent.id, type: "private" });
    const payments = h.tiket!.controls.callCount("checkout/checkout_payment");
    expect((await a.say(`/issued ${orderId}`))?.text).toMatch(/tidak berhak issued|sudah issued/);
    expect((await forge(a, "ic:AAAAAAAA")).toast).toContain("Sudah diproses");
    expect(h.tiket!.controls.callCount("checkout/checkout_payment")).toBe(payments);
  });
});

describe("PROVIDER=both, MMBC's status is down and a tiket.com code is asked about", () => {
  it("its status is read from tiket.com; paying waits until MMBC can say the code isn't also theirs", async () => {
    const tiket = h.app.deps.accounts.operator.byId.tiket!;
    const offers = await tiket.search({ from: "CGK", to: "SUB", date: futureDate(56).iso, pax: one });
    const offer = offers.find(plain)!;
    await tiket.quote(offer, one);
    const code = (await tiket.book(requestFor(offer, [adult]))).code;
    const b = new Agent(h, boss, { id: boss.id, type: "private" });
    const payments = h.tiket!.controls.callCount("checkout/checkout_payment");
    h.sandbox.controls.setFault("getstatusbooking-json", { kind: "http500" }, 100);
    try {
      const status = await b.say(`/cek ${code}`);
      console.log(status?.text);
      expect(status?.text).toContain(code);
      expect(status?.text).not.toMatch(/tidak menjawab|tidak ditemukan/);
      const refused = await b.say(`/issued ${code}`);
      console.log(refused?.text);
      expect(refused?.text).toContain(`${code} dikenal tiket.com, tapi MMBC sedang tidak menjawab`);
      expect(JSON.stringify(refused?.reply_markup ?? {})).not.toContain("ic:");
      expect(h.tiket!.controls.callCount("checkout/checkout_payment")).toBe(payments);
    } finally {
      h.sandbox.controls.setFault("getstatusbooking-json", null);
    }
    await b.say(`/issued ${code}`);
    await b.tap("✅ Issued");
    expect(b.botTexts().join("\n")).toContain(`${code} berhasil issued`);
    expect(h.tiket!.controls.callCount("checkout/checkout_payment")).toBe(payments + 1);
  });
});
