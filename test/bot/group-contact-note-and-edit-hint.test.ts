import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * Two group messages of a flow that must read as a member's own and keep what is personal out of the group:
 * - the contact noted from an answer (typed, or a photo's caption, which the bot promised not to repeat) is
 *   said noted without its e-mail or phone; the summary before booking is where it is checked;
 * - the "edits aren't read" hint replies to the edited message, like every other message of the flow.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "mmbc" }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", continue: "Continue", noted: "📇 Contact noted for this booking. You'll check it on the summary before booking.", notRepeated: "(not repeated in the group)", edits: "✏️ Edits aren't read" },
  id: { search: "/cari", continue: "Lanjut", noted: "📇 Kontak dicatat untuk booking ini. Nanti dicek lagi di ringkasan sebelum booking.", notRepeated: "(isinya tidak saya ulang di grup)", edits: "✏️ Pesan yang diedit tidak dibaca" },
} as const;

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

function member(lang: keyof typeof words) {
  n++;
  const chat = { id: -1_007_130_000 - n, type: "supergroup" as const, title: "Maju Travel" };
  const ana = new Agent(h, { id: 71_500 + n, first_name: "Ana", language_code: lang }, chat);
  h.emulator.addMember(chat.id, ana.user.id);
  return ana;
}

/** To the 🔒 private-details prompt of a flight that asks personal details (the first flight of the list). */
async function toPrivatePrompt(ana: Agent, lang: keyof typeof words) {
  const list = (await ana.say(`${words[lang].search}${bot()} CGK DPS ${futureDate(43).wire} 1`))!;
  const b = list.reply_markup!.inline_keyboard.flat().find((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { callback_data: string };
  await ana.tap({ data: b.callback_data });
  await ana.tap(words[lang].continue);
  const prompt = await ana.reply(lang === "id" ? "Tn Budi Santoso" : "Mr Budi Santoso");
  expect(prompt?.text).toContain("🔒");
  return prompt!;
}

describe.each(["en", "id"] as const)("group flow: contact note and edit hint (%s)", (lang) => {
  const w = words[lang];

  it("a photo captioned with the e-mail at the 🔒 prompt: the caption is not repeated, the contact is said noted without it", async () => {
    const ana = member(lang);
    const prompt = await toPrivatePrompt(ana, lang);
    const from = count(ana);
    await h.app.bot.handleUpdate(h.emulator.sendMedia({ chat: ana.chat, from: ana.user, kind: "photo", caption: "ana@example.com", replyToMessageId: prompt.message_id })!);
    const texts = ana.botTexts(from);
    expect(texts[0]).toContain(w.notRepeated);
    expect(texts[1]).toContain(w.noted);
    expect(texts.join("\n")).not.toContain("ana@example.com");
  });

  it("an e-mail and phone typed at the 🔒 prompt: noted, neither repeated in the group", async () => {
    const ana = member(lang);
    await toPrivatePrompt(ana, lang);
    const from = count(ana);
    await ana.reply("ana@example.com 081234567890");
    const texts = ana.botTexts(from).join("\n");
    expect(texts).toContain(w.noted);
    expect(texts).not.toContain("ana@example.com");
    expect(texts).not.toMatch(/0812/);
  });

  it("an edited answer in a group flow: the hint replies to the edited message", async () => {
    const ana = member(lang);
    await ana.say(`${w.search}${bot()}`);
    const q = ana.lastForMe()!;
    await h.app.bot.handleUpdate(h.emulator.sendText({ chat: ana.chat, from: ana.user, text: "SUBB", replyToMessageId: q.message_id })!);
    const mine = h.emulator.chatMessages(ana.chat.id).filter((m) => !m.fromBot).at(-1)!;
    await h.app.bot.handleUpdate(h.emulator.editText({ chat: ana.chat, from: ana.user, messageId: mine.message_id, text: "SUB" })!);
    const hint = h.emulator.lastBotMessage(ana.chat.id)!;
    expect(hint.text).toContain(w.edits);
    expect(hint.reply_to_message_id).toBe(mine.message_id);
    expect(h.emulator.errors).toEqual([]);
  });
});
