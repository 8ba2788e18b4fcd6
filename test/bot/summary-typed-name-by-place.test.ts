import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName } from "../support/sandbox-days.js";
import { generateFlights, type SandboxFlight } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// At the summary "2. Mrs Ani Ani": "eh nama kedua salah, Ani Lestari" opened the ✏️ menu and dropped the name;
// "Ani Lestari" alone got "choose with the buttons" and the agent booked "Ani Ani"; at ✏️ Mrs Ani Ani,
// "Ani Lestari" got "start with a title" though her title is known. Now a passenger named by place
// (kedua, ke-2, 2, second) gets the name typed after it, her title kept; a bare name that is one
// passenger's is offered with buttons; at ✏️ a name without a title keeps the title.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "mmbc" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_710;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const ROUTE = ["CGK", "SUB"] as const;
const fits = (f: SandboxFlight) => asksOnlyName(f.code, ...ROUTE) && f.baseSeats >= 4;
/** A day (and its flight) for each test: every test books 2 seats of its own flight, so none runs out. */
let dayAhead = 30;
function nextFlight(): { wire: string; code: string } {
  for (;;) {
    const day = futureDate(dayAhead++);
    const flight = generateFlights(ROUTE[0], ROUTE[1], day.iso).find(fits);
    if (flight) return { wire: day.wire, code: flight.code };
  }
}
const BOOK = { id: "✅ Booking", en: "✅ Book" } as const;

async function toSummary(a: Agent, lang: "id" | "en"): Promise<string> {
  const flight = nextFlight();
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${ROUTE.join(" ")} ${flight.wire} 2`);
  await a.say(flight.code);
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  await a.say("Tn Budi Santoso\nNy Ani Ani");
  await a.say("budi@example.com");
  const summary = (await a.say("081234567890"))?.text ?? "";
  expect(summary, a.transcript(8)).toMatch(SUMMARY);
  return summary;
}
const lastBooking = () => h.sandbox.controls.calls("postbooking-json" as never).at(-1)!.params;

describe("a passenger's name corrected at the summary by place, or typed alone", () => {
  it.each([
    ["id", "eh nama kedua salah, Ani Lestari", "✏️ Mrs Ani Ani: nama diganti jadi Mrs Ani Lestari", "2. Mrs Ani Lestari (dewasa)"],
    ["id", "penumpang ke-2 harusnya Ny Ani Lestari", "nama diganti jadi Mrs Ani Lestari", "2. Mrs Ani Lestari (dewasa)"],
    ["id", "nama 2 Ani Lestari", "nama diganti jadi Mrs Ani Lestari", "2. Mrs Ani Lestari (dewasa)"],
    ["id", "Ani salah, Ani Lestari", "nama diganti jadi Mrs Ani Lestari", "2. Mrs Ani Lestari (dewasa)"],
    ["en", "second name wrong, Ani Lestari", "✏️ Mrs Ani Ani: name changed to Mrs Ani Lestari", "2. Mrs Ani Lestari (adult)"],
    ["en", "change passenger 2 to Ani Lestari", "name changed to Mrs Ani Lestari", "2. Mrs Ani Lestari (adult)"],
  ] as const)("%s: '%s' renames passenger 2, title kept, and the booking carries it", async (lang, typed, said, line) => {
    const a = agent(lang);
    await toSummary(a, lang);
    const reply = (await a.say(typed))?.text ?? "";
    expect(reply, a.transcript(3)).toContain(said);
    expect(reply).toMatch(SUMMARY);
    expect(reply).toContain(line);
    await a.tap(BOOK[lang]);
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Ani Lestari");
  });

  it("id: the name she has already, typed again, is said to be hers (never 'pilih dengan tombol')", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    await a.say("eh nama kedua salah, Ani Lestari");
    const reply = (await a.say("Ny Ani Lestari"))?.text ?? "";
    expect(reply, a.transcript(3)).toContain("Penumpang 2 sudah bernama Mrs Ani Lestari");
  });

  it("id: 'nama ketiga Ani Lestari' in a party of two changes nobody, and says so", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    const reply = (await a.say("nama ketiga Ani Lestari"))?.text ?? "";
    expect(reply, a.transcript(3)).toContain("Penumpangnya hanya 2 orang");
    await a.tap(BOOK.id);
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Ani Ani");
  });

  it.each([
    ["id", "Ani Lestari", "Ganti nama penumpang 2 (Mrs Ani Ani) jadi Mrs Ani Lestari?", "✅ Ya, ganti", "nama diganti jadi Mrs Ani Lestari"],
    ["en", "Ani Lestari", "Change passenger 2 (Mrs Ani Ani) to Mrs Ani Lestari?", "✅ Yes, change", "name changed to Mrs Ani Lestari"],
  ] as const)("%s: '%s' alone is offered as her new name; yes renames and books it", async (lang, typed, offer, yes, said) => {
    const a = agent(lang);
    await toSummary(a, lang);
    const asked = (await a.say(typed))?.text ?? "";
    expect(asked, a.transcript(3)).toContain(offer);
    await a.tap(yes);
    const reply = a.last()?.text ?? "";
    expect(reply, a.transcript(3)).toContain(said);
    expect(reply).toMatch(SUMMARY);
    await a.tap(BOOK[lang]);
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Ani Lestari");
  });

  it("id: the offer declined keeps the name", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    await a.say("Ny Ani Lestari");
    await a.tap("Tidak");
    const reply = a.last()?.text ?? "";
    expect(reply, a.transcript(3)).toContain("Nama tidak diubah");
    expect(reply).toContain("2. Mrs Ani Ani (dewasa)");
  });

  it("id: at ✏️ Mrs Ani Ani, 'Ani Lestari' without a title keeps Mrs", async () => {
    const a = agent("id");
    await toSummary(a, "id");
    await a.tap("Ubah");
    await a.tap("Ani");
    const reply = (await a.say("Ani Lestari"))?.text ?? "";
    expect(reply, a.transcript(3)).not.toContain("Awali dengan titel");
    expect(reply).toContain("2. Mrs Ani Lestari (dewasa)");
    await a.tap(BOOK.id);
    expect(lastBooking().passengername).toBe("Mr. Budi Santoso:Mrs. Ani Lestari");
  });
});
