import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A phone capitalises the first letter ("/Search"), caps lock does the rest ("/CARI"): the bot's
 * commands are read in any case, by the command handlers and by an open flow alike, the arguments as
 * typed. And "help", "bantuan" or "menu" typed without the slash, outside any question, is the help.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const SAYS = {
  en: {
    search: "/Search", searchCaps: "/SEARCH", status: "/Status", help: "/Help", cancel: "/Cancel",
    origin: "Where from?", unknown: "doesn't know that booking code", helpText: "Flight booking assistant", words: ["help", "Help", "MENU", "menu 🙏", "help!"],
    cancelled: "Cancelled", destination: "to where?",
  },
  id: {
    search: "/Cari", searchCaps: "/CARI", status: "/Cek", help: "/Bantuan", cancel: "/Batal",
    origin: "Berangkat dari mana", unknown: "Kode booking tidak dikenal", helpText: "Asisten booking tiket pesawat", words: ["bantuan", "Bantuan", "MENU", "menu 🙏", "help"],
    cancelled: "Dibatalkan", destination: "ke mana?",
  },
} as const;

let n = 0;
const agentFor = (lang: "id" | "en") => {
  const id = 958_300 + ++n * 10 + (lang === "en" ? 1 : 2);
  return new Agent(h, { id, first_name: "Claire", language_code: lang }, { id, type: "private" });
};

describe.each(["en", "id"] as const)("commands in any case (%s)", (lang) => {
  const s = SAYS[lang];

  it("/Balance (/Saldo) in capitals: the deposit, worded as the digest words it", async () => {
    const a = agentFor(lang);
    const text = (await a.say(lang === "en" ? "/Balance" : "/Saldo"))?.text;
    expect(text).toMatch(lang === "en" ? /^💰 MMBC deposit: Rp [\d.]+ \(sandbox\)$/ : /^💰 Saldo deposit MMBC: Rp [\d.]+ \(sandbox\)$/);
  });

  it("a capitalised or shouted search command opens the search", async () => {
    const a = agentFor(lang);
    expect((await a.say(s.search))?.text).toContain(s.origin);
    expect((await a.say(s.cancel))?.text).toContain(s.cancelled);
    expect((await a.say(s.searchCaps))?.text).toContain(s.origin);
  });

  it("the quick form in capitals keeps its arguments", async () => {
    const a = agentFor(lang);
    await a.say(`${s.searchCaps} CGK SUB ${futureDate(24).wire} 1`);
    expect(a.last()?.text).toContain("CGK → SUB");
  });

  it("a command with its code, capitalised: the code's answer, and the wait for a code ends", async () => {
    const a = agentFor(lang);
    await a.say(s.status.toLowerCase());
    expect((await a.say(`${s.status} ZZXQWV`))?.text).toContain(s.unknown);
    expect(await h.app.redis.exists(h.app.keys.awaitedCode(a.chat.id, a.user.id))).toBe(0);
  });

  it("a capitalised /help while a question waits: the help, then the question again, still answered", async () => {
    const a = agentFor(lang);
    await a.say(s.search);
    const from = h.emulator.chatMessages(a.chat.id).length;
    await a.say(s.help);
    const texts = a.botTexts(from).join("\n");
    expect(texts).toContain(s.helpText);
    expect(texts).toContain(s.origin);
    expect((await a.say("CGK"))?.text).toContain(s.destination);
  });

  it("help words typed alone, outside any question, get the help", async () => {
    const a = agentFor(lang);
    for (const word of s.words) expect((await a.say(word))?.text, word).toContain(s.helpText);
  });

  it("at an open question a help word stays the question's to read: no help pushed in", async () => {
    const a = agentFor(lang);
    await a.say(s.search);
    const from = h.emulator.chatMessages(a.chat.id).length;
    await a.say(s.words[0]);
    expect(a.botTexts(from).join("\n")).not.toContain(s.helpText);
  });
});

describe("in a group", () => {
  it.each([
    ["en", "Claire", "Ani", "/Search", "This list is Claire's search. Start your own with /search."],
    ["id", "Bayu", "Ani", "/CARI", "Daftar ini hasil pencarian Bayu. Mulai pencarian sendiri dengan /cari."],
  ] as const)("(%s) a colleague's tap on a results list started with a capitalised command: the toast says whose search it is", async (lang, owner, colleague, command, toast) => {
    const group = { id: -1_003_958_310 - (lang === "en" ? 1 : 2), type: "group" as const, title: "Cahaya Tour" };
    const searcher = new Agent(h, { id: 958_381 + (lang === "en" ? 0 : 2), first_name: owner, language_code: lang }, group);
    const other = new Agent(h, { id: 958_382 + (lang === "en" ? 0 : 2), first_name: colleague, language_code: lang }, group);
    h.emulator.addMember(group.id, other.user.id);
    await searcher.say(`${command}@${h.emulator.botInfo.username} cgk sub ${futureDate(23).wire} 1`);
    const list = searcher.lastForMe()!;
    expect(list.text).toContain("CGK → SUB");
    const data = list.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data.startsWith("r:") ? [b.callback_data] : []))[0]!;
    const from = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: other.user, messageId: list.message_id, data }));
    const answers = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text);
    expect(answers).toEqual([toast]);
  });

  it("a capitalised command addressed to the bot keeps its @name and works; another bot's command is left alone", async () => {
    const group = { id: -1_003_958_300, type: "group" as const, title: "Claire Travel" };
    const a = new Agent(h, { id: 958_399, first_name: "Claire", language_code: "en" }, group);
    const bot = h.emulator.botInfo.username;
    await a.say(`/Search@${bot}`);
    expect(a.lastForMe()?.text).toContain("Where from?");
    await a.say(`/Cancel@${bot}`);
    expect(a.last()?.text).toBe("Claire's search cancelled.");
    const count = h.emulator.chatMessages(group.id).length;
    await a.say("/Search@SomeOtherBot");
    expect(h.emulator.chatMessages(group.id).length).toBe(count + 1);
  });
});
