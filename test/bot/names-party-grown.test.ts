import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// From a probe: "eh jadi 3 org" at passenger 2's name question (two adults, Budi named) got how to type "back"
// several times ("ketik kembali sampai…"). Now that party is searched inside the booking, as "tambah 1 dewasa"
// at the summary is: Budi is kept, and after the flight is picked only the new passengers are asked.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 99_700;
const agentIn = (lang: "id" | "en") => { const id = nextId++; return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
const NO_BIRTH = /^(GA|JT|ID|IU|SJ|IW)-/;
const SUMMARY = /Periksa sebelum booking|Check before booking/;

/** A day with a flight asking no birth date, with seats for four. */
function dayWithPlainFlight(start: number) {
  for (let d = start; d < start + 60; d++) {
    const day = futureDate(d);
    const f = generateFlights("CGK", "PNK", day.iso).find((x) => NO_BIRTH.test(x.code) && x.baseSeats >= 4 && !x.international);
    if (f) return { ...day, code: f.code };
  }
  throw new Error("no such day");
}

async function pickTyped(agent: Agent, code: string): Promise<string> {
  await agent.say(code);
  expect(JSON.stringify(agent.last()?.reply_markup ?? {}), agent.transcript(3)).toMatch(/Lanjut|Continue/);
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  return agent.last()?.text ?? "";
}

describe("a larger party typed at a passenger's name question", () => {
  it.each([
    ["id", "eh jadi 3 org", "2 dewasa", /👥 Mencari lagi untuk 3 penumpang/, /Penumpang 2 dari 3/, "budi@gmail.com", "081234567890"],
    ["en", "make it 3 pax", "2 adults", /👥 Searching again for 3 (passengers|pax)/, /Passenger 2 of 3/, "budi@gmail.com", "081234567890"],
  ] as const)("%s: '%s' searches that party inside the booking, the passenger named kept", async (lang, typed, party, note, place, email, phone) => {
    const a = agentIn(lang);
    const day = dayWithPlainFlight(lang === "id" ? 50 : 54);
    await a.say(`${lang === "id" ? "/cari" : "/search"} CGK PNK ${day.wire} ${party}`);
    await pickTyped(a, day.code);
    await a.say("Mr Budi Santoso");
    const from = h.emulator.chatMessages(a.chat.id).length;
    await a.say(typed);
    const said = a.botTexts(from).join("\n");
    expect(said, a.transcript(4)).toMatch(note);
    expect(said).not.toMatch(/ketik <code>kembali|kembali<\/code> sampai|type <code>back/i);
    expect(await pickTyped(a, day.code), a.transcript(4)).toMatch(place);
    await a.say("Mrs Ani Lestari");
    await a.say("Mr Andi Wijaya");
    if (!SUMMARY.test(a.last()?.text ?? "")) {
      await a.say(email);
      await a.say(phone);
    }
    const summary = a.last()?.text ?? "";
    expect(summary, a.transcript(3)).toMatch(SUMMARY);
    for (const name of ["Budi Santoso", "Ani Lestari", "Andi Wijaya"]) expect(summary).toContain(name);
    expect(h.emulator.errors).toEqual([]);
  });
});
