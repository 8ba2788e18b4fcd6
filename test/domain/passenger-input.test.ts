import { describe, expect, it } from "vitest";
import { parseBirthDate, splitTrailingDate } from "../../src/domain/birth-date-input.js";
import { parseContactAnswer } from "../../src/domain/contact-input.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";
import { passengerLines } from "../../src/domain/passenger-lines.js";
import { placeNames } from "../../src/domain/place-names.js";

describe("honours and dots are not on the ID: the ticket name drops them", () => {
  it.each([
    ["Ibu Hj. Siti Aminah", "Mrs", "Siti Aminah"],
    ["Bapak H. Ahmad Dahlan", "Mr", "Ahmad Dahlan"],
    ["Tn Dr. Budi Santoso", "Mr", "Budi Santoso"],
    ["Mrs. Hj. Siti Aminah", "Mrs", "Siti Aminah"],
    ["Ny Prof. Dr. Rina Wijaya", "Mrs", "Rina Wijaya"],
    ["Tn Ir. Budi Santoso", "Mr", "Budi Santoso"],
    ["Dr. H. Ahmad Dahlan", "Mr", "Ahmad Dahlan"], // H. still says Mr when no other title does
    ["Tn Budi Santoso.", "Mr", "Budi Santoso"],
    ["Tn Budi S.", "Mr", "Budi S"], // an initial keeps its letter, not its dot
    ["Tn M.Rizky Pratama", "Mr", "M Rizky Pratama"],
  ] as const)("%s → %s %s", (typed, title, fullName) => expect(parseTitledName(typed, "adult")).toEqual({ ok: true, title, fullName }));

  it("an honour alone still says what it can, and a name made only of titles has no name", () => {
    expect(parseTitledName("Dr. Budi Santoso", "adult")).toMatchObject({ ok: false, reason: "gender", fullName: "Budi Santoso" });
    expect(parseTitledName("Hj. Siti Aminah", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "Siti Aminah" });
    expect(parseTitledName("Tn Hj.", "adult")).toMatchObject({ ok: false, reason: "no_name" });
    // After the title only honours go: a name that starts like a title word stays whole.
    expect(parseTitledName("Ny An Nisa", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "An Nisa" });
    // Without its dot, H may be an initial.
    expect(parseTitledName("Tn H Budi", "adult")).toEqual({ ok: true, title: "Mr", fullName: "H Budi" });
  });
});

describe("pasted names go to the party's places by their titles, and no line is dropped", () => {
  /** Where each line went: "slot title name" or "-reason". */
  function placed(lines: string[], slots: ("adult" | "child" | "infant")[]): string[] {
    const r = placeNames(lines, slots, slots.map((_, i) => i));
    return lines.map((_, k) => {
      const p = r.placed.find((x) => x.line === k);
      if (p) return `${p.slot} ${p.answer.ok ? p.answer.title : "?"} ${p.answer.fullName}`;
      return `-${r.unplaced.find((x) => x.line === k)!.problem.reason}`;
    });
  }

  it("a family in natural order: the child's place is kept for the child", () => {
    expect(placed(["Bpk Budi Santoso", "An. Rafi Santoso", "Ibu Siti Aminah"], ["adult", "adult", "child"]))
      .toEqual(["0 Mr Budi Santoso", "2 ? Rafi Santoso", "1 Mrs Siti Aminah"]);
  });

  it("children first: Miss and Mstr take the child's and the infant's places, the adults theirs", () => {
    expect(placed(["Miss Aisyah Putri", "Mstr Rafi Santoso", "Tn Budi Santoso", "Ny Siti Aminah"], ["adult", "adult", "child", "infant"]))
      .toEqual(["2 Miss Aisyah Putri", "3 Mstr Rafi Santoso", "0 Mr Budi Santoso", "1 Mrs Siti Aminah"]);
    // By. is an infant first; Miss with no child's place left is a woman (Ms).
    expect(placed(["By. Ayu Lestari", "An. Dimas Pratama", "Tn Budi Santoso"], ["adult", "child", "infant"])).toEqual(["2 ? Ayu Lestari", "1 ? Dimas Pratama", "0 Mr Budi Santoso"]);
    expect(placed(["Tn Budi Santoso", "Miss Rina Putri"], ["adult", "adult"])).toEqual(["0 Mr Budi Santoso", "1 Ms Rina Putri"]);
  });

  it("a bad line is said, and the lines after it are still placed", () => {
    expect(placed(["Tn Budi Santoso", "xx 123", "Ny Siti Aminah"], ["adult", "adult"])).toEqual(["0 Mr Budi Santoso", "-no_title", "1 Mrs Siti Aminah"]);
    expect(placed(["Tn Budi Santoso", "Tn Andi Wijaya", "Ny Siti Aminah"], ["adult", "adult", "child"])).toEqual(["0 Mr Budi Santoso", "1 Mr Andi Wijaya", "-no_place"]);
  });
});

describe("birth dates as agents type them", () => {
  const today = "2026-12-03";
  it.each([
    ["17-08-1990", "1990-08-17"], ["17 agustus 1990", "1990-08-17"], ["17 agu 1990", "1990-08-17"], ["12 maret 2026", "2026-03-12"],
    ["17/8/90", "1990-08-17"], ["Aug 17, 1990", "1990-08-17"], ["17 Aug 1990", "1990-08-17"], ["17 Des. 1990", "1990-12-17"],
    ["1990-08-17", "1990-08-17"], ["3/12/26", "2026-12-03"], ["4/12/26", "1926-12-04"], // two digits: never ahead of today
    ["31 feb 1990", undefined], ["17 bulan 1990", undefined], ["besok", undefined],
  ] as const)("%s → %s", (typed, iso) => expect(parseBirthDate(typed, today)).toBe(iso));

  it("a date or an age after a name is split off; a name alone is left whole", () => {
    expect(splitTrailingDate("Tn Budi Santoso 17-08-1990")).toEqual({ name: "Tn Budi Santoso", extra: "17-08-1990" });
    expect(splitTrailingDate("An. Rafi 5 thn")).toEqual({ name: "An. Rafi", extra: "5 thn" });
    expect(splitTrailingDate("Ny Siti Aminah, lahir 12 maret 1992")).toEqual({ name: "Ny Siti Aminah", extra: "lahir 12 maret 1992" });
    expect(splitTrailingDate("Tn Budi Santoso")).toEqual({ name: "Tn Budi Santoso" });
    expect(splitTrailingDate("Mr Budi 2")).toEqual({ name: "Mr Budi 2" });
  });
});

describe("lists and name formats agents paste", () => {
  it("a comma list of titled names is several; a comma inside one name is not", () => {
    expect(passengerLines("Tn Budi Santoso, Ny Siti Aminah, Nn Rina Putri")).toEqual(["Tn Budi Santoso", "Ny Siti Aminah", "Nn Rina Putri"]);
    expect(passengerLines("Santoso, Budi")).toEqual(["Santoso, Budi"]);
  });

  it("the airlines' LAST/FIRST TITLE and emoji are read", () => {
    expect(passengerLines("SANTOSO/BUDI MR")).toEqual(["MR BUDI SANTOSO"]);
    expect(parseTitledName(passengerLines("SANTOSO/BUDI MR")[0]!, "adult")).toEqual({ ok: true, title: "Mr", fullName: "Budi Santoso" });
    expect(passengerLines("👨 Tn Budi Santoso 🙏\n👩‍👧 Ny Siti Aminah")).toEqual(["Tn Budi Santoso", "Ny Siti Aminah"]);
  });
});

describe("a contact typed as agents write it", () => {
  it.each([
    ["agen@example.com 081234567890", { email: "agen@example.com", phone: "081234567890" }],
    ["email: agen@gmail.com", { email: "agen@gmail.com" }],
    ["wa 081234567890", { phone: "081234567890" }],
    ["hp 0812 3456 7890 (wa)", { phone: "081234567890" }],
    ["0812 1111 2222", { phone: "081211112222" }],
    ["agen@example.com besok", {}],
    ["halo", {}],
    // Labels with -nya, separators and words said around them: the contact taken, nothing dropped.
    ["emailnya ani@gmail.com", { email: "ani@gmail.com" }],
    ["budi@gmail.com / 0812 3456 7890", { email: "budi@gmail.com", phone: "081234567890" }],
    ["hp nya salah 081298765432", { phone: "081298765432" }],
    ["nomornya 081298765432", { phone: "081298765432" }],
    ["my number is 081298765432", { phone: "081298765432" }],
    ["ya", {}],
  ] as const)("%s", (typed, contact) => expect(parseContactAnswer(typed)).toEqual(contact));
});
