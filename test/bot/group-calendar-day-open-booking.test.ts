import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { givePrivately } from "./journey-steps.js";

/**
 * A day of an older ±3 calendar tapped while a booking is being filled in (names and contact typed, the
 * summary on screen) no longer replaces that booking with the day's results without a word: the member
 * is asked, the booking still open above (its answers typed still go to it). "Keep the booking" leaves
 * it as it was; "open the day" says the booking was left and shows the day. A typed /cari, deliberate,
 * still starts at once and says the booking was left (search/new-search.ts).
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;
const dataOf = (m: StoredMessage, test: (data: string) => boolean) =>
  m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && test(b.callback_data) ? [b.callback_data] : []))[0]!;

/** Bayu opens ±3 on one search, then fills in a booking of another up to its summary. */
async function calendarThenSummary() {
  n++;
  const group = { id: -1_003_680_000 - n, type: "group" as const, title: "Sinar Tour" };
  const bayu = new Agent(h, { id: 36_900 + n, first_name: "Bayu", language_code: "id" }, group);
  await bayu.say(`/cari${bot()} cgk dps ${futureDate(27).wire} 1`);
  const list = bayu.lastForMe()!;
  await bayu.tap({ data: dataOf(list, (d) => d.startsWith("cal:r:")) });
  const calendar = await h.emulator.waitFor(() => h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.includes("±3 hari") && m.reply_markup).at(-1));
  await bayu.say(`/cari${bot()} cgk sub ${futureDate(40 + n).wire} 1`);
  await bayu.tap({ data: dataOf(bayu.lastForMe()!, (d) => d.includes(":o:")) });
  await bayu.tap("Lanjut");
  // Some flights take the birth date (in the member's private chat).
  if ((await bayu.reply("Tn Joko Widodo"))?.text?.includes("data pribadi")) await givePrivately(bayu);
  await bayu.reply("joko@example.com");
  const summary = await bayu.reply("081234567890");
  expect(summary?.text).toContain("Periksa sebelum booking");
  return { group, bayu, list, calendar, summary: summary! };
}

describe("an old calendar day tapped while a booking is being filled in", () => {
  it("asks first, addressed to the member; keeping the booking keeps it, and it books", async () => {
    const { group, bayu, list, calendar } = await calendarThenSummary();
    const from = h.emulator.chatMessages(group.id).length;
    await bayu.tap({ data: dataOf(calendar, (d) => d.startsWith("cal:d:")) });
    const said = bayu.botTexts(from);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("Booking yang sedang Anda isi belum dibuat");
    expect(said[0]).toContain("ditinggalkan");
    const ask = h.emulator.lastBotMessage(group.id)!;
    // Addressed to Bayu: a reply to his own /cari, as the calendar is.
    expect(ask.reply_to_message_id).toBe(list.reply_to_message_id);
    // A colleague can't answer it for him.
    const ani = { id: 36_990 + n, first_name: "Ani", language_code: "id" };
    h.emulator.addMember(group.id, ani.id);
    const before = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: ani, messageId: ask.message_id, data: dataOf(ask, (d) => d.startsWith("cal:f:")) }));
    expect(h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text).toContain("Ini daftar Bayu");
    await bayu.tap("Lanjutkan booking");
    expect(h.emulator.chatMessages(group.id).find((m) => m.message_id === ask.message_id)?.text).toContain("Booking dilanjutkan");
    expect(h.emulator.chatMessages(group.id).find((m) => m.message_id === ask.message_id)?.reply_markup).toBeUndefined();
    const booked = await bayu.tap("✅ Booking");
    expect(booked?.text).toContain("Booking berhasil");
    expect(booked?.text).toContain("CGK → SUB");
  });

  it("opening the day says the booking was left, and shows the day's flights", async () => {
    const { group, bayu, calendar, summary } = await calendarThenSummary();
    await bayu.tap({ data: dataOf(calendar, (d) => d.startsWith("cal:d:")) });
    const ask = h.emulator.lastBotMessage(group.id)!;
    const from = h.emulator.chatMessages(group.id).length;
    await bayu.tap({ data: dataOf(ask, (d) => d.startsWith("cal:f:")) });
    expect(h.emulator.chatMessages(group.id).find((m) => m.message_id === ask.message_id)?.text).toMatch(/dibuka; booking yang sedang diisi ditinggalkan/);
    const results = bayu.lastForMe()!;
    expect(results.text).toContain("CGK → DPS");
    expect(bayu.botTexts(from).join("\n")).not.toContain("Booking berhasil");
    // The summary left behind books nothing any more.
    const after = h.emulator.chatMessages(group.id).length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: bayu.user, messageId: summary.message_id, data: dataOf(summary, (d) => d === "c:sum:book") }));
    expect(bayu.botTexts(after).join("\n")).not.toContain("Booking berhasil");
  });

  it("in a private chat, with no booking open, a day still opens at once", async () => {
    const id = 36_980;
    const rina = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    await rina.say(`/cari cgk dps ${futureDate(27).wire} 1`);
    await rina.tap("±3");
    const calendar = await h.emulator.waitFor(() => h.emulator.chatMessages(id).filter((m) => m.fromBot && m.text?.includes("±3 hari") && m.reply_markup).at(-1));
    const from = h.emulator.chatMessages(id).length;
    await rina.tap({ data: dataOf(calendar, (d) => d.startsWith("cal:d:")) });
    expect(rina.botTexts(from)).toEqual([expect.stringContaining("CGK → DPS")]);
  });
});
