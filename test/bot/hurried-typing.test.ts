import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

describe("back typed in a hurry goes one question back", () => {
  it.each([
    ["id", "kmbali"],
    ["id", "kembali 🙏"],
    ["id", "KEMBALI!!"],
    ["en", "go back"],
    ["en", "Back."],
  ] as const)("%s: %s at the date question asks the destination again", async (lang, word) => {
    const agent = agentIn(9100 + word.length * 3 + (lang === "en" ? 1 : 0), lang);
    await agent.say("/search");
    await agent.say("cgk");
    await agent.say("dps");
    expect(agent.last()?.text).toMatch(/Departure date|Tanggal/);
    const reached = await agent.say(word);
    expect(reached?.text).toMatch(/(Dari|From) CGK (ke mana|to where)/);
  });
});

const RESULTS = /penerbangan \(dari|flights? \(of/;

describe("polite words at the first question: the route is read, never guessed from the whole line", () => {
  it("en: pls jkt to bali tmrw 2 pax asks only which Jakarta airport, then searches", async () => {
    const agent = agentIn(9200, "en");
    await agent.say("/search");
    await agent.say("pls jkt to bali tmrw 2 pax");
    expect(agent.last()?.text).toContain("Jakarta has more than one airport");
    expect(agent.botTexts().join("\n")).not.toContain("did you mean");
    await agent.tap("CGK");
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain("2 pax");
    expect(agent.last()?.text).toContain("CGK → DPS");
  });

  it("id: tolong carikan sub ke bali bsok 2 org dong searches at once", async () => {
    const agent = agentIn(9201, "id");
    await agent.say("/cari");
    await agent.say("tolong carikan sub ke bali bsok 2 org dong");
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain("2 penumpang");
    expect(agent.botTexts().join("\n")).not.toContain("tidak dipakai");
  });

  it("id: an unknown word before the route is said back, the route kept", async () => {
    const agent = agentIn(9202, "id");
    await agent.say("/cari");
    await agent.say("halo sub ke bali besok 2");
    expect(agent.botTexts().join("\n")).toContain("halo");
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain("SUB → DPS");
  });
});

describe("a party with a part that can't be told is asked, never searched with fewer people", () => {
  it.each([
    ["id", "/cari cgk sub besok 2 dewasa + 1 balita", "Balita dipesan", "Berapa penumpang", "2 1", "2 dewasa, 1 anak"],
    ["en", "/search cgk sub tomorrow 2 adults + 1 toddler", "A toddler (balita)", "How many passengers", "2 0 1", "2 adults, 1 infant"],
  ] as const)("%s: %s", async (lang, text, hint, question, answer, party) => {
    const agent = agentIn(9300 + (lang === "en" ? 1 : 0), lang);
    await agent.say(text);
    expect(agent.last()?.text).toContain(hint);
    expect(agent.last()?.text).toContain(question);
    expect(agent.last()?.text).toContain("CGK → SUB");
    expect(agent.botTexts().join("\n")).not.toMatch(RESULTS);
    await agent.say(answer);
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain(party);
  });

  it.each([
    ["id", "/cari cgk sub besok 2 dws + 1 bayi", "2 dewasa, 1 bayi"],
    ["en", "/search cgk sub tomorrow 2+1", "2 adults, 1 child"],
  ] as const)("%s: %s searches at once for the whole party", async (lang, text, party) => {
    const agent = agentIn(9310 + text.length, lang);
    await agent.say(text);
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain(party);
    expect(agent.botTexts().join("\n")).not.toMatch(/tidak dipakai|left it out/);
  });
});

describe("the destination question reads what follows the place, as the first question does", () => {
  it.each([
    ["id", "sub besok 2", "CGK → SUB", "2 penumpang"],
    ["en", "sub tomorrow 2", "CGK → SUB", "2 pax"],
    ["id", `bali tgl ${Number(futureDate(3).iso.slice(8))} 2 org`, "CGK → DPS", "2 penumpang"],
  ] as const)("%s: %s after cgk searches at once", async (lang, line, route, party) => {
    const agent = agentIn(9400 + line.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(lang === "en" ? "/search" : "/cari");
    await agent.say("cgk");
    await agent.say(line);
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain(route);
    expect(agent.last()?.text).toContain(party);
  });

  it.each([
    ["id", "ke bali besok", "Rute CGK → DPS", "Berapa penumpang"],
    ["en", "dps 2 adults", "Route CGK → DPS, 2 pax", "Departure date"],
  ] as const)("%s: %s goes on to the next missing question", async (lang, line, understood, question) => {
    const agent = agentIn(9460 + line.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(lang === "en" ? "/search" : "/cari");
    await agent.say("cgk");
    await agent.say(line);
    expect(agent.last()?.text).toContain(question);
    expect(agent.last()?.text).toContain(understood);
  });

  it.each([
    ["id", "sub besok 2 xyz", "xyz", "2 penumpang"],
    ["en", "sub tomorrow 2 qwerty", "qwerty", "2 pax"],
  ] as const)("%s: %s says the unread word back and searches", async (lang, line, word, party) => {
    const agent = agentIn(9520 + line.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(lang === "en" ? "/search" : "/cari");
    await agent.say("cgk");
    await agent.say(line);
    expect(agent.botTexts().join("\n")).toMatch(new RegExp(`(tidak dipakai|left it out)[^\\n]*${word}|${word}[^\\n]*(tidak dipakai|left it out)`));
    expect(agent.last()?.text).toMatch(RESULTS);
    expect(agent.last()?.text).toContain(party);
  });
});
