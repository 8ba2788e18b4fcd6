import { describe, expect, it } from "vitest";
import { DOMESTIC_AIRPORTS } from "../../src/domain/airport.js";
import { AIRPORT_ALIASES } from "../../src/domain/airport-aliases.js";
import { isIndonesianAirport, isInternationalRoute } from "../../src/domain/airport-countries.js";

// The seed's city list stops at "Solo": airports after it in the alphabet (and others MMBC sells) are Indonesian too.
describe("domestic or international is decided by the airports' country", () => {
  it.each([["CGK", "SOQ"], ["UPG", "TTE"], ["SUB", "TRK"], ["UPG", "TIM"], ["DPS", "WGP"], ["DPS", "TMC"], ["UPG", "SOQ"], ["KNO", "SBG"], ["CGK", "CBN"], ["PNK", "PSU"]])(
    "%s-%s is domestic", (from, to) => {
      expect(isInternationalRoute(from, to)).toBe(false);
      expect(isInternationalRoute(to.toLowerCase(), from)).toBe(false);
    },
  );

  it.each([["CGK", "SIN"], ["KUL", "DPS"], ["SUB", "JED"], ["CGK", "XYZ"], ["ZZZ", "SUB"]])("%s-%s is international (an unknown airport too: a passport is asked)", (from, to) => {
    expect(isInternationalRoute(from, to)).toBe(true);
  });

  it("every airport of the seed's list and of the Indonesian alias table is Indonesian; the table's abroad ones are not", () => {
    const abroad = AIRPORT_ALIASES.findIndex((a) => a.code === "SIN");
    expect([...DOMESTIC_AIRPORTS].filter((c) => !isIndonesianAirport(c))).toEqual([]);
    expect(AIRPORT_ALIASES.slice(0, abroad).map((a) => a.code).filter((c) => !isIndonesianAirport(c))).toEqual([]);
    expect(AIRPORT_ALIASES.slice(abroad).map((a) => a.code).filter((c) => isIndonesianAirport(c))).toEqual([]);
  });
});
