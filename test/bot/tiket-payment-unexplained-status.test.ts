import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookTiketPlain, confirmTwice } from "../support/tiket-booked.js";

// Spec §1: only 200 is success, and no status but 201 ("not always fatal") and 209 is documented. On the
// call that debits the deposit (confirmPayment), an undocumented answer whose words are no known refusal
// (a 500 "Invalid response from payment gateway", a 211 "Order tidak valid…") may come after the money
// moved: the agent reads that the outcome is unclear, never that tiket.com refused the data, and the
// confirmation is never sent again.
const GATEWAY = { en: "Invalid response from payment gateway", id: "Respon dari payment gateway tidak valid" };
const NOT_NOW = { en: "Order is not valid for confirmation right now", id: "Order tidak valid untuk konfirmasi saat ini" };

let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

/** The deposit payment (checkout_payment/8 with btn_booking=1) as the sandbox counts and faults it. */
const PAY = "checkout/checkout_payment" as const;
const CONFIRM = "partner/transactionApi/confirmPayment" as const;

describe("tiket.com answers the deposit confirmation with an undocumented status and no known refusal", () => {
  it("Indonesian, 211: 'belum mendapat jawaban pasti', never 'ditolak' or 'ubah data'; confirmed once, and issued once tiket.com says so", async () => {
    const user = { id: 14_591, first_name: "Dewi", language_code: "id" };
    const chat = { id: 14_591, type: "private" as const };
    const agent = new Agent(h, user, chat);
    const code = await bookTiketPlain(agent, false, "CGK DPS", 45, "Mrs Dewi Lestari");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(CONFIRM, { kind: "status", status: 211, ...NOT_NOW }, 1);
    await agent.tap("Issued sekarang");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(h, user, chat, "✅ Issued");
    const said = agent.botTexts(from).join("\n");
    expect(said, agent.transcript(6)).toContain(`Issued ${code} belum mendapat jawaban pasti`);
    expect(said).toContain("tidak akan saya kirim lagi");
    expect(said).not.toMatch(/ditolak|tidak ada yang dibayar|belum ada yang dibayar|ubah|perbaiki/i);
    await agent.say(`/issued ${code}`);
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []).not.toContain("✅ Issued");
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
    expect(h.tiket!.controls.callCount(PAY) - payments).toBe(1);
    h.tiket!.controls.issueExternally(code);
    expect((await agent.say(`/cek ${code}`))?.text).toContain("issued");
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
  }, 90_000);

  it("English, 500 'Invalid response from payment gateway': 'no clear answer', never 'refused' or 'change'; confirmed once", async () => {
    const user = { id: 14_592, first_name: "Sari", language_code: "en" };
    const chat = { id: 14_592, type: "private" as const };
    const agent = new Agent(h, user, chat);
    const code = await bookTiketPlain(agent, true, "CGK DPS", 47, "Mrs Sari Dewi");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(CONFIRM, { kind: "status", status: 500, ...GATEWAY }, 1);
    await agent.tap("Issue now");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(h, user, chat, "✅ Issue");
    const said = agent.botTexts(from).join("\n");
    expect(said, agent.transcript(6)).toContain(`Issuing ${code} got no clear answer`);
    expect(said).not.toMatch(/refused|nothing was (paid|taken)|change|correct/i);
    await agent.say(`/issue ${code}`);
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []).not.toContain("✅ Issue");
    expect(h.tiket!.controls.callCount(PAY) - payments).toBe(1);
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
    h.tiket!.controls.issueExternally(code);
    expect((await agent.say(`/status ${code}`))?.text).toContain("issued");
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
  }, 90_000);
});
