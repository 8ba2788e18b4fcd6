import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A person whose Telegram sends no language_code and writes clearly in English is answered in English, and
 * that is remembered for her (as /language remembers it): her /help next is English too. A /language choice,
 * a group's language, Indonesian words or no signal keep what they give (the default: Indonesian).
 */
let h: Harness;
const U = () => h.emulator.botInfo.username;
const ASK = "hi, I need a flight from jakarta to bali tomorrow for 2 adults";
const EN_AIRPORT = "🛫 Jakarta has more than one airport.";
const ID_AIRPORT = "🛫 Jakarta punya lebih dari satu bandara.";

beforeAll(async () => { h = await startHarness(); }, 90_000);
afterAll(async () => { await h?.close(); });

function botSaid(chatId: number, from: number): string[] {
  return h.emulator.chatMessages(chatId).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "");
}

async function ask(agent: Agent, text: string): Promise<string[]> {
  const from = h.emulator.chatMessages(agent.chat.id).length;
  await agent.say(text);
  return botSaid(agent.chat.id, from);
}

describe("no language_code: the language of what she writes", () => {
  it("in a group (no group language): English answers, and /help in English afterwards", async () => {
    const olivia = { id: 68_101, first_name: "Olivia" };
    const chat = { id: -100_681_001, type: "supergroup" as const, title: "Agen Bahasa" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(chat, olivia));
    const agent = new Agent(h, olivia, chat);
    expect((await ask(agent, `@${U()} ${ASK}`)).join("\n")).toContain(EN_AIRPORT);
    await agent.say(`/cancel@${U()}`);
    expect((await ask(agent, `/help@${U()}`)).join("\n")).toContain("Flight booking assistant");
  });

  it("in a private chat: English answers, and /help in English afterwards", async () => {
    const ben = { id: 68_102, first_name: "Ben" };
    const agent = new Agent(h, ben, { id: ben.id, type: "private" });
    expect((await ask(agent, ASK)).join("\n")).toContain(EN_AIRPORT);
    await agent.say("/cancel");
    expect((await ask(agent, "/help")).join("\n")).toContain("Flight booking assistant");
  });

  it("Indonesian words, or no signal, keep Indonesian (nothing remembered)", async () => {
    const budi = { id: 68_103, first_name: "Budi" };
    const agent = new Agent(h, budi, { id: budi.id, type: "private" });
    expect((await ask(agent, "/help")).join("\n")).toContain("Asisten booking tiket pesawat");
    expect((await ask(agent, "saya mau flight dari jakarta ke bali besok 2 dewasa")).join("\n")).toContain(ID_AIRPORT);
    await agent.say("/batal");
    expect((await ask(agent, "/help")).join("\n")).toContain("Asisten booking tiket pesawat");
  });

  it("a /language choice of Indonesian is kept, whatever she writes", async () => {
    const sari = { id: 68_104, first_name: "Sari" };
    const agent = new Agent(h, sari, { id: sari.id, type: "private" });
    await agent.say("/language");
    await agent.tap("🇮🇩 Bahasa Indonesia");
    expect((await ask(agent, ASK)).join("\n")).toContain(ID_AIRPORT);
    await agent.say("/batal");
    expect((await ask(agent, "/help")).join("\n")).toContain("Asisten booking tiket pesawat");
  });

  it("a group whose language is Indonesian answers in Indonesian", async () => {
    const tom = { id: 68_105, first_name: "Tom" };
    const chat = { id: -100_681_005, type: "supergroup" as const, title: "Agen Indo" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(chat, tom));
    await h.app.deps.chatSettings.update(chat.id, (s) => ({ ...s, locale: "id" }));
    const agent = new Agent(h, tom, chat);
    expect((await ask(agent, `@${U()} ${ASK}`)).join("\n")).toContain(ID_AIRPORT);
  });
});
