import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { countsOnlyDateOf, countsOrDateOf } from "../../src/domain/pax-parse.js";

// "/search cgk dps next fri 2 return on the 28th": the return was read (from "the 28th") but "on" was said
// back as not understood. Words between the return word and its date ("on", "pada", "the", "tgl") are the
// return's. And "/cari sub dps 12 3": two bare counts that can't be a party (15 passengers) but are a day and
// month were said back as not understood; only the date reading is left, so they are the date (as "12-3").

describe("the words leading a return's date are the return's", () => {
  it.each([
    ["cgk dps next fri 2 return on the 28th", { date: "next fri", pax: "2", returnDate: "on the 28th" }],
    ["cgk dps besok 2 pulang pada tgl 28", { date: "besok", pax: "2", returnDate: "tgl 28" }],
    ["cgk dps besok 2 pulang on the 28th", { date: "besok", pax: "2", returnDate: "on the 28th" }],
    ["cgk dps besok return the 28th 2", { date: "besok", pax: "2", returnDate: "the 28th" }],
    ["cgk dps 25 dec back on the 28th 2", { date: "25 dec", pax: "2", returnDate: "on the 28th" }],
    ["cgk dps pp on the 10th to the 15th 2", { date: "on the 10th", pax: "2", returnDate: "the 15th" }],
    ["cgk dps round trip on the 10th on the 15th", { date: "on the 10th", returnDate: "on the 15th" }],
    // Already read as they were: the lead is part of the date phrase, or the date starts with "tgl".
    ["cgk dps besok 2 return on 28 dec", { date: "besok", pax: "2", returnDate: "on 28 dec" }],
    ["cgk dps besok 2 pulang tgl 28", { date: "besok", pax: "2", returnDate: "tgl 28" }],
    ["cgk dps besok 2 pulang tanggal 28 des", { date: "besok", pax: "2", returnDate: "tanggal 28 des" }],
  ])("%s: nothing left out", (text, expected) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject({ origin: "cgk", destination: "dps", roundTrip: true, ...expected });
    expect(form.unread).toBeUndefined();
  });

  it("a lead with no date after it is still said back", () => {
    expect(parseQuickForm("cgk dps besok 2 return on")).toMatchObject({ roundTrip: true, unread: "on" });
    expect(parseQuickForm("cgk dps besok 2 return on").returnDate).toBeUndefined();
  });

  it("a second return date after a range is still said back whole, its lead included", () => {
    expect(parseQuickForm("cgk dps 25-28 des pulang on the 30th")).toMatchObject({ date: "25 des", returnDate: "28 des", unread: "pulang on the 30th" });
  });
});

describe("two bare counts that can only be a date", () => {
  it.each([
    ["sub dps 12 3", "12-3"],
    ["cgk dps 25 2", "25-2"],
    ["cgk dps 9 1", "9-1"],
    ["cgk dps 1 9", "1-9"],
  ])("%s: the date %s, no party taken, nothing said back", (text, date) => {
    const form = parseQuickForm(text);
    expect(form).toEqual({ origin: text.split(" ")[0], destination: text.split(" ")[1], date });
  });

  it("with a time and a return, both kept", () => {
    expect(parseQuickForm("cgk dps 12 3 jam 7 pulang 15 mar")).toEqual({ origin: "cgk", destination: "dps", date: "12-3", time: "morning", roundTrip: true, returnDate: "15 mar" });
  });

  it.each([
    ["cgk dps 5 2", { countsOrDate: "5 2" }],
    ["cgk dps 3 3", { countsOrDate: "3 3" }],
    ["cgk dps 5 20", { unread: "5 20" }],
    // No 31 April, but plainly a date: the date step says it doesn't exist (never "unread").
    ["cgk dps 31 4", { date: "31-4" }],
    ["cgk dps 31 2 1 org", { date: "31-2", pax: "1 org" }],
    ["cgk dps 13 12 2", { date: "13-12", pax: "2" }],
    ["cgk dps 5 2 1", { unread: "5 2 1" }],
    ["cgk dps 25", { unread: "25" }],
    ["cgk dps for 12 3", { pax: "12 3" }],
    ["cgk dps besok 12 3", { date: "besok", pax: "12 3" }],
  ] as const)("%s keeps its reading", (text, expected) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject(expected);
    if (!("date" in expected)) expect(form.date).toBeUndefined();
  });

  it("only the date reading: a day and month whose party can't fly", () => {
    expect(countsOnlyDateOf("12 3")).toBe("12-3");
    expect(countsOnlyDateOf("8 1")).toBe("8-1");
    expect(countsOnlyDateOf("29 2")).toBe("29-2");
    expect(countsOnlyDateOf("5 2")).toBeUndefined();
    expect(countsOnlyDateOf("5 20")).toBeUndefined();
    expect(countsOnlyDateOf("31 4")).toBe("31-4");
    expect(countsOnlyDateOf("32 4")).toBeUndefined();
    expect(countsOnlyDateOf("12 3 1")).toBeUndefined();
    expect(countsOrDateOf("12 3")).toBeUndefined();
    expect(countsOrDateOf("5 2")).toEqual({ party: { adult: 5, child: 2, infant: 0 }, dayMonth: "5-2" });
  });
});
