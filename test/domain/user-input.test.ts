import { describe, expect, it } from "vitest";
import { matchAirport } from "../../src/domain/airport-match.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parseEmail, parsePhone } from "../../src/domain/contact-input.js";
import { parseNationality } from "../../src/domain/nationality-input.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";
import { readPassport } from "../../src/domain/passport-input.js";
import { parsePlainDate, parseTravelDate } from "../../src/domain/travel-date.js";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { formatRupiah } from "../../src/domain/money.js";

const airports = [
  { code: "CGK", city: "Jakarta" }, { code: "HLP", city: "Jakarta Halim" }, { code: "SUB", city: "Surabaya" },
  { code: "DPS", city: "Denpasar" }, { code: "BDO", city: "Bandung" }, { code: "BDJ", city: "Banjarmasin" }, { code: "SIN", city: "Singapore" },
];

describe("travel dates", () => {
  const today = "2026-11-23";
  it.each([
    ["30-12-2026", "2026-12-30"], ["30/12", "2026-12-30"], ["2026-12-30", "2026-12-30"], ["besok", "2026-11-24"], ["tomorrow", "2026-11-24"],
    ["lusa", "2026-11-25"], ["hari ini", "2026-11-23"], ["1/1", "2027-01-01"], ["30 Des", "2026-12-30"], ["5 january 2027", "2027-01-05"], ["30.12.26", "2026-12-30"],
  ])("%s → %s", (input, date) => expect(parseTravelDate(input, today)).toEqual({ ok: true, date }));
  it.each([["22-11-2026", "past"], ["24-11-2027", "too_far"], ["31-02-2027", "nonexistent"], ["kemarin", "past"], ["", "unreadable"]])(
    "%s is refused (%s)", (input, reason) => expect(parseTravelDate(input, today)).toMatchObject({ ok: false, reason }),
  );
  it("reads birth dates", () => {
    expect(parsePlainDate("17-08-1990")).toBe("1990-08-17");
    expect(parsePlainDate("1990-08-17")).toBe("1990-08-17");
    expect(parsePlainDate("17/8/1990")).toBe("1990-08-17");
    expect(parsePlainDate("17 agustus")).toBeUndefined();
  });
});

describe("party sizes", () => {
  it.each([["1", { adult: 1, child: 0, infant: 0 }], ["2 1 0", { adult: 2, child: 1, infant: 0 }], ["2,1,1", { adult: 2, child: 1, infant: 1 }]])(
    "%s", (input, pax) => expect(parsePax(input)).toEqual({ ok: true, pax }),
  );
  it.each([["0", "no_adult"], ["1 0 2", "infants_exceed_adults"], ["4 4", "too_many"], ["abc", "unreadable"], ["1 1 1 1", "unreadable"]])(
    "%s → %s", (input, reason) => expect(parsePax(input)).toMatchObject({ ok: false, reason }),
  );
});

describe("names, contacts, passports", () => {
  it("reads titles in English and Indonesian and checks them per passenger type", () => {
    expect(parseTitledName("Mr Budi Santoso", "adult")).toEqual({ ok: true, title: "Mr", fullName: "Budi Santoso" });
    expect(parseTitledName("mrs. siti   aminah", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "Siti Aminah" });
    expect(parseTitledName("Tn Budi", "adult")).toMatchObject({ ok: true, title: "Mr" });
    expect(parseTitledName("Miss Ayu", "adult")).toMatchObject({ ok: true, title: "Ms" });
    expect(parseTitledName("Miss Ayu", "child")).toMatchObject({ ok: true, title: "Miss" });
    expect(parseTitledName("Mr Adi", "child")).toMatchObject({ ok: false, reason: "wrong_title" });
    expect(parseTitledName("Budi", "adult")).toMatchObject({ ok: false, reason: "no_title" });
    expect(parseTitledName("Mr Budi:Evil", "adult")).toMatchObject({ ok: false, reason: "bad_name" });
    expect(parseTitledName("Mr Budi\u0007", "adult")).toMatchObject({ ok: false, reason: "bad_name" });
  });
  it("normalizes Indonesian mobile numbers and e-mails", () => {
    expect(parsePhone("+62 812-3456-7890")).toBe("081234567890");
    expect(parsePhone("0812 3456 7890")).toBe("081234567890");
    expect(parsePhone("021 555 1234")).toBeUndefined();
    expect(parseEmail(" Budi@Example.com ")).toBe("budi@example.com");
    expect(parseEmail("budi@example")).toBeUndefined();
    expect(parseEmail("budi.santoso+tiket@mail.travel-agen.co.id")).toBe("budi.santoso+tiket@mail.travel-agen.co.id");
    expect(parseEmail("o'neil_b%1@example.com")).toBe("o'neil_b%1@example.com");
    for (const bad of ["<b>x</b>@example.com", "a,b@example.com", "a&b@example.com", "budi@exa_mple.com", "budi@-example.com", "budi@example..com", "\"budi\"@example.com", ".budi@example.com"]) {
      expect(parseEmail(bad), bad).toBeUndefined();
    }
  });
  it("splits passports", () => expect(readPassport("a1234567 31-12-2030")).toEqual({ number: "A1234567", expiry: "2030-12-31" }));
});

describe("airports from what agents type", () => {
  it("codes and cities resolve exactly", () => {
    expect(matchAirport("cgk", airports)).toEqual({ kind: "exact", airport: airports[0] });
    expect(matchAirport("Surabaya", airports)).toMatchObject({ kind: "exact", airport: { code: "SUB" } });
    expect(matchAirport("denpasar bali", airports)).toMatchObject({ kind: "exact", airport: { code: "DPS" } });
    expect(matchAirport("singapura", airports)).toMatchObject({ kind: "exact", airport: { code: "SIN" } });
  });
  it("ambiguous and misspelled give suggestions; nonsense gives nothing", () => {
    expect(matchAirport("Jakarta", airports)).toMatchObject({ kind: "choices", airports: [{ code: "CGK" }, { code: "HLP" }] });
    expect(matchAirport("surabya", airports)).toMatchObject({ kind: "choices", airports: [{ code: "SUB" }] });
    expect(matchAirport("ban", airports)).toMatchObject({ kind: "choices" });
    expect(matchAirport("xyzzy", airports)).toEqual({ kind: "none" });
  });
});

describe("quick form, offsets, money", () => {
  it.each([
    ["CGK SUB 30-12-2026 2", { origin: "CGK", destination: "SUB", date: "30-12-2026", pax: "2" }],
    ["jakarta bali besok", { origin: "jakarta", destination: "bali", date: "besok" }],
    ["jakarta ke denpasar bali 30/12 2 1 0", { origin: "jakarta", destination: "denpasar bali", date: "30/12", pax: "2 1 0" }],
    ["CGK", { origin: "CGK" }],
    ["", {}],
    ["Jakarta  KE  Surabaya besok", { origin: "Jakarta", destination: "Surabaya", date: "besok" }],
    ["CGK - SUB", { origin: "CGK", destination: "SUB" }],
    ["- CGK SUB", { origin: "CGK", destination: "SUB" }],
    ["jakarta to", { origin: "jakarta" }],
    ["CGK SUB 22-12-2026 1,5", { origin: "CGK", destination: "SUB", date: "22-12-2026", pax: "1,5" }],
    ["cgk dps besok 2,1,1", { origin: "cgk", destination: "dps", date: "besok", pax: "2,1,1" }],
    ["CGK SUB 22-12-2026 1, 5", { origin: "CGK", destination: "SUB", date: "22-12-2026", pax: "1,5" }],
    ["cgk dps besok 2, 1, 1", { origin: "cgk", destination: "dps", date: "besok", pax: "2,1,1" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
  it("parses reminder offsets", () => {
    expect(parseOffsets("3h,1h,15m")).toEqual([10_800_000, 3_600_000, 900_000]);
    expect(parseOffsets("1h30m, 90s")).toEqual([5_400_000, 90_000]);
    expect(parseOffsets("3x")).toBeUndefined();
  });
  it("formats rupiah the Indonesian way", () => {
    expect(formatRupiah(1_234_500)).toBe("Rp 1.234.500");
    expect(formatRupiah(0)).toBe("Rp 0");
  });
});

// Telegram caps a message at 4096 characters, an inline query at 256; these are far over that, so a
// parser that is not linear, or that reads before capping, would take minutes here.
describe("long user text is refused before parsing", () => {
  const MiB = 1 << 20;
  it("a name answer of a megabyte of spaces is not a name; a short one with many spaces still is", () => {
    // Only whitespace after the title: no name (the old `\s+(.+)$` spent minutes on this one).
    expect(parseTitledName(`Mr${" ".repeat(MiB)}\n\n`, "adult")).toMatchObject({ ok: false, reason: "no_name" });
    expect(parseTitledName(`Mr${" \t".repeat(MiB)}Budi`, "adult")).toMatchObject({ ok: false, reason: "bad_name" });
    expect(parseTitledName(`  Mr.${" ".repeat(50)}budi${" ".repeat(40)}santoso  `, "adult")).toEqual({ ok: true, title: "Mr", fullName: "Budi Santoso" });
    expect(parseTitledName("Mr", "adult")).toMatchObject({ ok: false, reason: "no_name" });
  });
  it("contacts, passports, parties and dates of a megabyte are unreadable", () => {
    expect(parseEmail(`${"a".repeat(MiB)}@example.com`)).toBeUndefined();
    expect(parseEmail(`a@${"a.".repeat(MiB)}!`)).toBeUndefined();
    expect(parsePhone(`08${"1 ".repeat(MiB)}`)).toBeUndefined();
    expect(readPassport(`A1234567${" ".repeat(MiB)}x y`)).toBeUndefined();
    expect(parsePax(`1${" ,".repeat(MiB)}`)).toEqual({ ok: false, reason: "unreadable" });
    expect(parseTravelDate(`30 ${"des".repeat(MiB)}`, "2026-11-23")).toEqual({ ok: false, reason: "unreadable" });
    expect(parsePlainDate("1".repeat(MiB))).toBeUndefined();
  });
  it("a quick form or a place of a megabyte is no form and no place", () => {
    expect(parseQuickForm(`jakarta${" ".repeat(MiB)}ke${" ".repeat(MiB)}bali`)).toEqual({ tooLong: true });
    expect(parseQuickForm(`${"jakarta ke ".repeat(MiB / 8)}bali`)).toEqual({ tooLong: true });
    expect(matchAirport("surabaya".repeat(MiB / 8), airports)).toEqual({ kind: "none" });
    expect(matchAirport("  surabaya  ", airports)).toEqual({ kind: "exact", airport: { code: "SUB", city: "Surabaya" } });
  });
});

describe("parseNationality", () => {
  it("takes real codes, country names in Indonesian and English and common demonyms", () => {
    const cases: [string, string][] = [
      ["ID", "id"], ["sg", "sg"], ["MYS", "my"], ["WNI", "id"], ["Malaysian", "my"], ["Belanda", "nl"],
      ["Korea Selatan", "kr"], ["Singapura", "sg"], ["United States", "us"], ["UK", "gb"], [" indonesia. ", "id"],
      ["Inggris", "gb"], ["Amerika", "us"], ["Brunei", "bn"], ["Hongkong", "hk"], ["Tiongkok", "cn"], ["East Timor", "tl"],
      ["MY", "my"], ["NO", "no"], ["IN", "in"],
    ];
    for (const [typed, code] of cases) expect(parseNationality(typed), typed).toBe(code);
  });

  it("refuses two letters that are no country, and what names no country (the provider would refuse it at booking)", () => {
    for (const typed of ["xx", "QQ", "WNA", "asing", "", "x".repeat(80), "no", "my", "in", "to", "it", "AQ", "ATA", "Antarctica"]) expect(parseNationality(typed), typed).toBeUndefined();
  });
});
