import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeOfDay, type TimeOfDay } from "../../src/domain/flight.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

const MONTHS = {
  id: ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"],
  en: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};

/**
 * A day at least `days` ahead whose month still has the day three days later: the out and back of a trip.
 * It is the 13th or later, so "dd/mm" typed by an English speaker reads only one way (there is no month
 * 13); on the 1st to the 12th the bot rightly asks which reading is meant.
 */
function tripFrom(days: number): { day: number; month: number; year: number } {
  for (let n = days; ; n++) {
    const iso = futureDate(n).iso;
    const day = Number(iso.slice(8));
    if (day >= 13 && day <= 25) return { day, month: Number(iso.slice(5, 7)), year: Number(iso.slice(0, 4)) };
  }
}

/** The return's search as the bot writes it: the date read, dd-mm-yyyy. */
function returnSearch(command: string, trip: { month: number; year: number }, day: number): string {
  return `${command} DPS CGK ${String(day).padStart(2, "0")}-${String(trip.month).padStart(2, "0")}-${trip.year}`;
}

/** The flight buttons of the newest results list, as "JT-690 06:10–…" labels. */
function flightButtons(agent: Agent): string[] {
  return (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);
}

const departure = (label: string) => label.split(" ")[1]!.slice(0, 5);

describe("quick form: the party after for / untuk / buat", () => {
  it.each([
    ["en", "/search cgk dps tomorrow for 2", "2 pax", "left it out"],
    ["id", "/cari sub dps besok untuk 3", "3 penumpang", "tidak dipakai"],
    ["id", "/cari cgk dps besok buat 2 orang", "2 penumpang", "tidak dipakai"],
  ] as const)("%s: %s searches at once for that party", async (lang, text, party, notUsed) => {
    const agent = agentIn(7000 + text.length, lang);
    await agent.say(text);
    expect(agent.last()?.text).toContain(party);
    expect(agent.last()?.text).toMatch(/penerbangan \(dari|flights? \(of/);
    expect(agent.botTexts().join("\n")).not.toContain(notUsed);
  });

  it("cgk dps for 2 at the first question keeps the party and asks only the date", async () => {
    const agent = agentIn(7050, "en");
    await agent.say("/search");
    await agent.say("cgk dps for 2");
    expect(agent.last()?.text).toContain("Route CGK → DPS, 2 pax.");
    expect(agent.last()?.text).toContain("Departure date?");
    await agent.say("tomorrow");
    expect(agent.last()?.text).toContain("2 pax");
  });

  it("buat 2 orang typed at the party question is the party", async () => {
    const agent = agentIn(7051, "id");
    await agent.say("/cari cgk dps besok");
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.say("buat 2 orang");
    expect(agent.last()?.text).toContain("2 penumpang");
  });
});

describe("quick form: a date range searches the outbound and names the return search", () => {
  const trip = tripFrom(20);
  const { day, month } = trip;
  const id = MONTHS.id[month - 1]!;
  const en = MONTHS.en[month - 1]!;
  const mm = String(month).padStart(2, "0");
  it.each([
    ["id", `/cari cgk dps ${day}-${day + 3} ${id} 2`, returnSearch("/cari", trip, day + 3), "2 penumpang"],
    ["id", `/cari cgk dps ${day} - ${day + 3} ${id} 2`, returnSearch("/cari", trip, day + 3), "2 penumpang"],
    ["id", `/cari cgk dps ${day} ${id} - ${day + 3} ${id} 2`, returnSearch("/cari", trip, day + 3), "2 penumpang"],
    ["en", `/search cgk dps ${en} ${day}-${day + 3} for 2`, returnSearch("/search", trip, day + 3), "2 pax"],
    ["en", `/search cgk dps ${day}/${mm}-${day + 3}/${mm} 2`, returnSearch("/search", trip, day + 3), "2 pax"],
  ] as const)("%s: %s", async (lang, text, again, party) => {
    const agent = agentIn(7100 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    const said = agent.botTexts().join("\n");
    expect(said).toMatch(/sekali jalan|one-way/);
    expect(said).toContain(again);
    expect(said).not.toMatch(/tidak dipakai|left it out/);
    const last = agent.last()?.text ?? "";
    expect(last).toContain("CGK → DPS");
    expect(last).toContain(` ${day} `);
    expect(last).toContain(party);
    expect(last).toMatch(/penerbangan \(dari|flights? \(of/);
  });
});

/** A day ahead on which CGK → DPS has flights in every part of the day (the sandbox's flights change by date). */
function dayWithEveryTime(from: number): string {
  for (let n = from; n < from + 60; n++) {
    const { iso, wire } = futureDate(n);
    const there = new Set(generateFlights("CGK", "DPS", iso).map((f) => timeOfDay(f.departTime)));
    if (there.size === 4) return wire;
  }
  throw new Error("no day with flights in every part of the day");
}

describe("quick form: a time of day opens the results with that time filter on", () => {
  const date = dayWithEveryTime(24);

  it("id: jam 7 shows only morning flights, says so, and the filter is removed with the time button as usual", async () => {
    const agent = agentIn(7200, "id");
    await agent.say(`/cari cgk dps ${date} jam 7 2`);
    const text = agent.last()?.text ?? "";
    expect(text).toContain("Hanya penerbangan pagi");
    expect(text).toContain("Filter: Semua maskapai · pagi");
    expect(agent.botTexts().join("\n")).not.toContain("tidak dipakai");
    const shown = flightButtons(agent);
    expect(shown.length).toBeGreaterThan(0);
    for (const label of shown) expect(timeOfDay(departure(label))).toBe("morning");
    // The next filter on, then off: the usual buttons.
    await agent.tap("☀️ Siang");
    await agent.tap("🌇 Sore");
    await agent.tap("🌙 Malam");
    await agent.tap("🕒 Semua jam");
    const all = agent.last()?.text ?? "";
    expect(all).not.toContain("Filter:");
    expect(all).toMatch(/(\d+) penerbangan \(dari \1\)/);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["en", `/search cgk dps ${date} at 7pm for 2`, "Only night flights", "Filter: All airlines · night", "night"],
    ["en", `/search cgk dps ${date} evening 1`, "Only evening flights", "Filter: All airlines · evening", "evening"],
    ["id", `/cari cgk dps ${date} jam 19.30 1`, "Hanya penerbangan malam", "Filter: Semua maskapai · malam", "night"],
    ["id", `/cari cgk dps ${date} malam 1`, "Hanya penerbangan malam", "Filter: Semua maskapai · malam", "night"],
  ] as const)("%s: %s", async (lang, text, only, filter, time) => {
    const agent = agentIn(7210 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    const last = agent.last()?.text ?? "";
    expect(last).toContain(only);
    expect(last).toContain(filter);
    for (const label of flightButtons(agent)) expect(timeOfDay(departure(label))).toBe(time);
  });

  it("typed at the first question, too", async () => {
    const agent = agentIn(7230, "id");
    await agent.say("/cari");
    await agent.say(`cgk dps ${date} pagi 1`);
    expect(agent.last()?.text).toContain("Filter: Semua maskapai · pagi");
  });

  it("a time nothing flies at shows every flight and says so", async () => {
    const words: Record<TimeOfDay, string> = { morning: "pagi", afternoon: "siang", evening: "sore", night: "malam" };
    let found: { wire: string; time: TimeOfDay } | undefined;
    for (let n = 10; n < 90 && !found; n++) {
      const { iso, wire } = futureDate(n);
      const there = new Set(generateFlights("CGK", "DPS", iso).map((f) => timeOfDay(f.departTime)));
      const time = (Object.keys(words) as TimeOfDay[]).find((t) => !there.has(t));
      if (time) found = { wire, time };
    }
    expect(found).toBeDefined();
    const agent = agentIn(7240, "id");
    await agent.say(`/cari cgk dps ${found!.wire} ${words[found!.time]} 1`);
    const last = agent.last()?.text ?? "";
    expect(last).toContain(`Tidak ada penerbangan ${words[found!.time]} di tanggal ini`);
    expect(last).not.toContain("Filter:");
    expect(last).toMatch(/(\d+) penerbangan \(dari \1\)/);
  });

  it("costs no provider call more than the same search without a time", async () => {
    const calls = async (text: string) => {
      const before = h.sandbox.controls.calls().length;
      await agentIn(7250 + text.length, "id").say(text);
      return h.sandbox.controls.calls().length - before;
    };
    const plain = await calls(`/cari cgk sub ${futureDate(31).wire} 1`);
    const timed = await calls(`/cari cgk sub ${futureDate(32).wire} jam 7 1`);
    expect(timed).toBe(plain);
  });
});

describe("the date question reads a range and a time as the quick form does", () => {
  const trip = tripFrom(22);
  const { day, month } = trip;
  const id = MONTHS.id[month - 1]!;
  const en = MONTHS.en[month - 1]!;

  it("id: a range searches the outbound and names the return search", async () => {
    const agent = agentIn(7300, "id");
    await agent.say("/cari cgk dps");
    expect(agent.last()?.text).toContain("Tanggal berangkat");
    await agent.say(`${day}-${day + 3} ${id}`);
    expect(agent.botTexts().join("\n")).toContain(returnSearch("/cari", trip, day + 3));
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.say("1");
    const last = agent.last()?.text ?? "";
    expect(last).toContain("CGK → DPS");
    expect(last).toContain(` ${day} `);
  });

  it("en: a date and a time opens the results with that filter on", async () => {
    const agent = agentIn(7301, "en");
    await agent.say("/search cgk dps");
    await agent.say(`${en} ${day} at 7pm`);
    await agent.say("1");
    const last = agent.last()?.text ?? "";
    expect(last).toContain(` ${day} `);
    expect(last).toMatch(/Only night flights|No night flights/);
    for (const label of flightButtons(agent)) if (!/No night/.test(last)) expect(timeOfDay(departure(label))).toBe("night");
  });

  it("words beyond a date and its extras are still asked about", async () => {
    const agent = agentIn(7302, "id");
    await agent.say("/cari cgk dps");
    await agent.say(`${day}-${day + 3} ${id} garuda`);
    expect(agent.last()?.text).toContain("tidak terbaca");
    expect(agent.botTexts().join("\n")).not.toContain("/cari DPS CGK");
  });
});
