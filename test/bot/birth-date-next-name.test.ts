import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * At "🎂 Date of birth of X?" the agent types the next passenger's titled name: kept for that passenger
 * (said so, and the birth date asked again), never "type the date of birth" with the name lost.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 74_800;
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}

describe("the next passenger's name typed at the birth-date question", () => {
  it.each([
    ["en", "Mrs Ani Lestari", "👤 Noted Ani Lestari for passenger 2.\n\n🎂 Date of birth of Budi Santoso? (e.g. 17-08-1990)", "🎂 Date of birth of Ani Lestari? (e.g. 17-08-1990)"],
    ["id", "Ny Ani Lestari", "👤 Ani Lestari dicatat untuk penumpang ke-2.\n\n🎂 Tanggal lahir Budi Santoso? (mis. 17-08-1990)", "🎂 Tanggal lahir Ani Lestari? (mis. 17-08-1990)"],
  ] as const)("%s: %s is kept for passenger 2", async (lang, name, said, nextAsked) => {
    const id = next++;
    const a = new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });
    await a.say(`cgk dps ${futureDate(44).wire} 2`);
    await a.say("1"); // QZ-7361 AirAsia: asks birth dates
    await a.tap(lang === "en" ? "Continue" : "Lanjut");
    await a.say(lang === "en" ? "Mr Budi Santoso" : "Tn Budi Santoso");
    expect(await answer(a, name)).toBe(said);
    expect(await answer(a, "17-08-1990")).toBe(nextAsked);
  });
});
