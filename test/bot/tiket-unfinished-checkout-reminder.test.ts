import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadline } from "../../src/presenters/format.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { toPlainSummary } from "../support/tiket-booked.js";

// A tiket.com booking whose checkout broke off after add-order (recorded, marked not confirmed) gets its
// pay-before reminders all the same. Whether it can be paid from the bot is what tiket.com shows when the
// reminder goes out: its checkout_customer never went through, the reminder says what /status says (pay it in
// the partner dashboard, or let it lapse) and offers no Issue that could only be refused; it did go through
// after all (only its answer was lost), the reminder is the usual one, with Issue.
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket", env: { REMINDER_OFFSETS: "30m" } }); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", check: "Periksa sebelum booking", status: "/cek" },
  en: { search: "/search", go: "Continue", book: "✅ Book", check: "Check before booking", status: "/status" },
} as const;

/** The reminder as the agent reads it (the HTML's tags gone), when tiket.com can't take its payment from the bot. */
const refusedReminder = {
  id: (code: string, at: string) => `⏰ Booking ${code} (CGK → PDG) belum issued.\n`
    + "⚠️ Booking ini belum terkonfirmasi: langkah terakhirnya (data pemesan) tidak masuk di tiket.com, jadi tidak bisa dibayar dari sini. "
    + `Belum ada yang dibayar. Cek di dashboard partner tiket.com dan bayar di sana sebelum ${at}, atau biarkan kedaluwarsa lalu booking ulang.`,
  en: (code: string, at: string) => `⏰ Booking ${code} (CGK → PDG) is not issued yet.\n`
    + "⚠️ This booking was not confirmed: its last step (the customer details) did not go through at tiket.com, so it can't be paid from here. "
    + `Nothing was paid. Check it in the tiket.com partner dashboard and pay it there before ${at}, or let it lapse and book again.`,
} as const;
const quoted = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The usual reminder: pay before the deadline, with the time left (which depends on when it runs). */
const usualReminder = {
  id: (code: string, at: string) => new RegExp(`^⏰ Booking ${code} \\(CGK → PDG\\) belum issued\\.\\nBayar sebelum ${quoted(at)} \\((\\d+ hari )?(\\d+ jam )?\\d+ mnt lagi\\), atau kursinya hilang\\.$`),
  en: (code: string, at: string) => new RegExp(`^⏰ Booking ${code} \\(CGK → PDG\\) is not issued yet\\.\\nPay before ${quoted(at)} \\(in (\\d+ d )?(\\d+ h )?\\d+ min\\), or the seats are lost\\.$`),
} as const;
const buttons = {
  id: { card: ["🔄 Status", "📤 Untuk pelanggan"], refused: ["🔄 Status", "🔕 Hentikan pengingat"], usual: ["💳 Issued sekarang", "🔄 Status", "🔕 Hentikan pengingat"] },
  en: { card: ["🔄 Status", "📤 For customer"], refused: ["🔄 Status", "🔕 Stop reminders"], usual: ["💳 Issue now", "🔄 Status", "🔕 Stop reminders"] },
} as const;


/** Books with `fault` on one checkout step: the order id, recorded as this chat's booking marked not confirmed. */
async function bookBroken(agent: Agent, lang: Lang, from: number, endpoint: string, fault: object): Promise<string> {
  await toPlainSummary(agent, words[lang], lang, from);
  h.tiket!.controls.setFault(endpoint as never, fault as never, 1);
  await agent.tap(words[lang].book);
  const code = /(\d{8})/.exec(agent.last()?.text ?? "")?.[1];
  expect(code, agent.transcript(3)).toBeDefined();
  const record = await h.app.deps.bookings.get("tiket", code!);
  expect(record?.booking.unconfirmed, agent.transcript(3)).toBe(true);
  return code!;
}

/** Makes the booking's reminder due and returns it as the chat got it: its text and its buttons. */
async function reminderOf(agent: Agent, code: string): Promise<{ text: string; buttons: string[] }> {
  const before = h.emulator.chatMessages(agent.chat.id).length;
  const job = bookingJobIds(code, [30 * 60_000], "tiket").reminders[0]!;
  await fire(h, job);
  expect(await settled(h, [job])).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
  const sent = h.emulator.chatMessages(agent.chat.id).slice(before).filter((m) => m.fromBot);
  expect(sent, agent.transcript(2)).toHaveLength(1);
  return { text: sent[0]!.text ?? "", buttons: sent[0]!.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [] };
}

/** The deadline as the reminder prints it, in the chat's language. */
async function deadlineOf(code: string, lang: Lang): Promise<string> {
  const record = await h.app.deps.bookings.get("tiket", code);
  return deadline(record!.booking.timelimit, lang, "Asia/Jakarta");
}

describe("the pay-before reminder of a tiket.com booking whose checkout broke off", () => {
  it.each([["id", 14_611], ["en", 14_612]] as const)("its customer details never reached tiket.com (%s): says to pay it in the dashboard or let it lapse, as /status does, with no Issue button", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await bookBroken(agent, lang, 40 + (id % 10) * 3, "order/checkout", { kind: "html" });
    expect(h.tiket!.controls.getOrder(code)!.customer).toBeUndefined();
    const deposit = h.tiket!.controls.getDeposit();
    const reminder = await reminderOf(agent, code);
    expect(reminder.text).toBe(refusedReminder[lang](code, await deadlineOf(code, lang)));
    expect(reminder.buttons).toEqual(buttons[lang].refused);
    // /status advises the same, with no Issue either.
    const status = await agent.say(`${words[lang].status} ${code}`);
    expect(status?.text, agent.transcript(1)).toContain(refusedReminder[lang](code, await deadlineOf(code, lang)).split("\n")[1]);
    expect(status?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(buttons[lang].card);
    expect(h.tiket!.controls.getDeposit()).toBe(deposit);
  }, 90_000);

  it.each([["en", 14_613], ["id", 14_614]] as const)("its customer details reached tiket.com though the answer was lost (%s): the usual reminder, with Issue", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await bookBroken(agent, lang, 60 + (id % 10) * 3, "checkout/checkout_customer", { kind: "timeout", commit: true });
    expect(h.tiket!.controls.getOrder(code)!.customer).toBeDefined();
    const reminder = await reminderOf(agent, code);
    expect(reminder.text).toMatch(usualReminder[lang](code, await deadlineOf(code, lang)));
    expect(reminder.buttons).toEqual(buttons[lang].usual);
  }, 90_000);
});
