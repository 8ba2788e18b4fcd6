import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

// A modified client can send any callback data on any message. Handlers that redraw the message tapped
// (the language prompt, a results list, settings panels, a reminder's keyboard) act only when it carries
// buttons of their own kind: a booking card or reminder is never replaced by a forged tap.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const group = { id: -1_004_780_100, type: "supergroup" as const, title: "Makmur Forged" };
const bos = { id: 47_801, first_name: "Bos", language_code: "id" };
const mira = { id: 47_802, first_name: "Mira", language_code: "id" };
const bayu = { id: 47_803, first_name: "Bayu", language_code: "id" };
const asing = { id: 47_899, first_name: "Asing", language_code: "en" };

const stored = (id: number) => h.emulator.chatMessages(group.id).find((m) => m.message_id === id)!;

async function forgeOn(who: { id: number; first_name: string }, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: who, messageId, data }));
  const calls = h.emulator.calls.slice(from);
  return { edits: calls.filter((c) => c.method.startsWith("edit")), toast: calls.find((c) => c.method === "answerCallbackQuery")?.payload.text };
}

describe("forged data on a colleague's booking card", () => {
  let card: number;
  let sid: string;
  beforeAll(async () => {
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    h.emulator.addMember(group.id, bayu.id);
    const code = await bookInGroup(new Agent(h, mira, group), "Mrs Mira Lestari", "CGK SUB", 40);
    card = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.includes(`Kode: ${code}`)).at(-1)!.message_id;
    const b = new Agent(h, bayu, group);
    await b.say(`/cari@${h.emulator.botInfo.username} CGK DPS ${futureDate(41).wire} 1`);
    sid = /r:([\w-]+):/.exec(JSON.stringify(b.lastForMe()!.reply_markup))![1]!;
  }, 60_000);

  it.each([
    ["a member", bayu, "lang:en", "Tombol ini sudah tidak aktif."],
    ["someone never in the group", asing, "lang:id", /Tombol ini sudah tidak aktif\.|This button is no longer active\./],
  ] as const)("%s sending lang: on it: the stale toast, the card as it was", async (_who, user, data, toast) => {
    const before = stored(card);
    const r = await forgeOn(user, card, data);
    expect(r.edits).toEqual([]);
    expect(r.toast).toMatch(toast);
    expect(stored(card).text).toBe(before.text);
    expect(stored(card).reply_markup).toEqual(before.reply_markup);
  });

  it("a member sending his own list's id on it: the card is not redrawn as his list", async () => {
    const before = stored(card);
    const r = await forgeOn(bayu, card, `r:${sid}:s:departure`);
    expect(r.edits).toEqual([]);
    expect(r.toast).toBe("Tombol ini sudah tidak aktif.");
    expect(stored(card).text).toBe(before.text);
  });

  it("an admin sending a settings button on it: nothing saved, the card as it was", async () => {
    const before = stored(card);
    const r = await forgeOn(bos, card, "st:rem:off");
    expect(r.edits).toEqual([]);
    expect(r.toast).toBe("Tombol ini sudah tidak aktif.");
    expect(stored(card).text).toBe(before.text);
    expect((await h.app.deps.chatSettings.get(group.id)).reminderOffsetsMs).not.toEqual([]);
  });

  it("the real prompts still work: /bahasa's own button, and the member's own list sorted", async () => {
    const b = new Agent(h, bayu, group);
    await b.say(`/bahasa@${h.emulator.botInfo.username}`);
    const prompt = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)!;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: bayu, messageId: prompt.message_id, data: `lang:id:${bayu.id}` }));
    expect(stored(prompt.message_id).text).toContain("Bahasa diganti");
    const list = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && JSON.stringify(m.reply_markup ?? {}).includes(`r:${sid}:`)).at(-1)!;
    const sort = list.reply_markup!.inline_keyboard.flat().flatMap((x) => ("callback_data" in x ? [x.callback_data] : [])).find((d) => d.startsWith(`r:${sid}:s:`))!;
    const from = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: bayu, messageId: list.message_id, data: sort }));
    expect(h.emulator.calls.slice(from).some((c) => c.method === "editMessageText" && c.ok)).toBe(true);
  });
});
