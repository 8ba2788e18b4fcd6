import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, forge } from "../security/helpers.js";
import { bookingJobIds, fire } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";

/**
 * In an agency group a booking's buttons are tapped by many: a refusal of a tap goes to the tapper
 * alone (a toast), never into the group's chat where it would sit under a real booking addressed to
 * nobody ("🔒 you may not issue…", read by the booking's owner as meant for her). Someone outside the
 * group, or forged data, makes the bot post nothing there: they get the toast an unknown code gets.
 * A typed request's refusal replies to the member's own message.
 */
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => { h = await startHarness({ env: { REMINDER_OFFSETS: OFFSETS } }); });
afterAll(async () => { await h?.close(); });

const RANDOM = "ZQ9XK7";
const group = { id: -1_003_660_100, type: "group" as const, title: "Makmur Tour" };
const bos = { id: 36_601, first_name: "Bos", language_code: "id" };
const ani = { id: 36_602, first_name: "Ani", language_code: "id" };
const bayu = { id: 36_603, first_name: "Bayu", language_code: "id" };
const orang = { id: 36_699, first_name: "Orang", language_code: "id" };

const botMessages = (from: number) => h.emulator.chatMessages(group.id).slice(from).filter((m) => m.fromBot);
const count = () => h.emulator.chatMessages(group.id).length;

/** Taps `data` on the message as `who`; returns the callback answers (text and alert flag) the tap got. */
async function tapAs(who: typeof ani, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: who, messageId, data }));
  return h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text as string | undefined, alert: c.payload.show_alert as boolean | undefined }));
}

const dataOf = (m: StoredMessage, label: string) =>
  m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.text.includes(label) ? [b.callback_data] : []))[0]!;

let code = "";
let card: Awaited<ReturnType<Agent["lastForMe"]>>;

beforeAll(async () => {
  h.emulator.setChatAdministrators(group.id, [bos.id]);
  h.emulator.addMember(group.id, bayu.id);
  const A = new Agent(h, ani, group);
  code = await bookInGroup(A, "Mrs Ani Lestari", "CGK SUB", 40);
  card = A.lastForMe();
  expect(card?.text).toContain(`Kode: ${code}`);
});

describe("group: a refused tap is the tapper's toast", () => {
  it("a member who may not spend taps 💳 Issue on a colleague's card: the refusal names her, replying to the card, with 🙋 to ask those who may", async () => {
    // Not addressed to nobody: it names the member, and its button asks the issuers for her (issue-ask.test.ts).
    const from = count();
    const answers = await tapAs(bayu, card!.message_id, dataOf(card!, "Issued"));
    expect(answers).toEqual([{ text: undefined, alert: undefined }]);
    const said = botMessages(from);
    expect(said.map((m) => m.text)).toEqual(["Bayu:\n🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: admin grup ini."]);
    expect(said[0]!.reply_to_message_id).toBe(card!.message_id);
    expect(said[0]!.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["🙋 Minta issued ke admin"]);
  });

  it("the same member typing /issued gets the refusal as a reply to her message", async () => {
    const B = new Agent(h, bayu, group);
    const from = count();
    await B.say(`/issued@${h.emulator.botInfo.username} ${code}`);
    const asked = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === bayu.id).at(-1)!;
    const said = botMessages(from);
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toContain("tidak berhak issued");
    expect(said[0]!.reply_to_message_id).toBe(asked.message_id);
    // An unknown code typed by her: the same, addressed to her.
    const before = count();
    await B.say(`/cek@${h.emulator.botInfo.username} ${RANDOM}`);
    const unknown = botMessages(before);
    expect(unknown.map((m) => m.text)).toEqual([expect.stringContaining("Kode booking tidak dikenal")]);
    expect(unknown[0]!.reply_to_message_id).toBe(h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === bayu.id).at(-1)!.message_id);
  });

  it("a member's Status tap still posts the card for the group", async () => {
    const from = count();
    expect(await tapAs(bayu, card!.message_id, dataOf(card!, "Status"))).toEqual([{ text: undefined, alert: undefined }]);
    expect(botMessages(from).map((m) => m.text)).toEqual([expect.stringContaining(`${code} — ⏳ menunggu pembayaran`)]);
  });

  it("someone outside the group taps Status on the reminder or forges 📤: toasts of an unknown code, nothing posted", async () => {
    const from = count();
    await fire(h, bookingJobIds(code, parseOffsets(OFFSETS)!).reminders[0]!);
    const reminder = await h.emulator.waitFor(() => botMessages(from).find((m) => m.text?.includes("belum issued")));
    h.emulator.kickMember(group.id, orang.id);
    const O = new Agent(h, orang, group);
    const after = count();
    const status = await tapAs(orang, reminder.message_id, dataOf(reminder, "Status"));
    const issue = await tapAs(orang, reminder.message_id, dataOf(reminder, "Issued"));
    const forged = await forge(O, `cust:b:mmbc:${code}`);
    const made = await forge(O, `cust:b:mmbc:${RANDOM}`);
    expect(status).toEqual([{ text: expect.stringContaining("Kode booking tidak dikenal"), alert: true }]);
    expect(issue).toEqual(status);
    expect(forged).toEqual({ toast: status[0]!.text, reply: undefined });
    expect(made).toEqual(forged);
    // Exactly what a made-up code's Status gets.
    expect(await tapAs(orang, reminder.message_id, `b:s:mmbc:${RANDOM}`)).toEqual(status);
    expect(botMessages(after)).toEqual([]);
  });
});
