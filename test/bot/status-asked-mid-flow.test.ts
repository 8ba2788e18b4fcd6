import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { bookOne, pickFirstFlight } from "./journey-steps.js";

// "whats the status of ABC123", "status ABC123", "cek ABC123", "cek kode ABC123" typed while a question or
// the results list waits were read as that question's answer ("I can't read the date…", "Please choose
// with the buttons", the list's hint). They are answered as /cek ABC123 is (a code that isn't the chat's
// own gets the unknown-code answer) and the open question still takes its answer afterwards.

let h: Harness;
let open: Harness;
beforeAll(async () => {
  h = await startHarness();
  open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => {
  await h?.close();
  await open?.close();
});

let nextId = 47_700;
const privateAgent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const member = (harness: Harness, lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(harness, { id, first_name: "Rina", language_code: lang }, { id: -1_004_770_000 - id, type: "supergroup", title: "Agen Makmur" });
};
const since = (a: Agent) => a.h.emulator.chatMessages(a.chat.id).length;
/** What the agent is answered for `typed` (all the bot's messages to it). */
async function answerTo(a: Agent, typed: string, reply = false): Promise<string[]> {
  const n = since(a);
  if (reply) await a.reply(typed);
  else await a.say(typed);
  return a.botTexts(n);
}

/** A code booked in another chat: this chat may not see it, so it reads like an unknown one. */
let othersCode: string;
beforeAll(async () => {
  const other = privateAgent("id");
  othersCode = await bookOne(other, `/cari cgk dps ${futureDate(30).wire} 1`);
});

describe("private chat: at the date question", () => {
  it.each([
    ["en", "whats the status of CODE", "tomorrow", "How many passengers?"],
    ["en", "status CODE", "tomorrow", "How many passengers?"],
    ["id", "cek CODE", "besok", "Berapa penumpang?"],
    ["id", "cek kode CODE", "besok", "Berapa penumpang?"],
  ] as const)("%s: %j answers as /cek does (another chat's code: unknown), and the date is still taken", async (lang, words, date, next) => {
    const a = privateAgent(lang);
    const unknown = await answerTo(a, "/cek ZZZ999");
    await a.say(lang === "id" ? "/cari cgk dps" : "/search cgk dps");
    const asCommand = await answerTo(a, `/cek ${othersCode}`);
    expect(asCommand).toEqual(unknown);
    expect(await answerTo(a, words.replace("CODE", othersCode))).toEqual(asCommand);
    expect((await a.say(date))?.text).toContain(next);
  });

  it("id: the chat's own booking gets its status card, as /cek gives it", async () => {
    const a = privateAgent("id");
    const code = await bookOne(a, `/cari cgk dps ${futureDate(31).wire} 1`);
    await a.say("/cari cgk sub");
    const typed = await answerTo(a, `cek kode ${code}`);
    expect(typed.join("\n")).toContain(code);
    expect(typed).toEqual(await answerTo(a, `/cek ${code}`));
    expect((await a.say("besok"))?.text).toContain("Berapa penumpang?");
  });
});

describe("private chat: at the results list and the flight card", () => {
  it("en: 'status ABC123' at the list answers it; a number then opens that flight", async () => {
    const a = privateAgent("en");
    const unknown = await answerTo(a, "/cek ABC123");
    await a.say(`/search cgk dps ${futureDate(22).wire} 1`);
    expect(await answerTo(a, "status ABC123")).toEqual(unknown);
    expect((await a.say("2"))?.text).toContain("Seats left");
  });

  it("id: 'cek ABC123' at the flight card answers it; Lanjut then asks the passenger", async () => {
    const a = privateAgent("id");
    const unknown = await answerTo(a, "/cek ABC123");
    await a.say(`/cari cgk dps ${futureDate(23).wire} 1`);
    await pickFirstFlight(a);
    expect(await answerTo(a, "cek ABC123")).toEqual(unknown);
    expect((await a.tap("Lanjut"))?.text).toContain("Penumpang 1 dari 1");
  });
});

describe("groups", () => {
  it("privacy on: a reply 'cek ABC123' to the date question answers it; the next reply is the date", async () => {
    const rina = member(h, "id");
    const unknown = await answerTo(rina, "/cek ABC123");
    await rina.say("/cari cgk dps");
    expect(await answerTo(rina, "cek ABC123", true)).toEqual(unknown);
    expect((await answerTo(rina, "besok", true)).join("\n")).toContain("Berapa penumpang?");
  });

  it("privacy off: said to a colleague (no reply, no mention) it stays chatter; as a reply it is answered", async () => {
    const rina = member(open, "en");
    const unknown = await answerTo(rina, "/cek ABC123");
    await rina.say("/search cgk dps");
    expect(await answerTo(rina, "status ABC123")).toEqual([]);
    expect(await answerTo(rina, "status ABC123", true)).toEqual(unknown);
    expect((await answerTo(rina, "tomorrow", true)).join("\n")).toContain("How many passengers?");
  });
});
