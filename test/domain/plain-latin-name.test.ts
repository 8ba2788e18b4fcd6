import { describe, expect, it } from "vitest";
import { isAirlineSpellable, plainLatinName } from "../../src/domain/plain-latin-name.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";

describe("names as airline systems take them (plain A–Z)", () => {
  it.each([
    ["Dési Anggraini", "Desi Anggraini"],
    ["Jürgen Ñúñez", "Jurgen Nunez"],
    ["Zoe\u0301 A\u030Angstro\u0308m", "Zoe Angstrom"],
    ["Søren Łukasz", "Soren Lukasz"],
    ["Straße Æsir", "Strasse Aesir"],
    ["Budi O'Brien-Santoso", "Budi O'Brien-Santoso"],
  ])("%s flies as %s", (typed, wire) => {
    expect(plainLatinName(typed)).toBe(wire);
    expect(isAirlineSpellable(typed)).toBe(true);
  });

  it("a Latin letter no airline spelling is known for is refused at the name, not at booking", () => {
    expect(isAirlineSpellable("Ƿynn Ȝeoff")).toBe(false);
    expect(parseTitledName("Mr Ƿynn Ȝeoff", "adult")).toMatchObject({ ok: false, reason: "not_latin" });
  });
});

describe("a name typed with combining accents is capitalised as a word", () => {
  it("Zoe\\u0301 Rene\\u0301e stays Zoé Renée (no capital after the accent)", () => {
    expect(parseTitledName("Mrs Zoe\u0301 A\u030Angstro\u0308m Rene\u0301e", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "Zoé Ångström Renée" });
    expect(parseTitledName("mrs zoé renée", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "Zoé Renée" });
  });
});
