import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName, dayWith } from "../support/sandbox-days.js";
import { generateFlights, type SandboxFlight } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// A name corrected by typing it at the summary: "nama budi salah harusnya Tn Budi Santosa" opened the ✏️
// menu and threw the typed name away; "Tn John Tann" got "choose with the buttons". Now the name is
// replaced like the other typed corrections (the summary shown again to confirm, saying what changed) and
// a titled name that is nobody's asks whose it is.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "mmbc" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_950;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const ROUTE = ["CGK", "SUB"] as const;
// A flight asking only names, with seats for the four bookings of 2 passengers made here.
const fits = (f: SandboxFlight) => asksOnlyName(f.code, ...ROUTE) && f.baseSeats >= 8;
const DAY = dayWith(ROUTE, (fs) => fs.some(fits), 52);
const CODE = generateFlights(ROUTE[0], ROUTE[1], DAY.iso).find(fits)!.code;

async function toSummary(a: Agent, lang: "id" | "en"): Promise<string> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${ROUTE.join(" ")} ${DAY.wire} 2`);
  await a.say(CODE);
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  await a.say("Tn Budi Santoso\nNy Sari Dewi");
  await a.say("budi@example.com");
  const summary = (await a.say("081234567890"))?.text ?? "";
  expect(summary, a.transcript(8)).toMatch(SUMMARY);
  return summary;
}

const lastBooking = () => h.sandbox.controls.calls("postbooking-json" as never).at(-1)!.params;

describe("a passenger's name corrected by typing it at the summary", () => {
  it.each([
    ["id", "salah nama, Sari harusnya Sari Dewanti", "✏️ Mrs Sari Dewi: nama diganti jadi Mrs Sari Dewanti", "2. Mrs Sari Dewanti (dewasa)"],
    ["en", "Sari's name should be Sari Dewanti", "Mrs Sari Dewanti", "2. Mrs Sari Dewanti (adult)"],
  ] as const)("%s: '%s' (the new name without a title) keeps her title and replaces the name", async (lang, typed, said, line) => {
    const a = agent(lang);
    await toSummary(a, lang);
    const reply = (await a.say(typed))?.text ?? "";
    expect(reply, a.transcript(3)).toContain(said);
    expect(reply).toMatch(SUMMARY);
    expect(reply).toContain(line);
  });

  it("id: 'nama budi salah harusnya Tn Budi Santosa' replaces Budi's name, shown to confirm, and the booking carries it", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    const reply = (await a.say("nama budi salah harusnya Tn Budi Santosa"))?.text ?? "";
    expect(reply, a.transcript(3)).toContain("✏️ Mr Budi Santoso: nama diganti jadi Mr Budi Santosa");
    expect(reply).toMatch(SUMMARY);
    expect(reply).toContain("1. Mr Budi Santosa (dewasa)");
    expect(reply).toContain("2. Mrs Sari Dewi (dewasa)");
    await a.tap("✅ Booking");
    expect(lastBooking().passengername).toBe("Mr. Budi Santosa:Mrs. Sari Dewi");
  });

  it("id: 'Budi salah ketik, harusnya Tn Budi Santosa' (no word 'nama') replaces it too", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    const reply = (await a.say("Budi salah ketik, harusnya Tn Budi Santosa"))?.text ?? "";
    expect(reply, a.transcript(3)).toContain("✏️ Mr Budi Santoso: nama diganti jadi Mr Budi Santosa");
    expect(reply).toContain("1. Mr Budi Santosa (dewasa)");
  });

  it("en: \"Sari's name is wrong, should be Mrs Sari Lestarina\" replaces hers", async () => {
    const a = agent("en");
    await toSummary(a, "en");
    const reply = (await a.say("Sari's name is wrong, should be Mrs Sari Lestarina"))?.text ?? "";
    expect(reply, a.transcript(3)).toContain("✏️ Mrs Sari Dewi: name changed to Mrs Sari Lestarina");
    expect(reply).toContain("2. Mrs Sari Lestarina (adult)");
    await a.tap("✅ Book");
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Sari Lestarina");
  });

  it.each([
    ["id", "Tn John Tann", "Mr John Tann itu penumpang yang mana?"],
    ["en", "Mr John Tann", "Which passenger is Mr John Tann?"],
  ] as const)("%s: a titled name alone that is nobody's asks whose it is, nothing changed", async (lang, line, asked) => {
    const a = agent(lang);
    await toSummary(a, lang);
    const reply = (await a.say(line))?.text ?? "";
    expect(reply, a.transcript(3)).toContain(asked);
    expect(reply).not.toMatch(/pilih dengan tombol|choose with the buttons/i);
    await a.tap(lang === "id" ? "✅ Booking" : "✅ Book");
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Sari Dewi");
  });
});
