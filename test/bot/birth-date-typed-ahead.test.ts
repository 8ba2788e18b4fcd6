import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * At "🎂 Date of birth of X?" the agent types ahead what comes later: the customer's phone is kept for the
 * contact question (as an e-mail typed there is), never "type the date of birth" with the phone lost.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 74_500;
async function atBirthDate(lang: "en" | "id"): Promise<Agent> {
  const id = next++;
  const a = new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });
  await a.say(`cgk dps ${futureDate(44).wire} 2`);
  await a.say("1"); // QZ-7361 AirAsia: asks birth dates
  await a.tap(lang === "en" ? "Continue" : "Lanjut");
  await a.say(lang === "en" ? "Mr Budi Santoso" : "Tn Budi Santoso");
  return a;
}

async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}

describe("a phone typed at the birth-date question", () => {
  it.each([
    ["en", "+62 812-3456-7890", "📇 Contact noted for this booking: 081234567890. You'll check it on the summary before booking.\n\n🎂 Date of birth of Budi Santoso? (e.g. 17-08-1990)", "Mrs Sari Dewi", "📧 Contact e-mail for the booking?"],
    ["id", "0812 3456 7890", "📇 Kontak dicatat untuk booking ini: 081234567890. Nanti dicek lagi di ringkasan sebelum booking.\n\n🎂 Tanggal lahir Budi Santoso? (mis. 17-08-1990)", "Ny Sari Dewi", "📧 E-mail kontak untuk booking?"],
  ] as const)("%s: %s is kept for the contact", async (lang, phone, said, second, email) => {
    const a = await atBirthDate(lang);
    expect(await answer(a, phone)).toBe(said);
    await a.say("17-08-1990");
    await a.say(second);
    // Only the e-mail is asked: the phone typed ahead is on the summary.
    expect(await answer(a, "01-02-1992")).toBe(email);
    expect(await answer(a, "budi@example.com")).toContain("081234567890");
  });
});
