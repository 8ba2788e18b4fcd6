import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { toPlainSummary } from "../support/tiket-booked.js";

let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", check: "Periksa sebelum booking", status: "/cek", list: "/pesanan", issue: "/issued", outside: "di luar chat ini", none: "Belum ada pesanan", mark: "belum terkonfirmasi", dashboard: "dashboard partner tiket.com" },
  en: { search: "/search", go: "Continue", book: "✅ Book", check: "Check before booking", status: "/status", list: "/bookings", issue: "/issue", outside: "outside this chat", none: "No bookings", mark: "not confirmed", dashboard: "tiket.com partner dashboard" },
} as const;


const cases = [
  ["checkout/checkout_customer", { kind: "malformed" }, "id", 14_301],
  ["checkout/checkout_customer", { kind: "timeout", commit: true }, "en", 14_302],
  ["order/checkout", { kind: "html" }, "en", 14_303],
  ["order/checkout", { kind: "html" }, "id", 14_304],
] as const;

describe("a tiket.com booking whose checkout steps broke off after the order was made", () => {
  it.each(cases)("%s %o (%s): recorded as this chat's booking, marked not confirmed, shown with its flight, never paid blind", async (endpoint, fault, lang, id) => {
    const w = words[lang];
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    await toPlainSummary(agent, words[lang], lang, 40 + (id % 10) * 3);
    const flight = /✈️ ([A-Z0-9]{2}-\d+)/.exec(agent.last()?.text ?? "")?.[1];
    const controls = h.tiket!.controls;
    controls.setFault(endpoint as never, fault as never, 1);
    const deposit = controls.getDeposit();
    await agent.tap(w.book);
    const told = agent.last()?.text ?? "";
    const code = /(\d{8})/.exec(told)?.[1];
    expect(code, agent.transcript(3)).toBeDefined();
    // Listed in /pesanan, with the mark.
    const list = await agent.say(w.list);
    expect(list?.text, agent.transcript(2)).not.toContain(w.none);
    expect(list?.text).toContain(code);
    expect(list?.text).toContain(w.mark);
    // /cek shows its flight and passenger, as this chat's booking, with the mark.
    const status = await agent.say(`${w.status} ${code}`);
    expect(status?.text, agent.transcript(2)).not.toContain(w.outside);
    expect(status?.text).toContain(flight);
    expect(status?.text).toContain("Fajar Nugroho");
    expect(status?.text).toContain(w.mark);
    // Whether tiket.com's order got through checkout_customer (which paying needs) decides the rest.
    const checkedOut = controls.getOrder(code!)!.customer !== undefined;
    const offered = status?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
    expect(offered.some((b) => b.startsWith("💳")), agent.transcript(1)).toBe(checkedOut);
    if (!checkedOut) expect(status?.text).toContain(w.dashboard);
    const issue = await agent.say(`${w.issue} ${code}`);
    const confirm = issue?.reply_markup?.inline_keyboard.flat().find((b) => b.text.startsWith("✅"));
    expect(controls.getDeposit()).toBe(deposit);
    if (!checkedOut) {
      // Refused before any confirmation, saying where it can be paid: nothing to tap, nothing paid.
      expect(confirm, agent.transcript(2)).toBeUndefined();
      expect(issue?.text).toContain(w.dashboard);
      expect(issue?.text).not.toMatch(/may not have gone through|mungkin belum berhasil/);
      return;
    }
    // Complete enough: the normal confirmation, with the amount tiket.com states for the order, then paid.
    const stated = controls.getOrder(code!)!.grandTotal;
    expect(confirm, agent.transcript(2)).toBeDefined();
    if (stated !== undefined) expect(confirm!.text.replace(/\D/g, "")).toBe(String(stated));
    await agent.tap(confirm!.text);
    expect(controls.getOrder(code!)!.paymentStatus, agent.transcript(2)).not.toBe("shoppingcart");
  }, 90_000);
});
