import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A cancel at the search's own questions ("gk jd" at the date question after "cgk dps 2 dewasa 1 anak"): before,
 * "Dibatalkan." with no way back, the route and party lost, while later steps offered ↩️ Resume. Now the
 * route, date and party given are kept: ↩️ Resume asks the question the cancel was at again, and the search
 * runs with everything given.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", party: "2 adults 1 child", typedCancel: "never mind", resume: "↩️ Resume", cancelled: "Cancelled.", cancel: "/cancel" },
  id: { search: "/cari", party: "2 dewasa 1 anak", typedCancel: "gk jd", resume: "↩️ Lanjutkan lagi", cancelled: "Dibatalkan.", cancel: "/batal" },
} as const;

let n = 0;
const agentIn = (lang: keyof typeof words) => { n++; return new Agent(h, { id: 93_900 + n, first_name: "Rina", language_code: lang }, { id: 93_900 + n, type: "private" }); };
const hasResume = (m: { reply_markup?: unknown } | undefined, label: string) => JSON.stringify(m?.reply_markup ?? {}).includes(label);

describe.each(["en", "id"] as const)("a cancel at the search's questions (%s)", (lang) => {
  const w = words[lang];

  it("at the date question: ↩️ Resume asks the date again, and the search runs with the route and party typed", async () => {
    const a = agentIn(lang);
    const dateQuestion = await a.say(`${w.search} CGK DPS ${w.party}`);
    const cancelled = await a.say(w.typedCancel);
    expect(cancelled?.text).toBe(w.cancelled);
    expect(hasResume(cancelled, w.resume)).toBe(true);
    const again = await a.tap(w.resume);
    expect(again?.text).toBe(dateQuestion?.text);
    await a.say(futureDate(60).wire);
    const board = (await h.app.deps.searches.board(a.chat.id, a.user.id))!;
    const entry = (await h.app.deps.searches.get(board.sid, a.chat.id))!;
    expect(entry.query).toMatchObject({ from: "CGK", to: "DPS", date: futureDate(60).iso, pax: { adult: 2, child: 1, infant: 0 } });
  });

  it("at the party question: ↩️ Resume asks the party again with the route and date kept", async () => {
    const a = agentIn(lang);
    const paxQuestion = await a.say(`${w.search} CGK DPS ${futureDate(61).wire}`);
    const cancelled = await a.say(w.cancel);
    expect(hasResume(cancelled, w.resume)).toBe(true);
    expect((await a.tap(w.resume))?.text).toBe(paxQuestion?.text);
  });

  it("a new search's cancel at 'Where from?' offers nothing back (the earlier search's route is not brought back)", async () => {
    const a = agentIn(lang);
    await a.say(`${w.search} CGK DPS ${w.party}`);
    await a.say(w.cancel);
    await a.say(w.search);
    const cancelled = await a.say(w.cancel);
    expect(cancelled?.text).toBe(w.cancelled);
    expect(cancelled?.reply_markup).toBeUndefined();
  });
});
