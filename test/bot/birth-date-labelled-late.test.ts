import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * "lahir 12 maret 1985", "tgl lahirnya 12/3/85" typed alone at passenger 2's name (probe 79): the birth date of
 * passenger 1, entered without one, with its label, kept for them as the bare date is; never read as a name
 * ("Start with a title…"). With passenger 1's given, it is said to look like a birth date, as the bare date is.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 793_100;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
}
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}
/** To the first name question on a flight that asks no birth dates (not AirAsia, JetStar or Citilink). */
async function toNames(a: Agent, lang: "id" | "en"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} 2`);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data.includes(":o:") ? [{ text: b.text, data: b.callback_data }] : []));
  const flight = buttons.find((b) => !/^(QZ|AK|FD|Z2|D7|XJ|XT|JQ|3K|GK|BL|QG)/.test(b.text));
  await a.tap({ data: flight!.data });
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}

describe("a labelled birth date typed alone at the next name", () => {
  it.each([
    ["id", "lahir 12 maret 1985", "Tgl lahir Budi Santoso: 12 Mar 1985 ✓"],
    ["id", "tgl lahirnya 12/3/85", "Tgl lahir Budi Santoso: 12 Mar 1985 ✓"],
    ["id", "tgl lahir 12-03-1985", "Tgl lahir Budi Santoso: 12 Mar 1985 ✓"],
    ["en", "dob 12-03-1985", "Budi Santoso's birth date: 12 Mar 1985 ✓"],
    ["en", "born 12 March 1985", "Budi Santoso's birth date: 12 Mar 1985 ✓"],
  ] as const)("%s: '%s' is passenger 1's", async (lang, typed, kept) => {
    const a = agent(lang);
    await toNames(a, lang);
    await a.say(lang === "id" ? "Tn Budi Santoso" : "Mr Budi Santoso");
    const said = await answer(a, typed);
    expect(said).toContain(kept);
    expect(said).not.toMatch(/Awali dengan titel|Start with a title/);
    expect(a.last()?.text).toMatch(/Penumpang 2|Passenger 2/);
    // Passenger 1 has one now: another is explained as a birth date, not read as a name.
    const again = await answer(a, lang === "id" ? "lahir 1 januari 1980" : "dob 01-01-1980");
    expect(again).toMatch(/sepertinya tanggal lahir, bukan nama|looks like a date of birth, not a name/);
  });
});
