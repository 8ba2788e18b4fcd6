import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName, dayWith, firstPageAsksOnlyName } from "../support/sandbox-days.js";

/**
 * In a group, a results list is its searcher's: a colleague's tap on its 📅 ±3 or 📤 buttons, or on a
 * day of the calendar opened from it, gets a toast saying whose list it is (as the list's flights do),
 * and nothing is posted. Opened as hers, the calendar and that day's results landed under the
 * colleague's /cari, and the colleague answering his own question was told it was hers.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;

async function bayusList() {
  n++;
  const group = { id: -1_003_670_000 - n, type: "group" as const, title: "Cahaya Tour" };
  const ani = new Agent(h, { id: 36_700 + n, first_name: "Ani", language_code: "id" }, group);
  const bayu = new Agent(h, { id: 36_800 + n, first_name: "Bayu", language_code: "id" }, group);
  h.emulator.addMember(group.id, ani.user.id);
  // A day with a flight on the first page that asks only the name: the booking test answers name, then contact.
  await bayu.say(`/cari${bot()} cgk sub ${dayWith(["CGK", "SUB"], firstPageAsksOnlyName("CGK", "SUB"), 29 + n).wire} 1`);
  const list = bayu.lastForMe()!;
  expect(list.text).toContain("CGK → SUB");
  return { group, ani, bayu, list };
}

const dataOf = (m: StoredMessage, test: (data: string) => boolean) =>
  m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && test(b.callback_data) ? [b.callback_data] : []))[0]!;

/** The group's newest calendar, once all its days are in (its day buttons are drawn last). */
function sleepUntilCalendar(h: Harness, chatId: number) {
  return h.emulator.waitFor(() => h.emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("±3 hari") && m.reply_markup).at(-1));
}

async function tapAs(agent: Agent, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId, data }));
  return h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text as string | undefined);
}

describe("group: a colleague's list buttons say whose list it is", () => {
  it("Ani taps ±3 and 📤 on Bayu's list: toasts naming Bayu, nothing posted; Bayu's own ±3 still opens", async () => {
    const { group, ani, bayu, list } = await bayusList();
    const from = h.emulator.chatMessages(group.id).length;
    const calendar = await tapAs(ani, list.message_id, dataOf(list, (d) => d.startsWith("cal:r:")));
    const picker = await tapAs(ani, list.message_id, dataOf(list, (d) => d.startsWith("cust:l:")));
    expect(calendar).toEqual(["📅 Ini daftar Bayu. Untuk ±3 hari rute Anda sendiri, cari dulu dengan /cari."]);
    expect(picker).toEqual(["📤 Ini pencarian Bayu. Untuk kartu pelanggan Anda sendiri, cari dulu dengan /cari."]);
    expect(h.emulator.chatMessages(group.id).length).toBe(from);
    // Bayu's own buttons work, and answer him.
    await bayu.tap({ data: dataOf(list, (d) => d.startsWith("cust:l:")) });
    const pickerMsg = bayu.lastForMe()!;
    expect(pickerMsg.text).toContain("Kartu untuk pelanggan");
    // The picker is his too: Ani's taps on it say so.
    expect(await tapAs(ani, pickerMsg.message_id, dataOf(pickerMsg, (d) => d.startsWith("cust:s:")))).toEqual([expect.stringContaining("Ini pencarian Bayu")]);
    await bayu.tap({ data: dataOf(list, (d) => d.startsWith("cal:r:")) });
    const cal = await sleepUntilCalendar(h, group.id);
    expect(cal.reply_to_message_id).toBe(list.reply_to_message_id);
  });

  it("Ani taps a day of Bayu's calendar: a toast, no results for her under his /cari, and Bayu's booking goes on", async () => {
    const { group, ani, bayu, list } = await bayusList();
    await bayu.tap({ data: dataOf(list, (d) => d.startsWith("cal:r:")) });
    const cal = await sleepUntilCalendar(h, group.id);
    const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && asksOnlyName(b.text.split(" ")[0]!, "CGK", "SUB"));
    await bayu.tap({ data: (flight as { callback_data: string }).callback_data });
    await bayu.tap("Lanjut");
    await bayu.reply("Tn Bayu Saputra");
    const from = h.emulator.chatMessages(group.id).length;
    expect(await tapAs(ani, cal.message_id, dataOf(cal, (d) => d.startsWith("cal:d:")))).toEqual([expect.stringContaining("Ini daftar Bayu")]);
    expect(h.emulator.chatMessages(group.id).length).toBe(from);
    // His contact question still takes his answer (not "that question is for Ani").
    const next = await bayu.reply("bayu@example.com");
    expect(next?.text).toMatch(/HP|telepon/);
    expect(bayu.botTexts(from).join("\n")).not.toContain("untuk Ani");
  });
});
