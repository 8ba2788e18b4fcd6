import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", check: "Periksa sebelum booking", status: "/cek", list: "/pesanan", issue: "/issued", outside: "di luar chat ini", none: "Belum ada pesanan", mark: "belum terkonfirmasi", dashboard: "dashboard partner tiket.com" },
  en: { search: "/search", go: "Continue", book: "✅ Book", check: "Check before booking", status: "/status", list: "/bookings", issue: "/issue", outside: "outside this chat", none: "No bookings", mark: "not confirmed", dashboard: "tiket.com partner dashboard" },
} as const;

/** Searches, opens a flight without a captcha (not Lion's JT or Citilink's QG) and answers up to the summary. */
async function toPlainSummary(agent: Agent, lang: Lang, from: number): Promise<void> {
  const w = words[lang];
  let pick: { text: string; callback_data: string } | undefined;
  for (let d = from; d < from + 20 && !pick; d += 2) {
    await agent.say(`${w.search} CGK PDG ${futureDate(d).wire} 1`);
    const buttons = (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    pick = buttons.find((b) => !/^(JT|QG)/.test(b.text));
  }
  await agent.tap({ data: pick!.callback_data });
  await agent.tap(w.go);
  let msg = await agent.say("Mr Fajar Nugroho");
  for (let i = 0; i < 8 && !msg?.text?.includes(w.check); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|NIK|ID number/.test(q) && !/Paspor|Passport/.test(q)) msg = await agent.say("3174092302900001");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("fajar@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(lang === "id" ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
}

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
    await toPlainSummary(agent, lang, 40 + (id % 10) * 3);
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
