import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";
import { money } from "../security/helpers.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 93_000;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};

/** Passenger, birth date when asked, contact: the summary. */
async function fillOne(agent: Agent, name: string) {
  const msg = await agent.say(name);
  if (/Tanggal lahir|Date of birth/.test(msg?.text ?? "")) await agent.say("17-08-1990");
  await agent.say("agen@example.com");
  await agent.say("081234567890");
}

describe("a button's word typed instead of tapped, at the live price and the summary", () => {
  it.each([
    ["id", "/cari", "lanjut", "Ok", "Penumpang 1", "Periksa sebelum booking", "Kode:"],
    ["en", "/search", "continue", "ok!", "Passenger 1", "Check before booking", "Code:"],
  ] as const)("%s: %s … then typed words go on and book (a hold: nothing is paid)", async (lang, search, goOn, book, passenger, summary, code) => {
    const agent = agentIn(lang);
    await agent.say(`${search} CGK SUB ${futureDate(26).wire} 1`);
    await pickFirstFlight(agent);
    await agent.say(goOn);
    expect(agent.last()?.text).toContain(passenger);
    await fillOne(agent, lang === "id" ? "Tn Budi Santoso" : "Mr Budi Santoso");
    expect(agent.last()?.text).toContain(summary);
    const before = money(h);
    await agent.say(book);
    expect(agent.last()?.text).toContain(code);
    expect(money(h).bookings).toBe(before.bookings + 1);
    expect(money(h).issues).toBe(before.issues);
  });

  it("id: the summary's other button by its word (ubah), and anything else still asks for the buttons", async () => {
    const agent = agentIn("id");
    await agent.say(`/cari CGK SUB ${futureDate(27).wire} 1`);
    await pickFirstFlight(agent);
    await agent.say("✅ Lanjut");
    await fillOne(agent, "Tn Budi Santoso");
    const before = money(h);
    await agent.say("mungkin");
    expect(agent.last()?.text).toContain("Silakan pilih dengan tombol");
    await agent.say("ubah");
    expect(agent.last()?.text).toContain("Apa yang mau diubah");
    expect(money(h).bookings).toBe(before.bookings);
  });
});
