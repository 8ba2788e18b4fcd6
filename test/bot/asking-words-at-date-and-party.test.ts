import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// Inside the flow a hurried agent wraps her answer in asking words: "need 2", "2 pax pls", "just me" at
// the party question, "tmr pls", "need it on 5 jan", "besok aja" at the date question. They were told the
// answer can't be read; now the answer inside is taken when it is all there is. Only that: "need 2" at
// the date question is no day of the month.

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
let nextId = 47_500;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const RESULTS = /penerbangan \(dari|flights? \(of/;

describe("at the party question", () => {
  it.each([
    ["en", "need 2", "2 pax"], ["en", "2 pax pls", "2 pax"], ["en", "for 2 adults please", "2 pax"], ["en", "just me", "1 pax"],
    ["id", "tolong 3 org ya kak", "3 penumpang"], ["id", "2 orang aja dong", "2 penumpang"],
    // Read before, and still: the party's own words ("aja", "buat", "sendiri").
    ["id", "2 orang aja", "2 penumpang"], ["id", "buat 2 org", "2 penumpang"], ["id", "sendiri", "1 penumpang"],
  ] as const)("%s: %j searches %s", async (lang, typed, party) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps besok" : "/search cgk dps tomorrow");
    const results = (await a.say(typed))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(` · ${party}`);
  });

  it("en: words that are no party are still asked about, saying what was typed", async () => {
    const a = agent("en");
    await a.say("/search cgk dps tomorrow");
    expect((await a.say("need to check with the boss"))?.text).toContain("I can't read \"need to check with the boss\" as a party");
  });
});

describe("at the date question", () => {
  it.each([
    ["en", "tmr pls", /Route CGK → DPS, \w+ \d+ \w+/], ["en", "need it on 5 jan", /Route CGK → DPS, \w+ 5 Jan/], ["id", "besok aja", /Rute CGK → DPS, \w+ \d+ \w+/],
  ] as const)("%s: %j is the date, the party asked next", async (lang, typed, echo) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps" : "/search cgk dps");
    const party = (await a.say(typed))?.text ?? "";
    expect(party).toMatch(echo);
    expect(party).toMatch(/How many passengers|Berapa penumpang/);
  });

  it("en: 'tmr pls' is the same day as 'tomorrow'", async () => {
    const [a, b] = [agent("en"), agent("en")];
    await a.say("/search cgk dps");
    await b.say("/search cgk dps");
    expect((await a.say("tmr pls"))?.text).toBe((await b.say("tomorrow"))?.text);
  });

  it("en: 'need 2' there is not the 2nd of the month: the date is asked again", async () => {
    const a = agent("en");
    await a.say("/search cgk dps");
    const r = (await a.say("need 2"))?.text ?? "";
    expect(r).toContain("I can't read the date \"need 2\"");
    expect(r).not.toMatch(/How many passengers/);
  });
});

describe("a group where the bot reads every message (privacy mode off)", () => {
  it("'besok aja' and 'just me' said to a colleague (no reply, no mention) move nothing; as replies to the bot they are taken", async () => {
    const id = nextId++;
    const rina = new Agent(open, { id, first_name: "Rina", language_code: "id" }, { id: -1_004_750_000 - id, type: "supergroup", title: "Agen Makmur" });
    const bot = () => open.emulator.chatMessages(rina.chat.id).filter((m) => m.fromBot).length;
    await rina.say("/cari cgk dps");
    const before = bot();
    await rina.say("besok aja");
    expect(bot()).toBe(before);
    await rina.reply("besok aja");
    expect(rina.botTexts().join("\n")).toContain("Berapa penumpang?");
    const asked = bot();
    await rina.say("just me");
    expect(bot()).toBe(asked);
    await rina.reply("just me");
    expect(rina.botTexts().join("\n")).toMatch(/penerbangan \(dari[\s\S]*/);
    expect(open.emulator.chatMessages(rina.chat.id).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n")).toContain(" · 1 penumpang");
  });
});
