import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { dayOrCountOf, parsePax } from "../../src/domain/pax-parse.js";
import { dayOfMonthPhrase } from "../../src/domain/travel-date.js";

// "2 jan 3": the 3 may be the party or the return day; read as a question for the party step, never as
// 3 passengers unasked. A count with its word, one that can't be a later day, or one that can't be a
// party keeps its old reading.

describe("a count that may be a day of the date's month", () => {
  it.each([
    ["cgk dps 2 jan 3", "2 jan", "2 jan 3"],
    ["cgk dps jan 2 3", "jan 2", "jan 2 3"],
    ["cgk dps tgl 2 3", "tgl 2", "tgl 2 3"],
    ["cgk dps 1 januari 2", "1 januari", "1 januari 2"],
    ["cgk dps 2 jan 3 jam 7", "2 jan", "2 jan 3"],
  ])("%s: the date kept, the party asked about", (text, date, pax) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject({ origin: "cgk", destination: "dps", date, pax });
    expect(form.unread).toBeUndefined();
    expect(parsePax(form.pax!)).toEqual({ ok: false, reason: "day_or_count", pax: { adult: Number(pax.split(" ").at(-1)), child: 0, infant: 0 } });
  });

  it.each([
    ["cgk dps 2 jan 3 org", "3 org"],
    ["cgk dps 2 jan 3 pax", "3 pax"],
    ["cgk dps 2 jan 3 dewasa", "3 dewasa"],
    ["cgk dps 2 jan 3 1", "3 1"],
    ["cgk dps 2 jan 3+1", "3+1"],
    ["cgk dps 2 jan untuk 3", "3"],
    ["cgk dps 25 des 2", "2"],
    ["cgk dps 5 jan 3", "3"],
    ["cgk dps 2 jan 2027 3", "3"],
    ["cgk dps 2/1 3", "3"],
    ["cgk dps besok 3", "3"],
    ["cgk dps 3 2 jan", "3"],
  ])("%s: the party as before (%s)", (text, pax) => {
    const form = parseQuickForm(text);
    expect(form.pax).toBe(pax);
    expect(parsePax(pax).ok).toBe(true);
  });

  it("a second date after it is still the return, never a party", () => {
    expect(parseQuickForm("cgk dps 2 jan 3 jan")).toMatchObject({ date: "2 jan", roundTrip: true, returnDate: "3 jan" });
    expect(parseQuickForm("cgk dps 2 jan 3 jan").pax).toBeUndefined();
  });

  it("only a count that could fly and could be a later day of that month", () => {
    expect(dayOrCountOf("2 jan 3")).toBe(3);
    expect(dayOrCountOf("5 jan 3")).toBeUndefined();
    expect(dayOrCountOf("2 jan 2")).toBeUndefined();
    expect(dayOrCountOf("2 jan 27")).toBeUndefined();
    expect(dayOrCountOf("besok 3")).toBeUndefined();
    expect(dayOrCountOf("3")).toBeUndefined();
    expect(dayOfMonthPhrase("2 jan")).toBe(2);
    expect(dayOfMonthPhrase("Jan 2")).toBe(2);
    expect(dayOfMonthPhrase("tgl 2")).toBe(2);
    expect(dayOfMonthPhrase("2")).toBeUndefined();
    expect(dayOfMonthPhrase("2 jan 2027")).toBeUndefined();
  });
});
