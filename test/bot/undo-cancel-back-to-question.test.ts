import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName } from "../support/sandbox-days.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// "gk jd" at "Penumpang 2 dari 2", then ↩️ Lanjutkan lagi, showed only the flight's card: "Ny Ani Lestari" typed
// next got "Nama penumpang ditanyakan setelah ini: tekan ✅ Lanjut dulu". The resume now goes back to the
// question the cancel was at (passenger 1 kept) when the card's price is the one agreed before the cancel;
// the card is still shown, its price checked afresh.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 49_530;
const agent = (lang: "id" | "en") => {
  const id = (next += 1);
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const W = {
  id: { search: "/cari", go: "Lanjut", cancel: "gk jd", resume: "↩️ Lanjutkan lagi", second: "Penumpang 2 dari 2", email: "E-mail kontak", summary: "Periksa sebelum booking", notYet: "tekan ✅ Lanjut dulu" },
  en: { search: "/search", go: "Continue", cancel: "never mind", resume: "↩️ Resume", second: "Passenger 2 of 2", email: "Contact e-mail", summary: "Check before booking", notYet: "tap ✅ Continue first" },
} as const;
/** A flight asking names only, from `ahead` days on: the card's one question is the name. */
function flightFrom(ahead: number): { wire: string; code: string } {
  for (let n = ahead; ; n++) {
    const day = futureDate(n);
    const f = generateFlights("CGK", "SUB", day.iso).find((x) => asksOnlyName(x.code, "CGK", "SUB") && x.baseSeats >= 2);
    if (f) return { wire: day.wire, code: f.code };
  }
}
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

describe("↩️ Resume goes back to the question the cancel was at", () => {
  it.each(["id", "en"] as const)("%s: cancelled at passenger 2, resumed: the card, then passenger 2 asked; the name typed is taken", async (lang) => {
    const w = W[lang];
    const a = agent(lang);
    const flight = flightFrom(61);
    await a.say(`${w.search} CGK SUB ${flight.wire} 2`);
    await a.say(flight.code);
    await a.tap(w.go);
    await a.say(lang === "id" ? "Tn Budi Santoso" : "Mr Budi Santoso");
    expect(a.last()?.text).toContain(w.second);
    await a.say(w.cancel);
    const n = count(a);
    await a.tap(w.resume);
    const shown = a.botTexts(n).join("\n---\n");
    expect(shown, a.transcript(4)).toContain(`✈️ ${flight.code}`);
    expect(a.last()?.text).toContain(w.second);
    const m = count(a);
    await a.say(lang === "id" ? "Ny Ani Lestari" : "Mrs Ani Lestari");
    expect(a.botTexts(m).join("\n")).not.toContain(w.notYet);
    expect(a.last()?.text, a.transcript(4)).toContain(w.email);
    await a.say("budi@example.com 081234567890");
    expect(a.last()?.text).toContain(w.summary);
    expect(a.last()?.text).toContain("Budi Santoso");
    expect(a.last()?.text).toContain("Ani Lestari");
  }, 60_000);

  it("id: cancelled at the summary, resumed: the card, then the summary with everyone", async () => {
    const w = W.id;
    const a = agent("id");
    const flight = flightFrom(64);
    await a.say(`${w.search} CGK SUB ${flight.wire} 2`);
    await a.say(flight.code);
    await a.tap(w.go);
    await a.say("Tn Budi Santoso\nNy Ani Lestari");
    await a.say("budi@example.com 081234567890");
    expect(a.last()?.text).toContain(w.summary);
    await a.say("/batal");
    const n = count(a);
    await a.tap(w.resume);
    expect(a.botTexts(n).join("\n"), a.transcript(4)).toContain(`✈️ ${flight.code}`);
    expect(a.last()?.text).toContain(w.summary);
    expect(a.last()?.text).toContain("Ani Lestari");
  }, 60_000);

  it("id: a price moved since the cancel: the card is asked again (✅ Lanjut), then passenger 2", async () => {
    const w = W.id;
    const a = agent("id");
    const flight = flightFrom(67);
    await a.say(`${w.search} CGK SUB ${flight.wire} 2`);
    await a.say(flight.code);
    await a.tap(w.go);
    await a.say("Tn Budi Santoso");
    await a.say(w.cancel);
    h.sandbox.controls.setPriceChange(flight.code, 20_000);
    try {
      const card = await a.tap(w.resume);
      expect(card?.text, a.transcript(3)).toContain(`✈️ ${flight.code}`);
      expect(card?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("✅ Lanjut");
      expect((await a.tap(w.go))?.text).toContain(w.second);
    } finally {
      h.sandbox.controls.setPriceChange(flight.code, 0);
    }
  }, 60_000);
});
