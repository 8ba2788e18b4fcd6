import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// In a group where the bot reads every message (privacy mode off), a member answers her flow's questions with
// plain lines. Correcting such an answer by editing it ("Mr Budi Santosp" → "Mr Budi Santoso") used to get
// silence, and the typo was booked: she is told edits aren't read, as a reply's edit is. Her chatter edited,
// or a colleague's, stays unanswered.
let h: Harness;
beforeAll(async () => { h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", go: "Continue", name: "Passenger 1 of 1", edited: "✏️ Edits aren't read" },
  id: { search: "/cari", go: "Lanjut", name: "Penumpang 1 dari 1", edited: "✏️ Pesan yang diedit tidak dibaca" },
};

let nextId = 97_600;
function groupOf(lang: keyof typeof words) {
  const chat = { id: -1_009_760_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
  const ana = new Agent(h, { id: nextId++, first_name: "Ana", language_code: lang }, chat);
  const ben = new Agent(h, { id: nextId++, first_name: "Ben", language_code: lang }, chat);
  for (const a of [ana, ben]) h.emulator.addMember(chat.id, a.user.id);
  return { chat, ana, ben };
}
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;
const lastOf = (a: Agent) => h.emulator.chatMessages(a.chat.id).filter((m) => !m.fromBot && m.from.id === a.user.id).at(-1)!;

describe.each(["en", "id"] as const)("privacy mode off: an answer typed plainly, then edited (%s)", (lang) => {
  const w = words[lang];

  it("the edited name gets the edits hint replying to it; edited chatter, hers or a colleague's, gets nothing", async () => {
    const { chat, ana, ben } = groupOf(lang);
    const list = await ana.say(`${w.search} CGK SUB ${futureDate(57).wire} 1`);
    const flight = list!.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    await ana.say(flight);
    expect((await ana.tap(w.go))?.text).toContain(w.name);
    const next = await ana.say("Mr Budi Santosp");
    expect(next?.text).not.toContain(w.name);
    const answer = lastOf(ana);
    await ana.say("siang kak");
    const chatter = lastOf(ana);
    await ben.say("makan dulu");
    const bens = lastOf(ben);

    let from = count(ana);
    for (const [who, m, text] of [[ana, chatter, "siang kakak"], [ben, bens, "makan dulu ya"]] as const) {
      await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: who.user, messageId: m.message_id, text })!);
    }
    expect(ana.botTexts(from)).toEqual([]);

    from = count(ana);
    await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: ana.user, messageId: answer.message_id, text: "Mr Budi Santoso" })!);
    const hint = h.emulator.chatMessages(chat.id).slice(from).filter((m) => m.fromBot);
    expect(hint).toHaveLength(1);
    expect(hint[0]!.text).toContain(w.edited);
    expect(hint[0]!.reply_to_message_id).toBe(answer.message_id);
    expect(h.emulator.errors).toEqual([]);
  });
});
