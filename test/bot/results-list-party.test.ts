import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { applyView } from "../../src/domain/offer-list.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";
import { shortDate } from "../../src/presenters/format.js";
import { SEVEN_ADULTS_REFUSAL } from "../support/tiket-party-texts.js";

// From a report: at a results list a whole new party ("2+5", "1 dewasa 2 bayi") got the list's hint instead of
// the same route and day searched for it (or the party question's refusal), and a day gone by ("1 des" on the
// 4th, "kemarin") got the hint instead of the date question's "that date has passed", next year one tap away.

let h: Harness;
let tiket: Harness;
beforeAll(async () => {
  [h, tiket] = await Promise.all([startHarness(), startHarness({ use: "tiket" })]);
});
afterAll(async () => {
  await h?.close();
  await tiket?.close();
});

let nextId = 98_300;
const agentIn = (lang: "id" | "en", harness = h) => {
  const id = nextId++;
  return new Agent(harness, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const command = (lang: "id" | "en") => (lang === "en" ? "/search" : "/cari");

async function listOf(harness: Harness, agent: Agent) {
  const board = (await harness.app.deps.searches.board(agent.chat.id, agent.user.id))!;
  const entry = (await harness.app.deps.searches.get(board.sid, agent.chat.id))!;
  return { board, entry, page: applyView(entry.offers, board.view) };
}

const HINT = /Ketik kode penerbangan|Type a flight code/;
const SEARCHING = /🔎 (Searching|Mencari)/;
const out = futureDate(9);
const today = futureDate(0).iso;

describe("a whole new party typed at a results list", () => {
  it.each([
    ["id", "2+5", { adult: 2, child: 5, infant: 0 }],
    ["en", "2+5", { adult: 2, child: 5, infant: 0 }],
    ["id", "2 1 1", { adult: 2, child: 1, infant: 1 }],
    ["id", "2 dewasa 1 anak", { adult: 2, child: 1, infant: 0 }],
    ["en", "2 adults 1 infant", { adult: 2, child: 0, infant: 1 }],
    ["id", "3 org", { adult: 3, child: 0, infant: 0 }],
    ["en", "3 pax", { adult: 3, child: 0, infant: 0 }],
    // After a lead-in of chat (from a probe: the list's hint was the answer).
    ["en", "no wait, 3 pax", { adult: 3, child: 0, infant: 0 }],
    ["en", "no wait, 2 adults 1 child 1 infant", { adult: 2, child: 1, infant: 1 }],
    ["id", "maaf 3 org", { adult: 3, child: 0, infant: 0 }],
  ] as const)("%s: '%s' searches the same route and day for that party", async (lang, typed, pax) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const before = await listOf(h, agent);
    await agent.say(typed);
    expect(agent.transcript(3)).not.toMatch(HINT);
    const after = await listOf(h, agent);
    expect(after.board.sid, agent.transcript(3)).not.toBe(before.board.sid);
    expect(after.entry.query).toMatchObject({ from: "CGK", to: "DPS", date: out.iso, pax });
    expect(after.entry.offers.length).toBeGreaterThan(0);
  });

  it.each([
    ["id", "1 dewasa 2 bayi", "bayi (2) tidak boleh lebih banyak dari dewasa (1)"],
    ["en", "1 adult 2 infants", "infants (2) can't outnumber adults (1)"],
    ["id", "5+3", "Maksimal 7 penumpang per booking (anak dan bayi ikut dihitung)"],
    ["en", "4+4", "At most 7 passengers per booking (children and infants count)"],
  ] as const)("%s: '%s' can't fly: refused as the party question refuses it, the list kept", async (lang, typed, said) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const before = await listOf(h, agent);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toContain(said);
    expect(reply).not.toMatch(HINT);
    expect((await listOf(h, agent)).board.sid).toBe(before.board.sid);
  });

  it.each([
    ["id", "7+0"],
    ["en", "7 0 0"],
  ] as const)("%s: '%s' past the only provider's limit gets its limit, nothing searched, the list kept", async (lang, typed) => {
    const agent = agentIn(lang, tiket);
    await agent.say(`${command(lang)} CGK DPS ${futureDate(41).wire} 2`);
    const before = await listOf(tiket, agent);
    const calls = tiket.tiket!.controls.callCount("search/flight");
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toContain(SEVEN_ADULTS_REFUSAL[lang]);
    expect(reply).not.toMatch(SEARCHING);
    expect(tiket.tiket!.controls.callCount("search/flight")).toBe(calls);
    expect((await listOf(tiket, agent)).board.sid).toBe(before.board.sid);
  });
});

const MONTHS = {
  id: ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"],
  en: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};
/** A day earlier this year (yesterday, or the latest before it): what the date question says has passed. */
const gone = (() => {
  for (let n = 1; n < 40; n++) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - n);
    const [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1];
    const read = parseTravelDate(`${day}/${month}`, today);
    if (!read.ok && read.reason === "past" && read.suggestion) return { day, month, next: read.suggestion };
  }
  return undefined;
})();

describe.skipIf(gone === undefined)("a day gone by typed at a results list", () => {
  const { day, month, next } = gone ?? { day: 1, month: 1, next: today };
  it.each([
    ["id", `${day}/${month}`],
    ["id", `${day} ${MONTHS.id[month - 1]}`],
    ["id", `ganti tgl ${day} ${MONTHS.id[month - 1]}`],
    ["en", `${day} ${MONTHS.en[month - 1]}`],
    ["en", `change date to ${day}/${month}`],
  ] as const)("%s: '%s' is said to have passed, next year one tap away, the list kept", async (lang, typed) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const before = await listOf(h, agent);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(lang === "en" ? /has already passed this year/ : /tahun ini sudah lewat/);
    expect(reply).toContain(shortDate(next, lang, today));
    expect(reply).not.toMatch(HINT);
    expect((await listOf(h, agent)).board.sid).toBe(before.board.sid);
    // The tap searches that day next year for the list's route and party.
    await agent.tap(`✅ ${shortDate(next, lang, today)}`);
    const after = await listOf(h, agent);
    expect(after.board.sid, agent.transcript(3)).not.toBe(before.board.sid);
    expect(after.entry.query).toMatchObject({ from: "CGK", to: "DPS", date: next, pax: { adult: 1, child: 0, infant: 0 } });
  });

  it.each([
    ["id", "kemarin", "Tanggal itu sudah lewat"],
    ["en", "yesterday", "That date has already passed"],
  ] as const)("%s: '%s' is said to have passed, the list kept", async (lang, typed, said) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const before = await listOf(h, agent);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toContain(said);
    expect(reply).not.toMatch(HINT);
    expect((await listOf(h, agent)).board.sid).toBe(before.board.sid);
  });
});
