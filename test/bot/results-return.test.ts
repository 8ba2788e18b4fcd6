import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";

// From a black-box probe. At a results list a return typed in passing ("pulang tgl 28", "return on the 28th",
// "pp") got the list's generic hint; it is now said to be a second search, as /cari says it, the list staying.
// "/search … return on the 28th" said "on" was not understood; "/cari sub dps 12 3" (12 + 3 passengers can't
// fly, 12 March can) said "12 3" was not understood and asked the date from scratch: it is the date now.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_300;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const HINT = /Ketik kode penerbangan|Type a flight code/;
const UNREAD = /tidak dipakai|left it out/;
const RESULTS = /penerbangan \(dari|flights? \(of/;
const QUOTE = /Sisa kursi|Seats left/;
const today = futureDate(0).iso;
const day = (iso: string) => Number(iso.slice(8, 10));
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** "28 Des" as the agent types it (the date's day and month, in the agent's language). */
const dayMonth = (iso: string, lang: "id" | "en") => shortDate(iso, lang, today).split(" ").slice(1, 3).join(" ");

async function listOf(agent: Agent) {
  const board = (await h.app.deps.searches.board(agent.chat.id, agent.user.id))!;
  return board;
}

describe("a return typed at a results list", () => {
  const out = futureDate(10);
  const back = futureDate(14);

  it.each([
    ["id", `pulang tgl ${day(back.iso)}`, "Untuk pulang", "/cari DPS CGK", "Daftar di atas tetap"],
    ["id", `balik ${dayMonth(back.iso, "id")}`, "Untuk pulang", "/cari DPS CGK", "Daftar di atas tetap"],
    ["en", `return on the ${ordinal(day(back.iso))}`, "For the return on", "/search DPS CGK", "The list above stays"],
  ] as const)("%s: %s is a second search, its day read; the list stays and a flight is still picked from it", async (lang, typed, said, command, stays) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    const before = await listOf(agent);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply).not.toMatch(HINT);
    expect(reply).toContain(`${said} ${shortDate(back.iso, lang, today)}`);
    expect(reply).toContain(`${command} ${back.wire}`);
    expect(reply).toContain(`${stays}`);
    expect(reply).toContain(shortDate(out.iso, lang, today));
    // Nothing searched again: the same list, and its flights picked as before.
    expect((await listOf(agent)).sid).toBe(before.sid);
    expect((await agent.say("1"))?.text).toMatch(QUOTE);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["id", "pp", "Penerbangan pulang dicari terpisah", "/cari DPS CGK"],
    ["en", "round trip", "Search the return separately afterwards", "/search DPS CGK"],
  ] as const)("%s: %s alone says the return is a second search", async (lang, typed, said, command) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply).not.toMatch(HINT);
    expect(reply).toContain(said);
    expect(reply).toContain(command);
  });

  it("id: a return day before the list's date is said to be so", async () => {
    const agent = agentIn("id");
    await agent.say(`/cari CGK DPS ${out.wire} 1`);
    const early = futureDate(5);
    const reply = (await agent.say(`pulang ${dayMonth(early.iso, "id")}`))?.text ?? "";
    expect(reply).toContain(`(${shortDate(early.iso, "id", today)}) sebelum tanggal berangkat (${shortDate(out.iso, "id", today)})`);
  });

  it("en: a new date typed at the list still searches it", async () => {
    const agent = agentIn("en");
    await agent.say(`/search CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(`${dayMonth(back.iso, "en")} pls`))?.text ?? "";
    expect(reply).toMatch(RESULTS);
    expect(reply).toContain(shortDate(back.iso, "en", today));
  });
});

describe("a return in the quick form: the words before its date are the return's", () => {
  const out = futureDate(10);
  const back = futureDate(14);

  it.each([
    ["en", `/search cgk dps ${out.wire} 2 return on the ${ordinal(day(back.iso))}`, "For the return on"],
    ["id", `/cari cgk dps ${out.wire} 2 pulang pada tgl ${day(back.iso)}`, "Untuk pulang"],
  ] as const)("%s: %s", async (lang, text, said) => {
    const agent = agentIn(lang);
    await agent.say(text);
    const all = agent.botTexts().join("\n");
    expect(all).not.toMatch(UNREAD);
    expect(all).toContain(`${said} ${shortDate(back.iso, lang, today)}`);
    expect(agent.last()?.text).toMatch(RESULTS);
  });
});

describe("two bare numbers that can only be a date", () => {
  /** A bookable day whose day and month, typed as two numbers, are more passengers than a booking takes (day ≥ 13: one reading in English too). */
  const aDay = (() => {
    for (let n = 20; ; n++) if (day(futureDate(n).iso) >= 13) return futureDate(n);
  })();
  const typed = `${day(aDay.iso)} ${Number(aDay.iso.slice(5, 7))}`;

  it.each([
    ["id", "/cari", "Berapa penumpang", "· 1 penumpang"],
    ["en", "/search", "How many passengers", "· 1 pax"],
  ] as const)("%s: %s sub dps D M is the date, said back with the party question", async (lang, command, askParty, party) => {
    const agent = agentIn(lang);
    const asked = (await agent.say(`${command} sub dps ${typed}`))?.text ?? "";
    expect(agent.botTexts().join("\n")).not.toMatch(UNREAD);
    expect(asked).toContain(askParty);
    expect(asked).toContain(`SUB → DPS, ${shortDate(aDay.iso, lang, today)}`);
    const results = (await agent.tap("1"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(shortDate(aDay.iso, lang, today));
    expect(results).toContain(party);
  });

  it.each([
    ["id", "/cari", "Berapa penumpang"],
    ["en", "/search", "How many passengers"],
  ] as const)("%s: D M typed at the date question is that date too (it was \"unreadable\")", async (lang, command, askParty) => {
    const agent = agentIn(lang);
    await agent.say(`${command} sub dps`);
    const asked = (await agent.say(typed))?.text ?? "";
    expect(asked).toContain(askParty);
    expect(asked).toContain(shortDate(aDay.iso, lang, today));
  });

  it("id: a day and month already past this year: next year's offered as a tap, as for a typed date", async () => {
    // Passed this year (and within a year of today, so next year's is bookable), its numbers over the limit.
    let past = futureDate(-20);
    for (let n = 21; day(past.iso) < 8; n++) past = futureDate(-n);
    const [y, m, d] = past.iso.split("-");
    const agent = agentIn("id");
    const asked = (await agent.say(`/cari sub dps ${Number(d)} ${Number(m)}`))?.text ?? "";
    if (y !== today.slice(0, 4)) return; // early January: last month's day is last year's, not "past this year"
    expect(agent.botTexts().join("\n")).not.toMatch(UNREAD);
    expect(asked).toContain("tahun ini sudah lewat");
    const next = `${Number(y) + 1}-${m}-${d}`;
    expect(asked).toContain(shortDate(next, "id", today));
    const party = (await agent.tap(shortDate(next, "id", today)))?.text ?? "";
    expect(party).toContain("Berapa penumpang");
  });

  it("id: numbers that may be a day or a party still ask which (5 2)", async () => {
    const agent = agentIn("id");
    const asked = (await agent.say("/cari sub dps 5 2"))?.text ?? "";
    expect(asked).toMatch(/"5 2": tanggal \w+ 5 Feb( \d{4})?, atau 5 dewasa, 2 anak\?/);
  });
});
