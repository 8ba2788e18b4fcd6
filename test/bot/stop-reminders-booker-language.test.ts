import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire } from "../support/jobs.js";

/**
 * A group without a language of its own (each person's): a reminder speaks its booker's language, and so does
 * what 🔕 Stop reminders leaves on it and says under it, whoever taps it. Before: an Indonesian admin's tap on an
 * English booker's reminder turned its buttons into "💳 Issued sekarang | 🔄 Status" and replied to it
 * "🔕 Pengingat … dihentikan oleh Olivia." The tapper's own toast stays in the tapper's language.
 */
const OFFSETS = "30m,10m";
const offsetsMs = parseOffsets(OFFSETS)!;
let h: Harness;
beforeAll(async () => { h = await startHarness({ env: { REMINDER_OFFSETS: OFFSETS } }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", go: "Continue", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, name: "Mr Ben Carter", reminder: "is not issued yet", kept: ["💳 Issue now", "🔄 Status"], stoppedBy: (code: string, name: string) => `🔕 Reminders for ${code} stopped by ${name}.`, toast: "Reminders stopped." },
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, name: "Tn Budi Santoso", reminder: "belum issued", kept: ["💳 Issued sekarang", "🔄 Status"], stoppedBy: (code: string, name: string) => `🔕 Pengingat ${code} dihentikan oleh ${name}.`, toast: "Pengingat dihentikan." },
} as const;
type Lang = keyof typeof words;

/** A booking in a privacy-mode group (answers replied), whatever the flight asks; its code. */
async function book(a: Agent, lang: Lang, days: number): Promise<string> {
  const w = words[lang];
  await a.say(`${w.search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(days).wire} 1`);
  const results = a.lastForMe()!;
  const flight = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
  await a.tap({ data: flight.callback_data });
  await a.tap(w.go);
  const q = await a.reply(w.name);
  if (q?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) {
    const url = q.reply_markup.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    const dm = new Agent(h, a.user, { id: a.user.id, type: "private" });
    let p = await dm.say(`/start ${url.url.split("start=")[1]!}`);
    for (let i = 0; i < 4 && /Tanggal lahir|Date of birth/.test(p?.text ?? ""); i++) p = await dm.say("17-08-1990");
    await a.tap("▶️");
  }
  if (/✏️/.test(JSON.stringify(a.lastForMe()?.reply_markup ?? ""))) await a.tap("✏️");
  await a.reply("kantor@example.com");
  await a.reply("081234567890");
  const card = await a.tap(w.book);
  const code = w.code.exec(card?.text ?? "")?.[1];
  if (!code) throw new Error(a.transcript(8));
  return code;
}

describe.each([["en", "id", -100_779_001], ["id", "en", -100_779_002]] as const)("a %s booker's reminder stopped by an admin speaking %s", (bookerLang, adminLang, groupId) => {
  it("keeps the reminder's buttons and says who stopped them in the booker's language", async () => {
    const group = { id: groupId, type: "group" as const, title: "Agen Pengingat" };
    const booker = new Agent(h, { id: -groupId % 100_000 + 1, first_name: "Ben", language_code: bookerLang }, group);
    const admin = new Agent(h, { id: -groupId % 100_000 + 2, first_name: "Olivia", language_code: adminLang }, group);
    h.emulator.setChatAdministrators(group.id, [admin.user.id]);
    h.emulator.addMember(group.id, admin.user.id);
    const code = await book(booker, bookerLang, 35);
    const n = h.emulator.chatMessages(group.id).length;
    await fire(h, bookingJobIds(code, offsetsMs).reminders[0]!);
    const reminder = await h.emulator.waitFor(() => h.emulator.chatMessages(group.id).slice(n).find((m) => m.fromBot && m.text?.includes("⏰")));
    expect(reminder.text).toContain(words[bookerLang].reminder);
    const stop = reminder.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("rm:")) as { callback_data: string };
    const before = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: admin.user, messageId: reminder.message_id, data: stop.callback_data }));
    expect(h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(words[adminLang].toast);
    const kept = h.emulator.chatMessages(group.id).find((m) => m.message_id === reminder.message_id)!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(kept).toEqual(words[bookerLang].kept);
    const notice = h.emulator.chatMessages(group.id).at(-1)!;
    expect(notice.text).toBe(words[bookerLang].stoppedBy(code, "Olivia"));
    expect(notice.reply_to_message_id).toBe(reminder.message_id);
  }, 60_000);
});
