import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// A busy agent in December: holidays and spans at the date question, and "1/5" in English.
// The harness believes it is Thursday 3 December 2026, 10:00 in Jakarta; no test here searches.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => new Date("2026-12-03T03:00:00Z") });
});
afterAll(async () => {
  await h?.close();
});

let next = 0;
const agent = (lang: "id" | "en" = "id") => {
  const id = 33_100 + next++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const buttons = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];

describe("holidays at the date question and in the quick form", () => {
  it.each([
    ["id", "/cari cgk dps", "natal", "Rute CGK → DPS, Jum 25 Des."],
    ["id", "/cari cgk dps", "hari natal", "Rute CGK → DPS, Jum 25 Des."],
    ["en", "/search cgk dps", "christmas", "Route CGK → DPS, Fri 25 Dec."],
    ["id", "/cari cgk dps", "tahun baru", "Rute CGK → DPS, Jum 1 Jan 2027."],
    ["en", "/search cgk dps", "new year", "Route CGK → DPS, Fri 1 Jan 2027."],
    ["id", "/cari cgk dps", "malam tahun baru", "Rute CGK → DPS, Kam 31 Des."],
    ["en", "/search cgk dps", "new year's eve", "Route CGK → DPS, Thu 31 Dec."],
    ["en", "/search cgk dps", "the 5th", "Route CGK → DPS, Sat 5 Dec."],
  ] as const)("%s: %s, then %s", async (lang, command, typed, echo) => {
    const a = agent(lang);
    await a.say(command);
    expect((await a.say(typed))?.text).toContain(echo);
  });

  it.each([
    ["id", "/cari cgk dps natal", "Rute CGK → DPS, Jum 25 Des."],
    ["id", "/cari cgk dps tahun baru", "Rute CGK → DPS, Jum 1 Jan 2027."],
    ["en", "/search cgk dps new year's eve", "Route CGK → DPS, Thu 31 Dec."],
    ["en", "/search cgk dps the 5th", "Route CGK → DPS, Sat 5 Dec."],
  ] as const)("%s quick form: %s", async (lang, command, echo) => {
    const a = agent(lang);
    expect((await a.say(command))?.text).toContain(echo);
  });
});

describe("spans are said back with their days to tap, never guessed", () => {
  it("id: akhir bulan at the question: the last week's days as buttons; a tap takes one", async () => {
    const a = agent();
    await a.say("/cari cgk dps");
    const q = await a.say("akhir bulan");
    expect(q?.text).toContain("\"akhir bulan\" = Jum 25 Des – Kam 31 Des. Hari apa tepatnya?");
    expect(buttons(a).slice(0, 7)).toEqual(["✅ Jum 25 Des", "✅ Sab 26 Des", "✅ Min 27 Des", "✅ Sen 28 Des", "✅ Sel 29 Des", "✅ Rab 30 Des", "✅ Kam 31 Des"]);
    await a.tap("✅ Sel 29 Des");
    expect(a.last()?.text).toContain("Rute CGK → DPS, Sel 29 Des.");
  });

  it("en: awal bulan depan in the quick form opens on January's first week", async () => {
    const a = agent("en");
    const q = await a.say("/search cgk dps awal bulan depan 2");
    expect(q?.text).toContain("\"awal bulan depan\" is Fri 1 Jan 2027 – Thu 7 Jan 2027. Which day exactly?");
    expect(buttons(a)).toContain("✅ Thu 7 Jan 2027");
    expect(buttons(a)).toContain("January 2027");
  });

  it("en: next week and end of month are asked the same way", async () => {
    const a = agent("en");
    await a.say("/search cgk dps");
    expect((await a.say("next week"))?.text).toContain("\"next week\" is Mon 7 Dec – Sun 13 Dec. Which day exactly?");
    expect((await a.say("end of month"))?.text).toContain("\"end of month\" is Fri 25 Dec – Thu 31 Dec.");
    await a.tap("✅ Thu 31 Dec");
    expect(a.last()?.text).toContain("Route CGK → DPS, Thu 31 Dec.");
  });
});

describe("a slash date that reads both ways", () => {
  it("en: 1/5 asks 1 May or 5 Jan, with both as taps", async () => {
    const a = agent("en");
    const q = await a.say("/search cgk dps 1/5");
    expect(q?.text).toContain("\"1/5\": Sat 1 May 2027 (day/month) or Tue 5 Jan 2027 (month/day)?");
    expect(buttons(a).slice(0, 2)).toEqual(["✅ Sat 1 May 2027", "✅ Tue 5 Jan 2027"]);
    await a.tap("✅ Tue 5 Jan 2027");
    expect(a.last()?.text).toContain("Route CGK → DPS, Tue 5 Jan 2027.");
  });

  it("en: typed at the question too; 25/12 is not asked", async () => {
    const a = agent("en");
    await a.say("/search cgk dps");
    expect((await a.say("05/01/2027"))?.text).toContain("(day/month) or");
    expect((await a.say("25/12"))?.text).toContain("Route CGK → DPS, Fri 25 Dec.");
  });

  it("id: day/month, silently", async () => {
    const a = agent();
    expect((await a.say("/cari cgk dps 1/5"))?.text).toContain("Rute CGK → DPS, Sab 1 Mei 2027.");
    const b = agent();
    expect((await b.say("/cari cgk dps 05/01/2027"))?.text).toContain("Rute CGK → DPS, Sel 5 Jan 2027.");
  });
});

describe("date choices of an earlier search", () => {
  it("a date button on an older question, tapped at a newer search's date question, is stale and picks nothing", async () => {
    const a = agent("id");
    await a.say("/cari cgk dps akhir bulan untuk 3");
    const old = a.last()!;
    const choice = old.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("c:d:")) as { callback_data: string };
    await a.say("/cari cgk sub");
    const asked = a.last()?.text;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: old.message_id, data: choice.callback_data }));
    expect(h.emulator.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload.text).toContain("sudah tidak aktif");
    expect(a.last()?.text).toBe(asked);
    // The newer question's own answer still works.
    expect((await a.say("natal"))?.text).toContain("Rute CGK → SUB, Jum 25 Des.");
  });
});
