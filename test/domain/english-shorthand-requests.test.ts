import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { readTypedRequest } from "../../src/domain/typed-request.js";
import { readResultsRequest, type ResultsContext } from "../../src/domain/results-request.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";

/** What a hurried English-speaking agent types: "tmr", "2 adt 1 chd", "2a1c", "need …", "whats the status of …", "book the 2nd one". */

describe("quick form: asking words in English are filler, the hyphenated route is kept", () => {
  it.each([
    ["need 2 pax cgk-dps tmr morning", { origin: "cgk", destination: "dps", date: "tmr", pax: "2 pax", time: "morning" }],
    ["i need 2 pax cgk dps tomorrow", { origin: "cgk", destination: "dps", date: "tomorrow", pax: "2 pax" }],
    ["looking for cgk dps tmr 2", { origin: "cgk", destination: "dps", date: "tmr", pax: "2" }],
    ["any flights cgk dps tmr evening 1 pax", { origin: "cgk", destination: "dps", date: "tmr", pax: "1 pax", time: "evening" }],
    ["pls check cgk dps 20/12 2 adt 1 chd", { origin: "cgk", destination: "dps", date: "20/12", pax: "2 adt 1 chd" }],
    ["cgk-dps 2a1c tmr", { origin: "cgk", destination: "dps", date: "tmr", pax: "2a1c" }],
  ])("%s", (text, expected) => expect(parseQuickForm(text)).toEqual(expected));
});

describe("chat spellings of tomorrow and of the passenger types", () => {
  it.each(["tmr", "tmrw", "tmw", "2moro", "2morrow"])("%s is tomorrow", (typed) => {
    expect(parseTravelDate(typed, "2026-12-03")).toMatchObject({ ok: true, date: "2026-12-04" });
  });
  it.each([
    ["2 adt 1 chd", { adult: 2, child: 1, infant: 0 }],
    ["1 adl", { adult: 1, child: 0, infant: 0 }],
    ["2 adt 1 chd 1 inf", { adult: 2, child: 1, infant: 1 }],
    ["2a1c", { adult: 2, child: 1, infant: 0 }],
    ["2a1c1i", { adult: 2, child: 1, infant: 1 }],
    ["2a 1c 1i", { adult: 2, child: 1, infant: 1 }],
    ["2d1a1b", { adult: 2, child: 1, infant: 1 }],
  ])("%s", (typed, pax) => expect(parsePax(typed)).toEqual({ ok: true, pax }));
  it("a glued letter that fits both shorthands is still not guessed", () => {
    expect(parsePax("2a").ok).toBe(false);
  });
});

describe("typed outside any flow: two places with only dates, party and asking words are a search", () => {
  it.each([
    ["need 2 pax cgk-dps tmr morning", "2 pax cgk-dps tmr morning"],
    ["cgk dps tmr 2", "cgk dps tmr 2"],
    ["cgk-dps tmr 2", "cgk-dps tmr 2"],
    ["cgk dps tmrw 2", "cgk dps tmrw 2"],
    ["cgk dps tmr 2 pax", "cgk dps tmr 2 pax"],
    ["need 2 pax cgk dps tomorrow", "2 pax cgk dps tomorrow"],
    ["cgk dps tomorrow 2 adt", "cgk dps tomorrow 2 adt"],
    ["pls check cgk dps 20/12 2 adt 1 chd", "cgk dps 20/12 2 adt 1 chd"],
    ["cgk-dps 2a1c tmr", "cgk-dps 2a1c tmr"],
    ["cgk-dps 2a1c1i tmr", "cgk-dps 2a1c1i tmr"],
    ["cgk dps 2moro 2", "cgk dps 2moro 2"],
    ["i need cgk dps tmr", "cgk dps tmr"],
    ["looking for cgk dps tmr 2", "cgk dps tmr 2"],
  ])("%s → /cari %s", (text, search) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: search }));

  it.each([
    // One place inside chatter starts nothing, nor do two places among words of no trip.
    "need to call dps tmr",
    "i need a break tmr",
    "any news from cgk to dps?",
    "check with budi about cgk dps tmr",
    "i need to check bali lombok",
    "check jakarta and bali",
  ])("%s stays chatter", (text) => expect(readTypedRequest(text)).toBeUndefined());
});

describe("asking words beside a status word", () => {
  it.each([
    ["whats the status of GEQSQG", { kind: "status", code: "GEQSQG" }],
    ["what's the status of ABC123", { kind: "status", code: "ABC123" }],
    ["what is the status of ABC123?", { kind: "status", code: "ABC123" }],
    ["whats the status", { kind: "status" }],
    ["status of my booking", { kind: "status" }],
    // A code shaped like a glued party with two-digit counts is a code.
    ["12A34B gmn?", { kind: "status", code: "12A34B" }],
    ["whats the status of 12A34B", { kind: "status", code: "12A34B" }],
    ["what's the status of my booking?", { kind: "status" }],
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));

  it.each(["whats the plan", "status of the trip to bali tmr", "what is it"])("%s asks for no status", (text) => {
    expect(readTypedRequest(text)?.kind).not.toBe("status");
  });
});

describe("at a results list, a leading book / take / pick / ambil / pesan", () => {
  const ctx: ResultsContext = { airlines: [{ code: "JT", name: "Lion Air" }], today: "2026-12-03" };
  it.each([
    ["book the 2nd one", { kind: "place", place: 2 }],
    ["book no 3", { kind: "place", place: 3 }],
    ["book 2", { kind: "place", place: 2 }],
    ["i'll take no 3", { kind: "place", place: 3 }],
    ["pick the 2nd one", { kind: "place", place: 2 }],
    ["pesan yg ke 2", { kind: "place", place: 2 }],
    ["ambil 3", { kind: "place", place: 3 }],
    ["book the cheapest", { kind: "filter", cheapest: true }],
    ["i'll take the cheapest", { kind: "filter", cheapest: true }],
    // A count lead right before the number is the party, pick word or not.
    ["book for 3", { kind: "party", pax: { adult: 3, child: 0, infant: 0 } }],
    ["pesan untuk 3", { kind: "party", pax: { adult: 3, child: 0, infant: 0 } }],
  ])("%s", (text, expected) => expect(readResultsRequest(text, ctx)).toEqual(expected));
});

describe("a party led by for / untuk beside two places", () => {
  it.each([
    ["cgk dps tmr for 2", "cgk dps tmr for 2"],
    ["cgk dps besok untuk 3", "cgk dps besok untuk 3"],
  ])("%s → /cari %s", (text, search) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: search }));
});
