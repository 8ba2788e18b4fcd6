import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { digestSchedulerId } from "../../src/jobs/digest-schedule.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { bookOne } from "../bot/journey-steps.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * What a job sends (reminders, the e-ticket a reminder finds issued, the daily digest) speaks the language
 * the chat is spoken to in now, not the one of the moment it was scheduled: in a private chat, its person's
 * /language choice made after booking; in a group, the group's /settings language, or else the booker's.
 */
const OFFSETS = "30m,10m";
const offsetsMs = parseOffsets(OFFSETS)!;
let h: Harness;
beforeAll(async () => { h = await startHarness({ env: { REMINDER_OFFSETS: OFFSETS } }); });
afterAll(async () => { await h?.close(); });

const dm = (id: number) => new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
const fromBot = (chatId: number, n: number) => h.emulator.chatMessages(chatId).slice(n).filter((m) => m.fromBot);

async function reminderAfter(chatId: number, job: string): Promise<{ text: string; buttons: string[] }> {
  const n = h.emulator.chatMessages(chatId).length;
  await fire(h, job);
  const m = await h.emulator.waitFor(() => fromBot(chatId, n).find((x) => x.text?.includes("⏰")));
  return { text: m.text!, buttons: m.reply_markup!.inline_keyboard.flat().map((b) => b.text) };
}

describe("a private chat's jobs follow /bahasa", () => {
  it("booked in Indonesian, then English: the reminder is English (with its buttons); back to Indonesian, the next one too", async () => {
    const a = dm(937_1001);
    const code = await bookOne(a, `/cari cgk dps ${futureDate(18).wire} 1`, ["Tn Budi Santoso"]);
    await a.say("/bahasa");
    await a.tap("English");
    const ids = bookingJobIds(code, offsetsMs);
    const en = await reminderAfter(a.chat.id, ids.reminders[0]!);
    expect(en.text).toContain(`Booking ${code} (CGK → DPS) is not issued yet.`);
    expect(en.buttons).toEqual(["💳 Issue now", "🔄 Status", "🔕 Stop reminders"]);

    await a.say("/bahasa");
    await a.tap("Indonesia");
    const id = await reminderAfter(a.chat.id, ids.reminders[1]!);
    expect(id.text).toContain("belum issued");
  });

  it("a booking found issued elsewhere by a reminder gets its e-ticket captioned in the language chosen since", async () => {
    const a = dm(937_1002);
    const code = await bookOne(a, `/cari cgk sub ${futureDate(19).wire} 1`, ["Tn Budi Santoso"]);
    await a.say("/bahasa");
    await a.tap("English");
    h.sandbox.controls.issueExternally(code);
    await fire(h, bookingJobIds(code, offsetsMs).reminders[0]!);
    await settled(h, [jobIds.ticket("mmbc", code)]);
    const ticket = await a.document(`etiket-${code}.pdf`);
    // The departure as the caption prints it: English day and month names ("Wed, 30 Dec 2026"), not "Rab, 30 Des 2026".
    expect(ticket.caption).toMatch(/ · (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d+ [A-Z][a-z]{2} \d{4} \d\d:\d\d WIB\n/);
  });

  it("the daily digest of a private chat comes in its person's language", async () => {
    const a = dm(937_1003);
    await bookOne(a, `/cari cgk dps ${futureDate(20).wire} 1`, ["Tn Budi Santoso"]); // due within the day: something to report
    await a.say("/pengaturan");
    await a.tap({ data: "dg:menu" });
    await a.tap({ data: "dg:on" });
    await a.say("/bahasa");
    await a.tap("English");
    const scheduler = await h.app.jobs.queue.getJobScheduler(digestSchedulerId(a.chat.id));
    const job = `repeat:${digestSchedulerId(a.chat.id)}:${scheduler!.next}`;
    const n = h.emulator.chatMessages(a.chat.id).length;
    await fire(h, job);
    const digest = await h.emulator.waitFor(() => fromBot(a.chat.id, n).find((m) => m.text?.includes("📰")));
    expect(digest.text).toContain("Daily digest ·");
    expect(digest.text).toContain("Unpaid, due in the next 24 hours (1)");
  });
});

describe("a group's reminders", () => {
  it("without a group language, in the booker's current one; once the admins set one, in the group's", async () => {
    const group = { id: -937_2000, type: "group" as const, title: "Agen Bahasa" };
    const bos = { id: 937_2001, first_name: "Bos", language_code: "id" };
    const ani = { id: 937_2002, first_name: "Ani", language_code: "id" };
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    h.emulator.addMember(group.id, ani.id);
    const A = new Agent(h, ani, group);
    const code = await bookInGroup(A, "Mrs Ani Lestari", "CGK SUB", 33);
    await A.say("/bahasa");
    await A.tap("English");
    const ids = bookingJobIds(code, offsetsMs);
    expect((await reminderAfter(group.id, ids.reminders[0]!)).text).toContain("is not issued yet");

    const B = new Agent(h, bos, group);
    await B.say("/settings");
    await B.tap({ data: "st:lang:id" });
    expect((await reminderAfter(group.id, ids.reminders[1]!)).text).toContain("belum issued");
  });
});
