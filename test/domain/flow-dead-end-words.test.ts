import { describe, expect, it } from "vitest";
import { whichOfTwo } from "../../src/domain/which-of-two.js";
import { dateWithoutFillers, partyWithFillers } from "../../src/domain/answer-fillers.js";
import { countsOrDateReply } from "../../src/domain/counts-or-date-answer.js";
import { statusAskedFor } from "../../src/domain/status-asked.js";
import { isCancelPhrase, isStrictCancel } from "../../src/domain/cancel-words.js";

// The words behind the flow's dead ends: which of two taps a typed answer names, the asking words around a
// date or a party, "5 2" settled at the date question, a status asked mid-flow, and the cancel words.

describe("which of two options a typed answer names", () => {
  it.each([
    ["the first one", 1], ["first", 1], ["1st", 1], ["1", 1], ["yang pertama", 1], ["pertama", 1], ["yes the first one", 1], ["ke-1", 1],
    ["the 2nd", 2], ["second one", 2], ["2", 2], ["yg kedua", 2], ["ke 2", 2], ["2nd pls", 2],
    ["yes", "unsaid"], ["ok", "unsaid"], ["ya", "unsaid"], ["Yes!", "unsaid"], ["that one", "unsaid"],
    ["12/03/85", undefined], ["3 dec 1985", undefined], ["no", undefined], ["first class", undefined], ["1 2", undefined],
  ] as const)("%j → %j", (typed, which) => {
    expect(whichOfTwo(typed)).toBe(which);
  });
});

describe("asking words around a party or a date", () => {
  it.each([
    ["need 2", 2], ["2 pax pls", 2], ["for 2 adults please", 2], ["just me", 1], ["only me", 1], ["saya sendiri", 1], ["2 orang aja dong", 2], ["tolong 3 org ya kak", 3],
  ] as const)("party %j reads %i adults", (typed, adults) => {
    expect(partyWithFillers(typed)).toEqual({ ok: true, pax: { adult: adults, child: 0, infant: 0 } });
  });

  it("reads nothing that wasn't only asking words: a plain answer, chatter, a party that still isn't one", () => {
    for (const typed of ["2", "need to call her", "pls wait", "just a sec"]) expect(partyWithFillers(typed)).toBeUndefined();
    expect(partyWithFillers("need 20 pls")).toMatchObject({ ok: false, reason: "too_many" });
  });

  it.each([["tmr pls", "tmr"], ["need it on 5 jan", "on 5 jan"], ["besok aja", "besok"], ["i need it tomorrow please", "tomorrow"]])("date %j is %j", (typed, date) => {
    expect(dateWithoutFillers(typed)).toBe(date);
  });

  it("a number left alone is never a date: 'need 2' is a party said in the wrong place", () => {
    expect(dateWithoutFillers("need 2")).toBeUndefined();
    expect(dateWithoutFillers("besok")).toBeUndefined();
  });
});

describe("'5 2' settled at the date question", () => {
  const party = { adult: 5, child: 2, infant: 0 };
  it.each([
    ["5 2", "again"], [" 5  2 ", "again"], ["5 2?", "again"],
    ["tanggal", "date"], ["the date", "date"], ["itu tanggal", "date"], ["date", "date"],
    ["penumpang", "party"], ["passengers", "party"], ["jumlah penumpang", "party"], ["5 adults 2 children", "party"], ["5 dewasa 2 anak", "party"], ["5 dewasa 2 anak aja", "party"],
    ["5 feb", undefined], ["besok", undefined], ["3 dewasa", undefined], ["5 2 0", undefined], ["tanggal penumpang", undefined],
  ] as const)("%j → %j", (typed, reply) => {
    expect(countsOrDateReply(typed, "5 2", party)).toBe(reply);
  });
});

describe("a status asked with its code, mid-flow", () => {
  it.each(["whats the status of ABC123", "status ABC123", "cek ABC123", "cek kode ABC123", "Cek abc123 dong"])("%j names ABC123", (typed) => {
    expect(statusAskedFor(typed)).toEqual(["ABC123"]);
  });
  it.each(["cek ABC123 atau DEF456", "cek ABC123 dan DEF456", "status ABC123, DEF456"])("%j names both codes", (typed) => {
    expect(statusAskedFor(typed)).toEqual(["ABC123", "DEF456"]);
  });
  it.each(["ABC123", "ABC123 gmn?", "kode booking ABC123", "cek dulu ya", "status", "issue ABC123"])("%j is left to the question", (typed) => {
    expect(statusAskedFor(typed)).toBeUndefined();
  });
});

describe("cancel words: one rule at every step and at the list", () => {
  it("any cancel the bot knows, addressed to it", () => {
    for (const typed of ["batal", "btl", "gk jd", "cancel it", "batal dong", "never mind", "no thanks", "forget it", "stop dulu"]) expect(isCancelPhrase(typed), typed).toBe(true);
    for (const typed of ["cancel my booking", "batal ABC123", "stop by the office"]) expect(isCancelPhrase(typed), typed).toBe(false);
  });
  it("unaddressed in a group: batal / cancel alone only", () => {
    for (const typed of ["batal", "Cancel", "BATAL 🙏", "batalkan"]) expect(isStrictCancel(typed), typed).toBe(true);
    for (const typed of ["btl", "batalin", "batal aja", "cancel pls", "gk jd", "never mind"]) expect(isStrictCancel(typed), typed).toBe(false);
  });
});
