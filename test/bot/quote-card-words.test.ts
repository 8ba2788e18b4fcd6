import { describe, expect, it } from "vitest";
import { readCardWords } from "../../src/bot/features/search/quote-card-words.js";

const TODAY = "2026-05-01";

describe("what is typed at the live price card", () => {
  it.each([
    ["tgl 26", "2026-05-26"],
    ["eh ganti tgl 26", "2026-05-26"],
    ["ganti ke tgl 26 ya kak", "2026-05-26"],
    ["besok aja", "2026-05-02"],
    ["change date to the 26th", "2026-05-26"],
    // An ordinal past a list page's places is a day, as the results list reads it (no flight is numbered so).
    ["the 26th", "2026-05-26"],
    ["change the date to 26 dec", "2026-12-26"],
    ["ganti tanggal 3 juni", "2026-06-03"],
  ])("%j: another date", (typed, date) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "date", date });
  });

  it.each([
    ["ganti jadi 3 org", { adult: 3, child: 0, infant: 0 }, undefined],
    ["jadi 3", { adult: 3, child: 0, infant: 0 }, undefined],
    ["change to 3 pax", { adult: 3, child: 0, infant: 0 }, undefined],
    ["2 dws 1 ank", { adult: 2, child: 1, infant: 0 }, undefined],
    ["+ bayi", { adult: 0, child: 0, infant: 1 }, true],
  ] as const)("%j: another party", (typed, pax, add) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "party", pax, ...(add && { add }) });
  });

  // Hurried wording around the change: a filler before it, a question or "ya" after it, "make it", an hour after the date.
  it.each([
    ["eh jadi 3 org ya", { kind: "party", pax: { adult: 3, child: 0, infant: 0 } }],
    ["make it 3 pax", { kind: "party", pax: { adult: 3, child: 0, infant: 0 } }],
    ["tgl 26 bisa?", { kind: "date", date: "2026-05-26" }],
    ["ganti tgl 26 jam 7", { kind: "date", date: "2026-05-26", time: "morning" }],
    ["besok pagi", { kind: "date", date: "2026-05-02", time: "morning" }],
    ["change date to the 26th evening", { kind: "date", date: "2026-05-26", time: "evening" }],
    ["besok sore bisa?", { kind: "date", date: "2026-05-02", time: "evening" }],
  ] as const)("%j: read as the change", (typed, words) => {
    expect(readCardWords(typed, TODAY)).toEqual(words);
  });

  // A party no booking takes is still read as the party (the card then says the limit), never as a route change.
  it.each(["change to 8 pax", "change it to 8 pax", "ganti ke 8 org", "jadi 8 org", "ganti jadi 8 org"])("%j: a party over the limit", (typed) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "party", pax: { adult: 8, child: 0, infant: 0 } });
  });

  it.each(["change to 0 pax", "ganti ke 0 org"])("%j: a party of nobody, not nobody joining", (typed) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "party", pax: { adult: 0, child: 0, infant: 0 } });
  });

  it.each(["kemarin", "ganti tgl kemarin", "change date to yesterday"])("%j: a day gone by", (typed) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "past" });
  });

  it("a date typed with a new destination is not searched without it", () => {
    expect(readCardWords("ganti tujuan ke lombok besok", TODAY)?.kind).toBe("change");
  });

  it.each([
    ["ganti nama 26", "name"],
    ["ganti tgl 26 jadi 3 org", "date"],
    ["ganti tanggal", "date"],
    ["change the date", "date"],
    ["ganti pesawat", "flight"],
    ["ganti", "any"],
  ])("%j: a change the card can't make as typed (%s)", (typed, what) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "change", what });
  });

  it.each(["Tn Budi Santoso", "Mr Budi Santoso", "1. Tn Budi Santoso\n2. Ny Siti Aminah"])("%j: a name", (typed) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "name" });
  });

  it.each(["081234567890", "+62 812 3456 7890", "agen@example.com"])("%j: the contact", (typed) => {
    expect(readCardWords(typed, TODAY)).toEqual({ kind: "contact" });
  });

  // The card's own words, a number (no list to pick from here) and the rest: left to the step.
  it.each(["ok", "lanjut", "ok gas", "3", "26", "ok 3", "3 aja", "garuda aja", "mungkin", "Tn", "jam 7"])("%j: nothing the card reads", (typed) => {
    expect(readCardWords(typed, TODAY)).toBeUndefined();
  });
});
