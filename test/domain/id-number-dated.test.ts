import { describe, expect, it } from "vitest";
import { readIdNumber } from "../../src/domain/id-number-input.js";

// A passport typed with its expiry at the ID question was glued into one ID ("A123456731122031"):
// a date's digits are never part of an ID.
describe("an ID answer with a date in it", () => {
  it.each([
    ["A1234567 31-12-2031", "A1234567"],
    ["B7654321 30-06-2030", "B7654321"],
    ["A1234567 31122031", "A1234567"],
    ["paspor A1234567 exp 31/12/2031", "A1234567"],
    ["A1234567 31 Dec 2031", "A1234567"],
  ])("%s is a passport and its expiry: %s", (typed, passport) => expect(readIdNumber(typed)).toEqual({ ok: false, reason: "dated", passport }));

  it("a date-shaped part that reads as no date is still never joined", () => {
    expect(readIdNumber("A1234567 31-13-2031")).toEqual({ ok: false, reason: "dated" });
  });

  it("a KTP typed in groups and a passport number alone are read as before", () => {
    expect(readIdNumber("3174 0917 0890 0011")).toEqual({ ok: true, value: "3174091708900011" });
    expect(readIdNumber("317409 170890 0011")).toEqual({ ok: true, value: "3174091708900011" });
    expect(readIdNumber("A 1234567")).toEqual({ ok: true, value: "A1234567" });
    expect(readIdNumber("NIK: 3174-0917-0890-0011")).toEqual({ ok: true, value: "3174091708900011" });
  });
});
