import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * /cancel in a group where several members have a flow open: the answer replies to the member who sent it
 * and names whose flow ended, so the colleague whose flow goes on can tell hers survived. "Nothing to cancel"
 * replies to the sender too. A private chat keeps its short answers.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "mmbc" }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", cancel: "/cancel", cancelled: "Ben's search cancelled.", nothing: "Nothing to cancel for Ana.", plain: "Cancelled.", plainNothing: "Nothing to cancel." },
  id: { search: "/cari", cancel: "/batal", cancelled: "Pencarian Ben dibatalkan.", nothing: "Tidak ada yang perlu dibatalkan untuk Ana.", plain: "Dibatalkan.", plainNothing: "Tidak ada yang perlu dibatalkan." },
} as const;

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;

function group(lang: keyof typeof words, forum = false) {
  n++;
  const chat = { id: -1_007_120_000 - n, type: "supergroup" as const, title: "Maju Travel" };
  const thread = forum ? h.emulator.createForumTopic(chat, "Booking") : undefined;
  const ana = new Agent(h, { id: 71_200 + n, first_name: "Ana", language_code: lang }, chat, thread);
  const ben = new Agent(h, { id: 71_300 + n, first_name: "Ben", language_code: lang }, chat, thread);
  h.emulator.addMember(chat.id, ana.user.id);
  h.emulator.addMember(chat.id, ben.user.id);
  return { chat, ana, ben, thread };
}

/** The sendMessage payloads the bot made while `act` ran. */
async function sentBy(act: () => Promise<unknown>) {
  const from = h.emulator.calls.length;
  await act();
  return h.emulator.calls.slice(from).filter((c) => c.method === "sendMessage").map((c) => c.payload as { text: string; reply_parameters?: { message_id: number }; message_thread_id?: number });
}

const lastMine = (a: Agent) => h.emulator.chatMessages(a.chat.id).filter((m) => !m.fromBot && m.from.id === a.user.id).at(-1)!;

describe.each(["en", "id"] as const)("group /cancel names whose flow ended (%s)", (lang) => {
  const w = words[lang];

  it("Ben cancels at 'Where from?' while Ana's list is open: a reply to Ben naming him; Ana's list stays", async () => {
    const { ana, ben } = group(lang);
    const list = (await ana.say(`${w.search}${bot()} CGK DPS ${futureDate(44).wire} 2`))!;
    await ben.say(`${w.search}${bot()}`);
    const sent = await sentBy(() => ben.say(`${w.cancel}${bot()}`));
    expect(sent).toEqual([expect.objectContaining({ text: w.cancelled })]);
    expect(sent[0]!.reply_parameters?.message_id).toBe(lastMine(ben).message_id);
    // Ana's list still takes her pick.
    await ana.say("1", list.message_id);
    expect(ana.lastForMe()?.text).toMatch(/Seats left|Sisa kursi/);
  });

  it("nothing to cancel: a reply to the sender, naming her", async () => {
    const { ana } = group(lang);
    const sent = await sentBy(() => ana.say(`${w.cancel}${bot()}`));
    expect(sent).toEqual([expect.objectContaining({ text: w.nothing })]);
    expect(sent[0]!.reply_parameters?.message_id).toBe(lastMine(ana).message_id);
  });

  it("in a forum topic: the answer stays in the topic and replies to the sender", async () => {
    const { ana, ben, thread } = group(lang, true);
    await ben.say(`${w.search}${bot()}`);
    let sent = await sentBy(() => ben.say(`${w.cancel}${bot()}`));
    expect(sent).toEqual([expect.objectContaining({ text: w.cancelled, message_thread_id: thread })]);
    expect(sent[0]!.reply_parameters?.message_id).toBe(lastMine(ben).message_id);
    sent = await sentBy(() => ana.say(`${w.cancel}${bot()}`));
    expect(sent).toEqual([expect.objectContaining({ text: w.nothing, message_thread_id: thread })]);
    expect(sent[0]!.reply_parameters?.message_id).toBe(lastMine(ana).message_id);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a private chat keeps the short answers", async () => {
    n++;
    const me = new Agent(h, { id: 71_400 + n, first_name: "Ana", language_code: lang }, { id: 71_400 + n, type: "private" });
    await me.say(w.search);
    expect((await me.say(w.cancel))?.text).toBe(w.plain);
    expect((await me.say(w.cancel))?.text).toBe(w.plainNothing);
  });
});
