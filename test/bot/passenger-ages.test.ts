import { addMonths } from "date-fns/addMonths";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { birthDateProblem } from "../../src/bot/features/search/passenger-rules.js";
import { requirementsFor } from "../../src/providers/mmbc/airline-requirements.js";
import { needsFrom } from "../../src/providers/tiket/quote-mapping.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

describe("MMBC §8 ages on the departure date, in whole years: infant 3 months–2 years, child 2–12, adult > 12", () => {
  const flight = "2026-03-20";
  it.each([
    ["infant", "2026-03-10", "infant-too-young"], // 10 days old
    ["infant", "2025-12-21", "infant-too-young"], // a day short of 3 months
    ["infant", "2025-12-20", undefined], // 3 months to the day
    ["infant", "2024-03-21", undefined], // a day short of 2
    ["infant", "2024-03-20", "age"], // 2nd birthday: a child under every reading
    ["child", "2024-03-20", undefined],
    ["child", "2024-03-21", "age"],
    ["child", "2014-03-21", undefined], // a day short of 12
    ["child", "2014-03-20", undefined], // 12th birthday: 12 is in "2–12"
    ["adult", "2014-03-20", "age"], // and not "> 12"
    ["child", "2014-03-01", undefined], // 12 years and 19 days: 12 in whole years
    ["adult", "2014-03-01", "age"],
    ["child", "2013-03-21", undefined], // a day short of 13
    ["adult", "2013-03-21", "age"],
    ["child", "2013-03-20", "age"], // 13th birthday: older than 12, an adult
    ["adult", "2013-03-20", undefined],
    ["infant", flight, "future"],
  ] as const)("%s born %s → %s", (type, born, expected) => {
    // What the MMBC adapter says of every flight it quotes (a Citilink one asks birth dates).
    expect(birthDateProblem(type, born, flight, requirementsFor("QG-123", "CGK", "SUB").adultFrom)).toBe(expected);
  });
});

describe("tiket.com names no ages: the airlines' rule, an adult from the 12th birthday", () => {
  const flight = "2026-03-20";
  it.each([
    ["child", "2014-03-21", undefined],
    ["child", "2014-03-20", "age"],
    ["adult", "2014-03-20", undefined],
    ["adult", "2014-03-21", "age"],
    ["infant", "2024-03-20", "age"],
    ["child", "2024-03-20", undefined],
  ] as const)("%s born %s → %s", (type, born, expected) => {
    expect(birthDateProblem(type, born, flight, needsFrom(["birthdatea1"], false).adultFrom)).toBe(expected);
  });
});

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** dd-mm-yyyy of `days` before an ISO date. */
function daysBefore(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return d.split("-").reverse().join("-");
}

/** Up to the infant's birth date question, with one adult and one infant on a flight `date`. */
async function toInfantBirthDate(agent: Agent, command: string, next: string, date: { wire: string }): Promise<void> {
  await agent.say(`${command} CGK SUB ${date.wire} 1 0 1`);
  await pickFirstFlight(agent);
  await agent.tap(next);
  if (/Tanggal lahir|Date of birth/.test((await agent.say("Mr Budi Santoso"))?.text ?? "")) await agent.say("17-08-1990");
  expect((await agent.say("Miss Ayu Santoso"))?.text).toMatch(/Tanggal lahir|Date of birth/);
}

describe("an infant younger than 3 months on the flight date is refused, saying why", () => {
  it("in Indonesian, with the date the baby may fly from", async () => {
    const agent = new Agent(h, { id: 7301, first_name: "Agen", language_code: "id" }, { id: 7301, type: "private" });
    const date = futureDate(20);
    await toInfantBirthDate(agent, "/cari", "Lanjut", date);
    const born = daysBefore(date.iso, 10);
    const refusal = (await agent.say(born))?.text ?? "";
    expect(refusal).toContain("minimal 3 bulan pada tanggal penerbangan");
    const bornIso = born.split("-").reverse().join("-");
    expect(refusal).toContain(`mulai ${format(addMonths(parseISO(bornIso), 3), "dd-MM-yyyy")}`);
    expect((await agent.say(daysBefore(date.iso, 200)))?.text).toMatch(/E-mail|kontak/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("in English, and the age rule says 3 months", async () => {
    const agent = new Agent(h, { id: 7302, first_name: "Sarah", language_code: "en" }, { id: 7302, type: "private" });
    const date = futureDate(21);
    await toInfantBirthDate(agent, "/search", "Continue", date);
    expect((await agent.say(daysBefore(date.iso, 30)))?.text).toContain("at least 3 months old on the flight date");
    // Older than 2 on the flight date: the rule is spelled out, infants from 3 months.
    expect((await agent.say(daysBefore(date.iso, 800)))?.text).toContain("infant 3 months to under 2 years");
    expect(h.emulator.errors).toEqual([]);
  });
});
