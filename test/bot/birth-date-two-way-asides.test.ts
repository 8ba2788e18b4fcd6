import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * At the birth date's two-way question ("12/03/1985": day/month or month/day?) a line that is no date at all
 * ("hang on, checking with the customer") keeps the question and its buttons; "day/month" answers it. At the birth-date
 * question "no wait, 3 pax" says how to change the party.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 74_700;
function agent(lang: "en" | "id"): Agent {
  const id = next++;
  return new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });
}
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}
async function atTwoWays(a: Agent): Promise<void> {
  await a.say(`cgk dps ${futureDate(40).wire} 2 adults`);
  await a.say("1");
  await a.tap("Continue");
  await a.say("Mr John Smith 12/03/1985\nMrs Jane Smith 25/05/1987");
  expect(a.last()?.text).toContain('"12/03/1985" is 12 Mar 1985 (day/month) or 3 Dec 1985 (month/day)? Tap the one you mean.');
}

describe("a line that is no date at the birth date's two-way question", () => {
  it("keeps the question: its buttons still answer it", async () => {
    const a = agent("en");
    await atTwoWays(a);
    expect(await answer(a, "hang on, checking with the customer")).toBe("Which one: 12 Mar 1985 (the first) or 3 Dec 1985 (the second)? Tap it above, or type first or second.");
    const from = h.emulator.calls.length;
    await a.tap("12 Mar 1985");
    const toasts = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
    expect(toasts).not.toContain("This button is no longer active.");
    expect(a.botTexts().join("\n")).toContain("12 Mar 1985");
    expect(a.last()?.text).not.toBe("Type the date of birth, e.g. 17-08-1990 or 17 Aug 1990.");
  });
  it.each(["day/month", "the first", "12 Mar 1985"])("'%s' answers it", async (typed) => {
    const a = agent("en");
    await atTwoWays(a);
    const said = await answer(a, typed);
    expect(said).not.toContain("Type the date of birth");
    expect(said).not.toContain("Which one");
  });
});

describe("'no wait, 3 pax' at the birth-date question", () => {
  it.each([
    ["en", "no wait, 3 pax", "To change the number of passengers: type back until the passenger count question shows."],
    ["id", "eh bentar, 3 org", "Untuk ganti jumlah penumpang: ketik kembali sampai pertanyaan jumlah penumpang muncul."],
  ] as const)("%s: %s says how to change the party", async (lang, typed, said) => {
    const a = agent(lang);
    await a.say(`cgk dps ${futureDate(44).wire} 2`);
    await a.say("1"); // QZ-7361 AirAsia: asks birth dates
    await a.tap(lang === "en" ? "Continue" : "Lanjut");
    await a.say(lang === "en" ? "Mr Budi Santoso" : "Tn Budi Santoso");
    expect(await answer(a, typed)).toBe(said);
  });
});
