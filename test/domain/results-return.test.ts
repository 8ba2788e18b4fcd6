import { describe, expect, it } from "vitest";
import { readResultsRequest, type ResultsContext } from "../../src/domain/results-request.js";

// A return typed at a results list ("pulang tgl 28", "return on the 28th", "pp") was not understood: the list's
// generic hint answered. It is a `return` request, its day read when typed (and readable), read strictly like
// the rest of the list's words, so chatter and other requests keep their readings.

const ctx: ResultsContext = { airlines: [{ code: "JT", name: "Lion Air" }], today: "2026-12-03" };
const read = (text: string) => readResultsRequest(text, ctx);

describe("a return typed at a results list", () => {
  it.each([
    ["return on the 28th", "2026-12-28"],
    ["the return on the 28th pls", "2026-12-28"],
    ["return flight on 28/12", "2026-12-28"],
    ["round trip on the 28th", "2026-12-28"],
    ["return trip on 28 dec", "2026-12-28"],
    ["pulang tgl 28", "2026-12-28"],
    ["pulang pada tgl 28", "2026-12-28"],
    ["pulangnya tgl 28 ya kak", "2026-12-28"],
    ["balik 28 des", "2026-12-28"],
    ["pulang 28", "2026-12-28"],
    ["pp tgl 28", "2026-12-28"],
    ["tgl 28 pulangnya", "2026-12-28"],
    ["sekalian tiket pulangnya tgl 30", "2026-12-30"],
    ["pulang besok", "2026-12-04"],
  ])("%s → the return, on %s", (text, date) => {
    expect(read(text)).toEqual({ kind: "return", date });
  });

  it.each(["pp", "PP", "round trip", "Round trip?", "roundtrip", "pulang pergi", "mau pp aja", "yg pp ada?", "jadi pp aja", "return", "return trip", "p.p"])(
    "%s → the return, no day typed",
    (text) => expect(read(text)).toEqual({ kind: "return" }),
  );

  it.each(["pulang minggu depan", "pulang 2 des"])("%s → the return, its day one that can't be searched as such", (text) => {
    expect(read(text)).toEqual({ kind: "return" });
  });

  it.each([
    // A count after "pp" may be the party: never a return day, nor a day after "for"/"untuk".
    "pp 2", "pp on 2", "pp for 2", "pp untuk 2", "pp 2 org", "pulang jam 7",
    // Chatter, and a place: not understood.
    "saya pulang dulu", "balik papan", "pulang 40",
    // Dates both ways: which one is the outbound is not guessed here.
    "pp 25 des 28 des", "25 des pp",
  ])("%s → not a return request", (text) => {
    expect(read(text)?.kind).not.toBe("return");
  });

  it("without today's date a return day is not read, a bare return still is", () => {
    const noDay = { airlines: ctx.airlines };
    expect(readResultsRequest("pulang tgl 28", noDay)).toBeUndefined();
    expect(readResultsRequest("pp", noDay)).toEqual({ kind: "return" });
  });

  it.each([
    ["tgl 10 aja", { kind: "date", date: "2026-12-10" }],
    ["besok pagi", { kind: "date", date: "2026-12-04", time: "morning" }],
    ["jadi 3", { kind: "party", pax: { adult: 3, child: 0, infant: 0 } }],
    ["yg kedua", { kind: "place", place: 2 }],
  ])("%s keeps its reading", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
