import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { dayWith, type FlightsTest } from "../support/sandbox-days.js";

// At a results list: "jt aja" (an airline's code in small letters), "kok mahal" / "ada yg lbh murah?" (cheaper),
// "yg jam 8an" (an hour nothing leaves near) got the long hint, opened the cheapest unasked, or showed the
// morning without saying there was no 08:xx flight.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_310;
const agentIn = (lang: "id" | "en" = "id") => { const id = nextId++; return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
const flightButtons = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);
const since = (a: Agent, from: number) => h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot);
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;
const QUOTE = /Sisa kursi|Seats left/;
const HINT = /Ketik kode penerbangan|Type a flight code/;

const manyLion: FlightsTest = (flights) => flights.filter((f) => f.carrier.code === "JT").length > 1;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** Nothing leaves 07:30–09:29, and something leaves before and after. */
const noneNearEight: FlightsTest = (flights) =>
  !flights.some((f) => minutes(f.departTime) >= 450 && minutes(f.departTime) <= 569) && flights.some((f) => minutes(f.departTime) < 450) && flights.some((f) => minutes(f.departTime) > 569);

describe("typed at the list", () => {
  it.each([["id", "jt aja"], ["id", "yg jt"], ["en", "jt only"]] as const)("%s: '%s' filters Lion Air as 'lion aja' does", async (lang, typed) => {
    const a = agentIn(lang);
    await a.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${dayWith(["CGK", "DPS"], manyLion, 40).wire} 1`);
    const from = count(a);
    await a.say(typed);
    const got = since(a, from).at(-1);
    expect(got?.text).toContain("Filter: Lion Air");
    expect(got?.text).not.toMatch(HINT);
    expect(flightButtons(got).every((b) => b.startsWith("JT-"))).toBe(true);
  });

  it.each([
    ["id", "kok mahal", "Daftarnya ada di bawah, diurutkan dari yang termurah."],
    ["id", "ada yg lbh murah?", "Daftarnya ada di bawah, diurutkan dari yang termurah."],
    ["en", "anything cheaper?", "The list is below, cheapest first."],
  ] as const)("%s: '%s' shows the list cheapest first and says so, no flight opened", async (lang, typed, line) => {
    const a = agentIn(lang);
    await a.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(41).wire} 1`);
    const from = count(a);
    await a.say(typed);
    const got = since(a, from);
    expect(got[0]?.text).toBe(line);
    expect(got.some((m) => QUOTE.test(m.text ?? ""))).toBe(false);
    expect(flightButtons(got.at(-1)).length).toBeGreaterThan(0);
  });

  it.each([["id", "yg jam 8an", "Tidak ada penerbangan sekitar jam 08:00", "Yang terdekat: "], ["en", "the 8am one", "No flight leaves around 08:00", "The nearest: "]] as const)(
    "%s: '%s' with nothing near 08:00 says so with the nearest times",
    async (lang, typed, none, nearest) => {
      const a = agentIn(lang);
      await a.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${dayWith(["CGK", "DPS"], noneNearEight, 42).wire} 1`);
      const from = count(a);
      await a.say(typed);
      const said = since(a, from).map((m) => m.text ?? "").join("\n");
      expect(said).toContain(none);
      expect(said).toMatch(new RegExp(`${nearest}\\d\\d:\\d\\d, \\d\\d:\\d\\d`));
    },
  );
});
