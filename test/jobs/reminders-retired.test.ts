import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";

// Reminders already in the chat lose their 💳 Issue once the booking is issued (they say it is), and their
// buttons once it is cancelled or expired: their message ids are kept in Redis with the booking's deadline.
let skewMs = 0;
let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timelimitSeconds: 3600, now: () => Date.now() + skewMs });
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

const OFFSETS = "30m,10m";
const offsetsMs = parseOffsets(OFFSETS)!;
const isReminder = (text?: string) => text?.includes("belum issued") || text?.includes("is not issued yet");
/** The reminders sent to a chat, as they look now (edits included), found by id once sent. */
const sentReminders = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && isReminder(m.text));
const current = (chatId: number, ids: readonly number[]) => emulator.chatMessages(chatId).filter((m) => ids.includes(m.message_id));
const agentIn = (h: Harness, id: number, lang: "id" | "en" = "id") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

async function twoReminders(h: Harness, agent: Agent, code: string): Promise<number[]> {
  const ids = bookingJobIds(code, offsetsMs);
  await fire(h, ids.reminders[0]!);
  await emulator.waitFor(() => sentReminders(agent.chat.id).length === 1);
  await fire(h, ids.reminders[1]!);
  await emulator.waitFor(() => sentReminders(agent.chat.id).length === 2);
  await settled(h, ids.reminders);
  return sentReminders(agent.chat.id).map((m) => m.message_id);
}

function issueData(m: { reply_markup?: { inline_keyboard: unknown[][] } }): string {
  const b = m.reply_markup!.inline_keyboard.flat().find((x) => (x as { callback_data?: string }).callback_data?.startsWith("b:i:")) as { callback_data: string };
  return b.callback_data;
}

describe("reminders already sent, once the booking is issued, cancelled or expired", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: OFFSETS } }); });
  afterAll(async () => { await h.close(); });

  it("issued from the card: each reminder says it is issued, without buttons; its old Issue never pays again", async () => {
    const agent = agentIn(h, 12_001);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const ids = await twoReminders(h, agent, code);
    const oldIssue = issueData(current(agent.chat.id, ids)[0]!);
    const card = emulator.chatMessages(agent.chat.id).find((m) => m.fromBot && m.text?.includes("Bayar sebelum") && !isReminder(m.text))!;
    const data = card.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Issued sekarang")) as { callback_data: string };
    await h.app.bot.handleUpdate(emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: card.message_id, data: data.callback_data }));
    await agent.tap("✅ Issued");
    await agent.document(`etiket-${code}.pdf`);

    for (const r of current(agent.chat.id, ids)) {
      expect(r.text).toBe(`✅ Booking ${code} (CGK → SUB) sudah issued.`);
      expect(r.reply_markup).toBeUndefined();
    }
    // The old reminder's Issue, pressed anyway (a client showing it still, or a forged tap): already issued, nothing paid.
    const issues = sandbox.controls.callCount("getissued-json");
    const balance = sandbox.controls.getBalance();
    const said = emulator.chatMessages(agent.chat.id).length;
    await h.app.bot.handleUpdate(emulator.forgeCallback({ chat: agent.chat, from: agent.user, messageId: ids[0]!, data: oldIssue }));
    expect(emulator.chatMessages(agent.chat.id).slice(said).filter((m) => m.fromBot).map((m) => m.text)).toEqual([`✅ ${code} sudah issued.`]);
    expect(emulator.chatMessages(agent.chat.id).some((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("ic:")) && m.message_id > ids[1]!)).toBe(false);
    expect(sandbox.controls.callCount("getissued-json")).toBe(issues);
    expect(sandbox.controls.getBalance()).toBe(balance);
    // Taken once: nothing is left to edit again.
    expect(await h.app.deps.bookings.reminders.take("mmbc", code)).toEqual([]);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("issued by /issued in English: the reminders say it in their own language", async () => {
    const agent = agentIn(h, 12_002, "en");
    const code = await bookOne(agent, `/search CGK KNO ${futureDate(31).wire} 1`);
    const ids = await twoReminders(h, agent, code);
    await agent.say(`/issued ${code}`);
    await agent.tap("✅ Issue");
    await agent.document(`etiket-${code}.pdf`);
    for (const r of current(agent.chat.id, ids)) {
      expect(r.text).toBe(`✅ Booking ${code} (CGK → KNO) is issued.`);
      expect(r.reply_markup).toBeUndefined();
    }
  });

  it("issued at the provider, seen by the next job: one reminder deleted and one no longer editable end nothing", async () => {
    const agent = agentIn(h, 12_005);
    const code = await bookOne(agent, `/cari CGK DPS ${futureDate(31).wire} 1`);
    const ids = await twoReminders(h, agent, code);
    await h.app.bot.api.deleteMessage(agent.chat.id, ids[1]!);
    // The first reminder's edit is refused as Telegram refuses an old message's; the second is gone ("message to edit not found").
    emulator.failNext("editMessageText", { error_code: 400, description: "Bad Request: message can't be edited" });
    sandbox.controls.issueExternally(code);
    const expiry = bookingJobIds(code, offsetsMs).expiry;
    await fire(h, expiry);
    expect((await settled(h, [expiry]))[expiry]).toMatchObject({ state: "completed", returnvalue: "skipped" });
    await agent.document(`etiket-${code}.pdf`);
    expect(current(agent.chat.id, ids).map((m) => m.reply_markup !== undefined)).toEqual([true]);
    const refused = emulator.errors.filter((e) => e.payload["chat_id"] === agent.chat.id && e.method.startsWith("edit"));
    expect(refused.map((e) => [e.payload["message_id"], (e.response as { description: string }).description])).toEqual([
      [ids[0], "Bad Request: message can't be edited"], [ids[1], "Bad Request: message to edit not found"],
    ]);
    expect(await h.app.deps.bookings.reminders.take("mmbc", code)).toEqual([]);
    // The reminder that kept its Issue: pressed, it says the booking is issued and pays nothing.
    const kept = current(agent.chat.id, ids)[0]!;
    const issues = sandbox.controls.callCount("getissued-json");
    const balance = sandbox.controls.getBalance();
    const said = emulator.chatMessages(agent.chat.id).length;
    await h.app.bot.handleUpdate(emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: kept.message_id, data: issueData(kept) }));
    expect(emulator.chatMessages(agent.chat.id).slice(said).filter((m) => m.fromBot).map((m) => m.text)).toEqual([`✅ ${code} sudah issued.`]);
    expect(sandbox.controls.callCount("getissued-json")).toBe(issues);
    expect(sandbox.controls.getBalance()).toBe(balance);
  });

  it("cancelled at the provider: the next reminder's check takes the buttons off those sent", async () => {
    const agent = agentIn(h, 12_003);
    const code = await bookOne(agent, `/cari CGK UPG ${futureDate(32).wire} 1`);
    const jobs = bookingJobIds(code, offsetsMs);
    await fire(h, jobs.reminders[0]!);
    await emulator.waitFor(() => sentReminders(agent.chat.id).length === 1);
    await settled(h, [jobs.reminders[0]!]);
    const [sent] = sentReminders(agent.chat.id);
    sandbox.controls.cancelExternally(code);
    await fire(h, jobs.reminders[1]!);
    await emulator.waitFor(() => current(agent.chat.id, [sent!.message_id])[0]!.reply_markup === undefined);
    expect(current(agent.chat.id, [sent!.message_id])[0]!.text).toBe(sent!.text);
    expect(sentReminders(agent.chat.id)).toHaveLength(1);
  });

  it("expired: with the expiry notice, the reminders lose their buttons", async () => {
    const agent = agentIn(h, 12_004);
    const code = await bookOne(agent, `/cari CGK BPN ${futureDate(33).wire} 1`);
    const ids = await twoReminders(h, agent, code);
    const deadline = sandbox.controls.getBooking(code)!.timelimitAt;
    skewMs = Math.max(skewMs, deadline - Date.now() + 60_000);
    await fire(h, bookingJobIds(code, offsetsMs).expiry);
    await emulator.waitFor(() => emulator.chatMessages(agent.chat.id).some((m) => m.fromBot && m.text?.includes("kedaluwarsa")));
    await emulator.waitFor(() => current(agent.chat.id, ids).every((m) => m.reply_markup === undefined));
    for (const r of current(agent.chat.id, ids)) expect(isReminder(r.text)).toBe(true);
  });
});
