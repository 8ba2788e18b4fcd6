import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { countsOrDateOf } from "../../src/domain/pax-parse.js";

// "cgk dps 5 2": 5 February, 5 adults and 2 children, or the 5th for 2. Two bare numbers with no date are
// no party read unasked (they were 5 + 2): kept as typed for the flow to ask. A date elsewhere, a word
// leading the party, a third count, or numbers that can't be a day and month keep the old readings.

describe("two bare counts after a route, with no date", () => {
  it.each(["cgk dps 5 2", "cgk sub 2 1", "jakarta bali 1 1", "cgk dps 3 3"])("%s: no party taken, the numbers kept to ask", (text) => {
    const form = parseQuickForm(text);
    expect(form.pax).toBeUndefined();
    expect(form.date).toBeUndefined();
    expect(form.unread).toBeUndefined();
    expect(form.countsOrDate).toBe(text.split(" ").slice(-2).join(" "));
  });

  it.each([
    ["cgk dps besok 5 2", { date: "besok", pax: "5 2" }],
    ["cgk dps 5 2 besok", { date: "besok", pax: "5 2" }],
    ["cgk dps untuk 5 2", { pax: "5 2" }],
    ["cgk dps 2 1 0", { pax: "2 1 0" }],
    ["cgk dps 7", { pax: "7" }],
    ["cgk dps 2 0", { pax: "2 0" }],
    ["cgk dps 5 dewasa 2 anak", { pax: "5 dewasa 2 anak" }],
    // No party can be 25 and 2 (over 7): only the day and month remain, taken as the date (its step checks it).
    ["cgk dps 25 2", { date: "25-2" }],
    ["cgk dps 29 2", { date: "29-2" }],
  ] as const)("%s keeps its reading", (text, expected) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject(expected);
    expect(form.countsOrDate).toBeUndefined();
  });

  it("both readings: a party that can fly and a day of that month", () => {
    expect(countsOrDateOf("5 2")).toEqual({ party: { adult: 5, child: 2, infant: 0 }, dayMonth: "5-2" });
    expect(countsOrDateOf("2 1")).toEqual({ party: { adult: 2, child: 1, infant: 0 }, dayMonth: "2-1" });
    expect(countsOrDateOf("5 20")).toBeUndefined();
    expect(countsOrDateOf("30 2")).toBeUndefined();
    expect(countsOrDateOf("31 4")).toBeUndefined();
    expect(countsOrDateOf("0 2")).toBeUndefined();
    expect(countsOrDateOf("2 1 0")).toBeUndefined();
  });
});
