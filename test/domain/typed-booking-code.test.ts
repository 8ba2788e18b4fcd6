import { describe, expect, it } from "vitest";
import { parseTypedBookingCode } from "../../src/domain/typed-booking-code.js";
import { readTypedRequest } from "../../src/domain/typed-request.js";

const code = (c: string) => ({ kind: "code", code: c });

describe("the booking code in the words after a command", () => {
  it.each([
    ["Z7A9DN", "Z7A9DN"], ["  z7a9dn ", "Z7A9DN"], ["Z7A9DN.", "Z7A9DN"], ["#Z7A9DN", "Z7A9DN"], ["(Z7A9DN)!", "Z7A9DN"],
    ["kode Z7A9DN", "Z7A9DN"], ["kode: Z7A9DN", "Z7A9DN"], ["z7a9dn dong", "Z7A9DN"], ["tolong cek kode booking #z7a9dn ya kak", "Z7A9DN"],
    ["Z7A9DN Z7A9DN", "Z7A9DN"], ["Z7A9DN, z7a9dn", "Z7A9DN"], ["pnr LRWFBN pls", "LRWFBN"], ["status issued LRWFBN", "LRWFBN"],
    ["Z7A 9DN", "Z7A9DN"], ["kode z7a 9dn dong", "Z7A9DN"], ["LRW FBN", "LRWFBN"], ["order 20604252", "20604252"], ["120005", "120005"],
    // Alone after the command, as always: any 4–10 letters and digits, a six-letter word too (an all-letter PNR).
    ["AB12", "AB12"], ["status", "STATUS"], ["please", "PLEASE"], ["kapan2", "KAPAN2"],
    // A code typed in small letters beside words, or a doubled-word shape in capitals: still the code.
    ["lrwfb2 dong", "LRWFB2"], ["KAPAN2 dong", "KAPAN2"],
  ])("%j → %s", (text, expected) => {
    expect(parseTypedBookingCode(text)).toEqual(code(expected));
  });

  it.each([[""], ["   "], ["dong"], ["kode"], ["kode booking dong"], ["tolong ya kak"], ["aku mau"], ["Z7 A9 DN"], ["Z7A 9DN K2L"], ["#"], ["kode ABC"], ["kapan2 aja"], ["nanti2 aja ya kak"]])(
    "%j has none",
    (text) => expect(parseTypedBookingCode(text)).toEqual({ kind: "none" }),
  );

  it("two different codes are not guessed between", () => {
    expect(parseTypedBookingCode("Z7A9DN K2L8PQ")).toEqual({ kind: "several", codes: ["Z7A9DN", "K2L8PQ"] });
    expect(parseTypedBookingCode("kode z7a9dn atau #k2l8pq?")).toEqual({ kind: "several", codes: ["Z7A9DN", "K2L8PQ"] });
    // A year or a flight number beside a code is no second code.
    expect(parseTypedBookingCode("Z7A9DN GA410 2026")).toEqual(code("Z7A9DN"));
  });
});

describe("the same picker for a request typed without a slash", () => {
  it.each([
    ["cek kode Z7A9DN", { kind: "status", code: "Z7A9DN" }],
    ["cek Z7A9DN dong", { kind: "status", code: "Z7A9DN" }],
    ["status #Z7A9DN", { kind: "status", code: "Z7A9DN" }],
    ["issued z7a9dn ya", { kind: "issue", code: "Z7A9DN" }],
    ["cek Z7A 9DN", { kind: "status", code: "Z7A9DN" }],
    ["cek kode z7a 9dn dong", { kind: "status", code: "Z7A9DN" }],
    ["issued LRW FBN", { kind: "issue", code: "LRWFBN" }],
    ["check Z7A 9DN pls", { kind: "status", code: "Z7A9DN" }],
    // A half that is all digits, beside a half of three with a letter: still a PNR cut in two.
    ["check 28S 775 pls", { kind: "status", code: "28S775" }],
    ["cek 123 ABC", { kind: "status", code: "123ABC" }],
    ["cek Z7A9DN atau K2L8PQ", { kind: "status", code: "Z7A9DN", codes: ["Z7A9DN", "K2L8PQ"] }],
    ["issued Z7A9DN sama #k2l8pq", { kind: "issue", code: "Z7A9DN", codes: ["Z7A9DN", "K2L8PQ"] }],
    ["etiket Z7A9DN, K2L8PQ", { kind: "ticket", code: "Z7A9DN", codes: ["Z7A9DN", "K2L8PQ"] }],
    // An all-letter code typed in small letters, found after "cek", beside a second code: both asked about.
    ["cek fzajvg dan F7MP85", { kind: "status", code: "FZAJVG", codes: ["FZAJVG", "F7MP85"] }],
    // The same code twice, a flight number or a six-letter word beside it: one code.
    ["status z7a9dn Z7A9DN", { kind: "status", code: "Z7A9DN" }],
    ["cek Z7A9DN GA410", { kind: "status", code: "Z7A9DN" }],
    ["cek Z7A9DN sampai besok", { kind: "status", code: "Z7A9DN" }],
  ])("%j → %j", (text, expected) => {
    expect(readTypedRequest(text)).toEqual(expected);
  });

  it.each([["cek dulu ya kak"], ["cek bentar ya"], ["CEK LRW FBN"], ["cek CGK DPS"], ["cek 12 1234"], ["cek 4des 2a"], ["cek GA 4102"], ["cek JT 7050 dong"]])("%j is no lookup", (text) => {
    const read = readTypedRequest(text);
    expect(read === undefined || !("code" in read)).toBe(true);
  });
});
