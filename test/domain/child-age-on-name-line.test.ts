import { describe, expect, it } from "vitest";
import { splitTrailingDate } from "../../src/domain/birth-date-input.js";
import { splitLineData } from "../../src/domain/name-line-data.js";

// A child's age typed after the name ("An. Dika 5th", "An Dika umur 5", "An. Dika usia: 5") is no part of the name:
// split off like a birth date, never quoted as a name with digits in it.
describe("a child's age after the name", () => {
  it.each([
    ["An. Dika 5th", "An. Dika", "5th"],
    ["An Dika 5 thn", "An Dika", "5 thn"],
    ["An. Dika umur 5", "An. Dika", "umur 5"],
    ["An. Dika usia: 5", "An. Dika", "usia: 5"],
    ["Mstr Dika age 5", "Mstr Dika", "age 5"],
    ["An. Dika (umur 5)", "An. Dika", "umur 5"],
  ])("%s", (line, name, extra) => {
    expect(splitTrailingDate(line)).toEqual({ name, extra });
    expect(splitLineData(`3. ${line}`)).toEqual({ name, extra });
  });

  it("a number alone after a name is still the agent's line, said as it is", () => {
    expect(splitTrailingDate("Mr Budi 2")).toEqual({ name: "Mr Budi 2" });
  });
});
