import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * The 🎫 E-tiket button answers a group's taps as Status and Issue do: a refusal is the tapper's toast,
 * exactly the one an unknown code gets, so someone outside the group (or forged data) makes the bot post
 * nothing there. Typed refusals (/etiket, "batalin …") reply to the member's own message.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const RANDOM = "ZQ9XK7";
const group = { id: -1_003_670_100, type: "group" as const, title: "Makmur Tour" };
const bos = { id: 36_701, first_name: "Bos", language_code: "id" };
const ani = { id: 36_702, first_name: "Ani", language_code: "id" };
const bayu = { id: 36_703, first_name: "Bayu", language_code: "id" };
const orang = { id: 36_799, first_name: "Orang", language_code: "id" };

const botMessages = (from: number) => h.emulator.chatMessages(group.id).slice(from).filter((m) => m.fromBot);
const count = () => h.emulator.chatMessages(group.id).length;
const lastOf = (user: { id: number }) => h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === user.id).at(-1)!;

/** Taps `data` on the message as `who`; returns the callback answers (text and alert flag) the tap got. */
async function tapAs(who: typeof ani, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: who, messageId, data }));
  return h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text as string | undefined, alert: c.payload.show_alert as boolean | undefined }));
}

const dataOf = (m: StoredMessage, label: string) =>
  m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.text.includes(label) ? [b.callback_data] : []))[0]!;

let code = "";
let list: StoredMessage;

beforeAll(async () => {
  h.emulator.setChatAdministrators(group.id, [bos.id]);
  h.emulator.addMember(group.id, bayu.id);
  code = await bookInGroup(new Agent(h, ani, group), "Mrs Ani Lestari", "CGK SUB", 41);
  // Bayu's /etiket without a code: the group's bookings, each a 🎫 button (b:t:…).
  list = (await new Agent(h, bayu, group).say(`/etiket@${h.emulator.botInfo.username}`))!;
  expect(dataOf(list, code)).toMatch(/^b:t:/);
});

describe("group: the E-tiket button's refusals are the tapper's toast", () => {
  it("someone outside the group taps it, or forges its data: the toast of an unknown code, nothing posted", async () => {
    h.emulator.kickMember(group.id, orang.id);
    const from = count();
    const unknown = await tapAs(orang, list.message_id, `b:s:mmbc:${RANDOM}`);
    expect(unknown).toEqual([{ text: expect.stringContaining("Kode booking tidak dikenal"), alert: true }]);
    expect(await tapAs(orang, list.message_id, dataOf(list, code))).toEqual(unknown);
    expect(await tapAs(orang, list.message_id, `b:t:mmbc:${RANDOM}`)).toEqual(unknown);
    // A member's forged code, too.
    expect(await tapAs(bayu, list.message_id, `b:t:mmbc:${RANDOM}`)).toEqual(unknown);
    expect(botMessages(from)).toEqual([]);
  });

  it("a member's tap on the group's own booking not issued yet: his toast says so (no command to run), nothing posted to the group", async () => {
    const from = count();
    expect(await tapAs(bayu, list.message_id, dataOf(list, code))).toEqual([{ text: `📄 ${code} belum issued, jadi belum ada e-tiket. E-tiket dikirim setelah booking di-issued.`, alert: true }]);
    expect(botMessages(from)).toEqual([]);
  });

  it("the same asked by typing (/etiket CODE): the answer replies to him, with how to issue it", async () => {
    const from = count();
    await new Agent(h, bayu, group).say(`/etiket@${h.emulator.botInfo.username} ${code}`);
    const said = botMessages(from);
    expect(said.map((m) => m.text)).toEqual([expect.stringContaining("Issued dulu")]);
    expect(said[0]!.reply_to_message_id).toBe(lastOf(bayu).message_id);
  });
});

describe("group: a typed refusal replies to the member's message", () => {
  it("/etiket with an unknown code", async () => {
    const B = new Agent(h, bayu, group);
    const from = count();
    await B.say(`/etiket@${h.emulator.botInfo.username} ${RANDOM}`);
    const said = botMessages(from);
    expect(said.map((m) => m.text)).toEqual([expect.stringContaining("Kode booking tidak dikenal")]);
    expect(said[0]!.reply_to_message_id).toBe(lastOf(bayu).message_id);
  });

  it("'batalin' with an unknown code (cancelling isn't done here): the refusal replies to her", async () => {
    const B = new Agent(h, bayu, group);
    const from = count();
    await B.say(`@${h.emulator.botInfo.username} batalin ${RANDOM}`);
    const said = botMessages(from);
    expect(said.map((m) => m.text)).toEqual([expect.stringContaining("Kode booking tidak dikenal")]);
    expect(said[0]!.reply_to_message_id).toBe(lastOf(bayu).message_id);
  });
});
