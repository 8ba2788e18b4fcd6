import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInOpenGroup, bookOne } from "./journey-steps.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// A return typed with the search ("pulang 24-12", "pp 24") was only told to be searched separately: once the
// outbound was booked nothing offered it, and "skrg pulangnya" got "Ketik /cari untuk mencari penerbangan…".
// Now the booking card carries "🔁 Cari pulang DPS → CGK …" (and "pulangnya" does the same) for the same party.
let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });

let nextId = 36_700;
let day = 41;
const agentOf = (lang: "id" | "en" = "id") => { const id = (nextId += 3); return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" }); };
const count = (a: Agent) => a.h.emulator.chatMessages(a.chat.id).length;
const since = (a: Agent, from: number) => a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
const returnButton = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat().find((b) => b.text.startsWith("🔁")) as { text: string; callback_data: string } | undefined;

describe("the return typed with the search, after the outbound is booked", () => {
  const bookWithReturn = async (a: Agent, command = "/cari", word = "pulang", names = ["Mr Budi Santoso", "Mrs Ani Santoso"]) => {
    const out = futureDate(day);
    const back = futureDate((day += 6) - 2);
    await bookOne(a, `${command} CGK DPS ${out.wire} ${word} ${back.wire} ${names.length}`, names);
  };

  it("the booking card offers '🔁 Cari pulang DPS → CGK …', which searches it for the party booked", async () => {
    const a = agentOf();
    await bookWithReturn(a);
    const button = returnButton(a);
    expect(button?.text).toMatch(/^🔁 Cari pulang DPS → CGK /);
    const n = count(a);
    await a.tap({ data: button!.callback_data });
    expect(since(a, n)).toMatch(/DPS → CGK · [^\n]* · 2 penumpang/);
  });

  it.each(["skrg pulangnya", "pulangnya"])("'%s' typed after the booking does the same", async (typed) => {
    const a = agentOf();
    await bookWithReturn(a, "/cari", "pp");
    const n = count(a);
    await a.say(typed);
    expect(since(a, n)).toMatch(/DPS → CGK · [^\n]* · 2 penumpang/);
    expect(since(a, n)).not.toContain("Ketik /cari untuk mencari penerbangan");
  });

  it.each(["now the return", "return flight"])("in English: '🔁 Search the return DPS → CGK …', and '%s'", async (typed) => {
    const a = agentOf("en");
    await bookWithReturn(a, "/search", "return", ["Mr Budi Santoso"]);
    expect(returnButton(a)?.text).toMatch(/^🔁 Search the return DPS → CGK /);
    const n = count(a);
    await a.say(typed);
    expect(since(a, n)).toMatch(/DPS → CGK · [^\n]* · 1 pax/);
  });

  it("no return typed: no button; someone else's tap with the same data gets what an expired button gets", async () => {
    const a = agentOf();
    await bookOne(a, `/cari CGK DPS ${futureDate(day++).wire} 1`);
    expect(returnButton(a)).toBeUndefined();
    const b = agentOf();
    const out = futureDate(day);
    await bookOne(b, `/cari CGK DPS ${out.wire} pulang ${futureDate((day += 6) - 2).wire} 1`);
    const card = b.last()!;
    const data = returnButton(b)!.callback_data;
    // Another person's tap on b's card (forged into b's chat): nothing searched.
    const n = count(b);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: b.chat, from: a.user, messageId: card.message_id, data }));
    expect(since(b, n)).not.toContain("DPS → CGK");
    // b's own tap searches it.
    await b.tap({ data });
    expect(since(b, n)).toContain("DPS → CGK");
  });
});

describe("in a group, only the member who searched", () => {
  it("another member's tap on the card gets the expired-button answer, and their 'pulangnya' searches nothing; the member's own tap searches the return", async () => {
    // Privacy mode off: the agent answers without replying to each question.
    const emulator = await startTelegramEmulator({ privacyMode: false });
    const g = await startHarness({ emulator });
    try {
      const chat = { id: -100_936_781, type: "supergroup" as const, title: "Maju Travel" };
      const ana = new Agent(g, { id: 936_781, first_name: "Ana", language_code: "id" }, chat);
      const ben = new Agent(g, { id: 936_782, first_name: "Ben", language_code: "id" }, chat);
      g.emulator.addMember(chat.id, ana.user.id);
      g.emulator.addMember(chat.id, ben.user.id);
      await bookInOpenGroup(ben, `/cari CGK DPS ${futureDate(day).wire} pulang ${futureDate((day += 6) - 2).wire} 1`);
      const card = g.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => b.text.startsWith("🔁"))).at(-1)!;
      const data = (card.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith("🔁")) as { callback_data: string }).callback_data;
      const n = g.emulator.chatMessages(chat.id).length;
      const calls = g.emulator.calls.length;
      await g.app.bot.handleUpdate(g.emulator.clickButton({ chat, from: ana.user, messageId: card.message_id, data }));
      const toasts = g.emulator.calls.slice(calls).filter((c) => c.method === "answerCallbackQuery").map((c) => (c.payload as { text?: string }).text);
      expect(toasts).toEqual(["Tombol ini sudah tidak aktif."]);
      await ana.say("pulangnya");
      const said = () => g.emulator.chatMessages(chat.id).slice(n).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
      expect(said()).not.toContain("DPS → CGK");
      await ben.tap({ data });
      expect(said()).toMatch(/DPS → CGK · [^\n]* · 1 penumpang/);
    } finally {
      await g.close();
      await emulator.close();
    }
  });
});
