import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookTiketPlain, confirmTwice } from "../support/tiket-booked.js";

// Spec §1: 201 is "Not-OK / notice" and "not always fatal: check the payload". A 201 on a money call
// that is no known refusal (the sandbox's "Permintaan gagal, silakan coba lagi" here) may come after the
// money moved: the agent is told the outcome is unclear and being checked, and nothing is paid twice.
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

/** The deposit payment (checkout_payment/8 with btn_booking=1) as the sandbox counts and faults it. */
const PAY = "checkout/checkout_payment" as const;
const CONFIRM = "partner/transactionApi/confirmPayment" as const;

describe("tiket.com answers a money call with a 201 notice that is no known refusal", () => {
  it("the confirmation (Indonesian): 'belum pasti' with the hold, never 'ditolak', confirmed once, and issued once tiket.com says so", async () => {
    const user = { id: 14_581, first_name: "Dewi", language_code: "id" };
    const chat = { id: 14_581, type: "private" as const };
    const agent = new Agent(h, user, chat);
    const code = await bookTiketPlain(agent, false, "CGK DPS", 41, "Mrs Dewi Lestari");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(CONFIRM, { kind: "status201" }, 1);
    await agent.tap("Issued sekarang");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(h, user, chat, "✅ Issued");
    const said = agent.botTexts(from).join("\n");
    expect(said, agent.transcript(6)).toContain(`Issued ${code} belum mendapat jawaban pasti`);
    // Never sent again, not only "until" the hold ends: the confirmation may still go through.
    expect(said).toContain("tidak akan saya kirim lagi");
    expect(said).not.toMatch(/ditolak|tidak ada yang dibayar|belum ada yang dibayar/i);
    // Issuing it again while the hold stands: nothing is sent.
    await agent.say(`/issued ${code}`);
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []).not.toContain("✅ Issued");
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
    expect(h.tiket!.controls.callCount(PAY) - payments).toBe(1);
    // tiket.com later says issued: the booking reads as issued.
    h.tiket!.controls.issueExternally(code);
    expect((await agent.say(`/cek ${code}`))?.text).toContain("issued");
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(1);
  }, 90_000);

  it("the deposit payment (English): 'no clear answer' with the hold, never 'refused', placed once, and issued once tiket.com says so", async () => {
    const user = { id: 14_582, first_name: "Sari", language_code: "en" };
    const chat = { id: 14_582, type: "private" as const };
    const agent = new Agent(h, user, chat);
    const code = await bookTiketPlain(agent, true, "CGK DPS", 43, "Mrs Sari Dewi");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(PAY, { kind: "status201" }, 1);
    await agent.tap("Issue now");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(h, user, chat, "✅ Issue");
    const said = agent.botTexts(from).join("\n");
    expect(said, agent.transcript(6)).toContain(`Issuing ${code} got no clear answer`);
    expect(said).toContain("I won't pay for");
    expect(said).not.toMatch(/refused|nothing was (paid|taken)/i);
    await agent.say(`/issue ${code}`);
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []).not.toContain("✅ Issue");
    expect(h.tiket!.controls.callCount(PAY) - payments).toBe(1);
    expect(h.tiket!.controls.callCount(CONFIRM) - confirms).toBe(0);
    h.tiket!.controls.issueExternally(code);
    expect((await agent.say(`/status ${code}`))?.text).toContain("issued");
    expect(h.tiket!.controls.callCount(PAY) - payments).toBe(1);
  }, 90_000);
});
