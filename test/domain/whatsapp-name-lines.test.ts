import { describe, expect, it } from "vitest";
import { isBareDataLine, joinBareDataLines } from "../../src/domain/bare-data-lines.js";
import { pastedNames } from "../../src/domain/pasted-names.js";
import { childTitleWithName, parseAdultTitle, parseChildTitle } from "../../src/domain/passenger-parse.js";
import { isQuestionAtName } from "../../src/domain/name-prompt-question.js";
import { placeNames } from "../../src/domain/place-names.js";

/** Passenger data pasted from WhatsApp the way a hurried agent sends it (probe 75). */
describe("a birth date or KTP on its own line under the name", () => {
  it("joins the name line above it", () => {
    expect(joinBareDataLines("Tn Budi Santoso\n1-1-1980")).toBe("Tn Budi Santoso 1-1-1980");
    expect(joinBareDataLines("Tn Budi Santoso\n3174092302900001\nNy Ani Lestari\n3174092302900002")).toBe("Tn Budi Santoso 3174092302900001\nNy Ani Lestari 3174092302900002");
    expect(joinBareDataLines("Mr Budi\nA1234567\n31-12-2031\n\nMrs Ani\n12 mar 87")).toBe("Mr Budi A1234567 31-12-2031\n\nMrs Ani 12 mar 87");
    expect(joinBareDataLines("An Rafi\n5 thn")).toBe("An Rafi 5 thn");
  });
  it("leaves a phone, a data line under a heading or first, and a single line as they are", () => {
    expect(joinBareDataLines("Tn Budi\n081234567890")).toBe("Tn Budi\n081234567890");
    expect(joinBareDataLines("Nama penumpang:\n1-1-1980")).toBe("Nama penumpang:\n1-1-1980");
    expect(joinBareDataLines("1-1-1980\nTn Budi")).toBe("1-1-1980\nTn Budi");
    expect(joinBareDataLines("1-1-1980")).toBe("1-1-1980");
    expect(isBareDataLine("2")).toBe(false);
    expect(isBareDataLine("Budi 1-1-1980")).toBe(false);
  });
  it("pastedNames reads them as one line per passenger", () => {
    expect(pastedNames("Tn Budi Santoso\n1-1-1980").lines).toEqual(["Tn Budi Santoso 1-1-1980"]);
    expect(pastedNames("Tn Budi Santoso\n3174092302900001\nNy Ani Lestari\n3174092302900002").lines).toHaveLength(2);
  });
});

describe("a bracketed gender after a child's name", () => {
  it("is the child's title, not a dropped note, also before the data on the line", () => {
    expect(pastedNames("an. Bima Sakti (cowok)")).toEqual({ lines: ["an. Bima Sakti"], dropped: [], genders: ["Mstr"] });
    expect(pastedNames("nadia putri (perempuan)").genders).toEqual(["Miss"]);
    expect(pastedNames("5. an. Bima Sakti (cowok) 12-3-2019").lines).toEqual(["5. an. Bima Sakti 12-3-2019"]);
    expect(pastedNames("Ny. Siti Aminah (ibunya)").dropped).toEqual([{ kind: "note", text: "(ibunya)" }]);
  });
});

describe("the child's boy/girl answer typed", () => {
  it.each([["cewe", "Miss"], ["laki2", "Mstr"], ["laki-laki", "Mstr"], ["lelaki", "Mstr"], ["anak laki", "Mstr"], ["anak cewek", "Miss"], ["Cowo", "Mstr"], ["bayi perempuan", "Miss"], ["a girl", "Miss"]] as const)("%s → %s", (typed, title) => {
    expect(parseChildTitle(typed)).toBe(title);
  });
  it("'Mstr Bima Sakti' for Bima Sakti takes the title; another name does not", () => {
    expect(childTitleWithName("Mstr Bima Sakti", "Bima Sakti")).toBe("Mstr");
    expect(childTitleWithName("miss kiki", "Kiki Kiki")).toBe("Miss");
    expect(childTitleWithName("Mstr Rafi", "Bima Sakti")).toBeUndefined();
    expect(childTitleWithName("Tn Bima Sakti", "Bima Sakti")).toBeUndefined();
  });
  it("an adult's title after Dr. is not read from a child's words", () => {
    expect(parseAdultTitle("mst")).toBeUndefined();
    expect(parseAdultTitle("laki2")).toBe("Mr");
  });
});

describe("a child's name without a title", () => {
  it("'ank', 'Nadia Putri', 'Rafi' at a child's place wait for boy/girl; chat, places and questions don't", () => {
    const answer = (line: string, slots: ("adult" | "child" | "infant")[] = ["child"]) => {
      const r = placeNames([line], slots, [0]);
      return r.placed[0]?.answer ?? r.unplaced[0]?.problem;
    };
    expect(answer("ank nadia putri")).toMatchObject({ reason: "gender", fullName: "Nadia Putri" });
    expect(answer("Nadia Putri")).toMatchObject({ reason: "gender", fullName: "Nadia Putri" });
    expect(answer("Rafi", ["infant"])).toMatchObject({ reason: "gender", fullName: "Rafi Rafi", singleName: true });
    expect(answer("Nadia Putri", ["adult"])).toMatchObject({ reason: "no_title" });
    expect(answer("nanti dulu ya")).toMatchObject({ reason: "no_title" });
    expect(answer("lombok")).toMatchObject({ reason: "no_title" });
    expect(answer("etiket dong")).toMatchObject({ reason: "no_title" });
  });
});

describe("a question at the name prompt", () => {
  it.each(["bagasi brp?", "harga udah termasuk pajak?", "status?", "etiket dong", "yg lebih murah", "berapa harganya", "is baggage included"])("%s is a question", (typed) => {
    expect(isQuestionAtName(typed)).toBe(true);
  });
  it.each(["Tn Budi Santoso", "Budi Santoso", "Mr Apa Saja", "Tn Budi\nbagasi?"])("%s is not", (typed) => {
    expect(isQuestionAtName(typed)).toBe(false);
  });
});
