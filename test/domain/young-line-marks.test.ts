import { describe, expect, it } from "vitest";
import { pastedNames } from "../../src/domain/pasted-names.js";
import { lineAgeType } from "../../src/domain/line-age-type.js";
import { splitLineData } from "../../src/domain/name-line-data.js";
import { placeNames } from "../../src/domain/place-names.js";

// A child's line ("(anak)", "anak", "(child)", a child's birth date) is placed in a child's place (probe 79).
describe("a child said on a name's line", () => {
  it.each([
    ["Nn Ani Lestari 5/6/2015 (anak)", "Nn Ani Lestari 5/6/2015"],
    ["Nn Ani Lestari (anak) 5/6/2015", "Nn Ani Lestari 5/6/2015"],
    ["Nn Ani Lestari 5/6/2015 anak", "Nn Ani Lestari 5/6/2015"],
    ["Ms Ani Lestari (child)", "Ms Ani Lestari"],
    ["Nn Ani Lestari (anak-anak)", "Nn Ani Lestari"],
  ])("%s is a child's line, the mark no note", (line, name) => {
    expect(pastedNames(line)).toEqual({ lines: [name], dropped: [], young: [true] });
  });

  it("'Anak' leading a name stays the name's", () => {
    expect(pastedNames("Tn Anak Agung Gede")).toEqual({ lines: ["Tn Anak Agung Gede"], dropped: [] });
  });

  it.each([
    ["Nn Ani Lestari 5/6/2015", "child"],
    ["Tn Budi 12-03-1985", "adult"],
    ["Miss Kiki 01-02-2026", "infant"],
    ["An. Dika 5 thn", "child"],
    ["Mr Budi", undefined],
  ] as const)("%s on a flight on 2027-01-05 is an %s's line", (line, type) => {
    expect(lineAgeType(splitLineData(line), "2027-01-05", 12)).toBe(type);
  });

  it("Nn with a child's birth date takes the child's place as Miss; the next adult the adult's", () => {
    const { placed } = placeNames(["Tn Budi Santoso", "Nn Ani Lestari", "Ny Siti Aminah"], ["adult", "adult", "child"], [0, 1, 2], [undefined, { type: "child" }]);
    expect(placed.map((p) => [p.slot, p.answer.ok && p.answer.title])).toEqual([[0, "Mr"], [2, "Miss"], [1, "Mrs"]]);
  });

  it("a child's birth date with no child's place left goes by the title (the birth question says the age)", () => {
    const { placed } = placeNames(["Tn Budi Santoso", "Nn Ani Lestari"], ["adult", "adult"], [0, 1], [undefined, { type: "child" }]);
    expect(placed.map((p) => [p.slot, p.answer.ok && p.answer.title])).toEqual([[0, "Mr"], [1, "Ms"]]);
  });
});

// Titles and a child's gender after the name, as WhatsApp messages carry them (probe 79).
describe("a title or gender after the name", () => {
  it.each([
    ["Budi Santoso (Tn)", { lines: ["Tn Budi Santoso"], dropped: [] }],
    ["2. Budi Santoso (Mr.) 12-03-1985", { lines: ["2. Mr. Budi Santoso 12-03-1985"], dropped: [] }],
    ["Tn Budi Santoso (Mr)", { lines: ["Tn Budi Santoso"], dropped: [] }],
    ["Budi Santoso, Mr", { lines: ["Mr Budi Santoso"], dropped: [] }],
    ["Budi Santoso, Tn", { lines: ["Tn Budi Santoso"], dropped: [] }],
    ["Raka Santoso laki2", { lines: ["Raka Santoso"], dropped: [], genders: ["Mstr"] }],
    ["Raka anak laki-laki", { lines: ["Raka"], dropped: [], genders: ["Mstr"], young: [true] }],
    ["Nadia Putri cewek", { lines: ["Nadia Putri"], dropped: [], genders: ["Miss"] }],
    ["Raka Santoso (anak laki2)", { lines: ["Raka Santoso"], dropped: [], genders: ["Mstr"], young: [true] }],
  ])("%s", (line, read) => {
    expect(pastedNames(line)).toEqual(read);
  });

  it("'Putri' and 'Putra' last are names, not genders", () => {
    expect(pastedNames("Nadia Putri")).toEqual({ lines: ["Nadia Putri"], dropped: [] });
  });
});

describe("a long line read for a gender at its end", () => {
  it("stays quick on long runs of commas and spaces", () => {
    const start = Date.now();
    pastedNames(`Budi ${", ".repeat(500)}lakix`);
    expect(Date.now() - start).toBeLessThan(200);
  });
});
