import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import { flightButtons } from "../support/result-buttons.js";

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

/** Searches, opens a flight without a captcha (not Lion's JT or Citilink's QG), books it: its order id. */
async function booked(agent: Agent, en: boolean, route: string, days: number, name: string): Promise<string> {
  await agent.say(`${en ? "/search" : "/cari"} ${route} ${tiketPlainDay(route, days).wire} 1`);
  const buttons = flightButtons(agent);
  await agent.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await agent.tap(en ? "Continue" : "Lanjut");
  let msg = await agent.say(name);
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|ID card|NIK/.test(q)) msg = await agent.say("3174092302900001");
    else if (/Paspor|Passport/.test(q)) msg = await agent.say("A1234567 31-12-2031");
    else if (/Kewarganegaraan|Nationality/.test(q)) msg = await agent.say("Indonesia");
    else if (/Tanggal terbit|issue date/i.test(q)) msg = await agent.say("15-01-2022");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("budi@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(/kontak terakhir/.test(q) ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
  await agent.tap(en ? "✅ Book" : "✅ Booking");
  const code = /(?:Kode|Code): (\d+)/.exec(agent.last()?.text ?? "")?.[1];
  expect(code, agent.transcript(6)).toBeDefined();
  return code!;
}

/** Taps the confirmation's ✅ twice (a double tap: the second sent before the first's answer took the button away). */
async function confirmTwice(user: { id: number; first_name: string }, chat: { id: number; type: "private" }, label: string): Promise<void> {
  const message = h.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
  const button = message.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes(label)) as { callback_data: string };
  // Both taps are on the button as it was: the second reaches the bot after the first was answered.
  const tap = () => h.emulator.clickButton({ chat, from: user, messageId: message.message_id, data: button.callback_data });
  const [first, second] = [tap(), tap()];
  await h.app.bot.handleUpdate(first);
  await h.app.bot.handleUpdate(second);
}

describe("tiket.com answers the deposit confirmation with an undocumented status and no known refusal", () => {
  it("Indonesian, 211: 'belum mendapat jawaban pasti', never 'ditolak' or 'ubah data'; confirmed once, and issued once tiket.com says so", async () => {
    const user = { id: 14_591, first_name: "Dewi", language_code: "id" };
    const chat = { id: 14_591, type: "private" as const };
    const agent = new Agent(h, user, chat);
    const code = await booked(agent, false, "CGK DPS", 45, "Mrs Dewi Lestari");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(CONFIRM, { kind: "status", status: 211, ...NOT_NOW }, 1);
    await agent.tap("Issued sekarang");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(user, chat, "✅ Issued");
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
    const code = await booked(agent, true, "CGK DPS", 47, "Mrs Sari Dewi");
    const confirms = h.tiket!.controls.callCount(CONFIRM);
    const payments = h.tiket!.controls.callCount(PAY);
    h.tiket!.controls.setFault(CONFIRM, { kind: "status", status: 500, ...GATEWAY }, 1);
    await agent.tap("Issue now");
    const from = h.emulator.chatMessages(chat.id).length;
    await confirmTwice(user, chat, "✅ Issue");
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
