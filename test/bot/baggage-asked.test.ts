import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { toSummary } from "./journey-steps.js";

// From a probe: "bagasi brp kg?" at a results list got the list's hint, and at the summary "Not booked yet, the
// details are in the summary above", which shows no baggage (only the price card did). Now the list answers
// each flight's baggage on the page, the summary the booked flight's; both keep waiting.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 99_300;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const out = futureDate(5);
const SUMMARY = /Periksa sebelum booking|Check before booking/;

describe("baggage asked", () => {
  it.each([
    ["id", "bagasi brp kg?", /🧳 Bagasi di halaman ini/],
    ["en", "what's the baggage allowance?", /🧳 Baggage on this page/],
  ] as const)("%s: '%s' at a results list lists the page's flights with their baggage; the list stays", async (lang, typed, head) => {
    const agent = agentIn(lang);
    const list = await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    const first = list!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:"))!.text.split(" ")[0]!;
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(head);
    expect(reply).toMatch(new RegExp(`^1\\. ${first} · (\\d+ ?Kg|tidak dicantumkan|not listed)`, "m"));
    // The list still reads picks: its first flight by number.
    expect((await agent.say("1"))?.text ?? "").toContain(first);
  });

  it.each([
    ["id", "bagasi brp kg?", /🧳 Bagasi .*: \d+ ?Kg|tidak mencantumkan/, /Belum dibooking/],
    ["en", "free baggage?", /🧳 Baggage on .*: \d+ ?Kg|lists no baggage/, /Not booked yet/],
  ] as const)("%s: '%s' at the summary says the flight's baggage; the summary still books", async (lang, typed, said, waiting) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(said);
    expect(reply).toMatch(waiting);
    await agent.tap(lang === "id" ? "✅ Booking" : "✅ Book");
    expect(agent.last()?.text ?? "", agent.transcript(3)).toMatch(/Kode|Code/);
    expect(SUMMARY.test(reply)).toBe(false);
  });
});
