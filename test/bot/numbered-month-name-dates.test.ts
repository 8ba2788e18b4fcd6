import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A numbered list of passengers whose birth dates are written with the month's name ("1. Mr John Smith
 * 17 Aug 1990", "2) Mrs Jane Smith - DOB 25 May 1987", "2. Ny Sari Dewi 1 feb 1992"): the "1." is no
 * part of the name, and the date after it is the birth date, as "25/05/1987" is.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 74_100;
async function atNames(lang: "en" | "id"): Promise<Agent> {
  const id = next++;
  const a = new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });
  await a.say(`cgk sub ${futureDate(60).wire} 2`);
  await a.say("2");
  await a.tap(lang === "en" ? "Continue" : "Lanjut");
  return a;
}

describe("numbered names with month-name birth dates", () => {
  const jane = "✅ Taken from your message: Mr John Smith, Mrs Jane Smith.\n✅ Jane Smith: born 25 May 1987 — from the name's line.\n📧 Contact e-mail for the booking?";
  it.each([
    ["en", "1. Mr John Smith\n2. Mrs Jane Smith 25 May 1987", jane],
    ["en", "1) Mr John Smith\n2) Mrs Jane Smith - DOB 25 May 1987", jane],
    ["en", "1. Mr John Smith 17 Aug 1990\n2. Mrs Jane Smith 25 May 1987", "✅ Taken from your message: Mr John Smith, Mrs Jane Smith.\n✅ John Smith: born 17 Aug 1990 — from the name's line.\n✅ Jane Smith: born 25 May 1987 — from the name's line.\n📧 Contact e-mail for the booking?"],
    ["id", "1. Tn Budi Santoso 17 agustus 1990\n2. Ny Sari Dewi 1 feb 1992", "✅ Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.\n✅ Budi Santoso: lahir 17 Agt 1990 — dari baris namanya.\n✅ Sari Dewi: lahir 1 Feb 1992 — dari baris namanya.\n📧 E-mail kontak untuk booking?"],
  ] as const)("%s: %j", async (lang, paste, said) => {
    const a = await atNames(lang);
    const from = a.h.emulator.chatMessages(a.chat.id).length;
    await a.say(paste);
    expect(a.botTexts(from).join("\n")).toBe(said);
  });
});
