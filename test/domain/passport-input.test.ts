import { describe, expect, it } from "vitest";
import { parseDocumentDate, parseMonthYear } from "../../src/domain/document-date.js";
import { readPassport } from "../../src/domain/passport-input.js";
import { parseBirthDate } from "../../src/domain/birth-date-input.js";
import { parseContactAnswer } from "../../src/domain/contact-input.js";
import { parseNationality } from "../../src/domain/nationality-input.js";
import { readIdNumber } from "../../src/domain/id-number-input.js";

describe("a passport answer as agents type it", () => {
  it.each([
    "A1234567 31-12-2031", "A 1234567 31-12-2031", "a1234567 31 des 2031", "A1234567 31 Dec 2031", "A1234567 exp 31/12/2031",
    "A1234567 exp. 31.12.2031", "No paspor: A1234567, berlaku s/d 31-12-2031", "A1234567 31 desember 2031", "A1234567 Dec 31, 2031",
    "A1234567 31-12-31", "A1234567 2031-12-31", "31-12-2031 A1234567", "A1234567 31 12 2031", "passport A1234567 expiry 31-Dec-2031",
  ])("%s", (typed) => expect(readPassport(typed)).toEqual({ number: "A1234567", expiry: "2031-12-31" }));

  it("keeps the number when the date is missing, partial or unreadable", () => {
    expect(readPassport("A1234567")).toEqual({ number: "A1234567" });
    expect(readPassport("A 1234567")).toEqual({ number: "A1234567" });
    expect(readPassport("A1234567 12/30")).toEqual({ number: "A1234567", monthOnly: { month: 12, year: 2030 } });
    expect(readPassport("A1234567 des 2030")).toEqual({ number: "A1234567", monthOnly: { month: 12, year: 2030 } });
    expect(readPassport("A1234567 31-13-2031")).toEqual({ number: "A1234567", unreadDate: "31-13-2031" });
    expect(readPassport("A1234567 31 desember")).toEqual({ number: "A1234567", unreadDate: "31 desember" });
  });

  it("a date alone is the expiry; a month alone is only a month", () => {
    expect(readPassport("31 des 2031")).toEqual({ expiry: "2031-12-31" });
    expect(readPassport("12/30")).toEqual({ monthOnly: { month: 12, year: 2030 } });
    expect(readPassport("des 2031")).toEqual({ monthOnly: { month: 12, year: 2031 } });
  });

  it("words without a number are nothing of a passport", () => {
    for (const typed of ["Budi Santoso", "tidak tahu", "", "paspor", `A1234567${" ".repeat(200)}31-12-2031`]) expect(readPassport(typed), typed).toBeUndefined();
  });
});

describe("document dates", () => {
  it("read the birth date forms, day first, months in both languages", () => {
    for (const typed of ["15/01/22", "15-01-2022", "15 jan 2022", "15 Januari 2022", "Jan 15, 2022", "2022-01-15", "15.1.2022", "15-Jan-2022"]) {
      expect(parseDocumentDate(typed, "2026-06-01"), typed).toBe("2022-01-15");
    }
  });
  it("place two-digit years before the given day, else in 20yy", () => {
    expect(parseDocumentDate("17/8/90", "2026-06-01")).toBe("1990-08-17");
    expect(parseDocumentDate("31/12/30")).toBe("2030-12-31");
    expect(parseDocumentDate("31/12/30", "2026-06-01")).toBe("1930-12-31");
  });
  it("refuse days that don't exist and half dates", () => {
    for (const typed of ["31-02-2030", "31-13-2030", "15 jan", "12/30", "besok", "x".repeat(50)]) expect(parseDocumentDate(typed), typed).toBeUndefined();
  });
  it("birth dates read as before", () => {
    expect(parseBirthDate("17 agustus 1990", "2026-06-01")).toBe("1990-08-17");
    expect(parseBirthDate("Aug 17, 1990", "2026-06-01")).toBe("1990-08-17");
    expect(parseBirthDate("17/8/90", "2026-06-01")).toBe("1990-08-17");
  });
  it("month and year without the day", () => {
    expect(parseMonthYear("12/30")).toEqual({ month: 12, year: 2030 });
    expect(parseMonthYear("12-2030")).toEqual({ month: 12, year: 2030 });
    expect(parseMonthYear("Dec 2030")).toEqual({ month: 12, year: 2030 });
    expect(parseMonthYear("13/30")).toBeUndefined();
  });
});

describe("KTP / ID numbers", () => {
  it.each([
    ["3174092302900001", "3174092302900001"], ["NIK: 3174092302900001", "3174092302900001"], ["nik 3174 0923 0290 0001", "3174092302900001"],
    ["KTP: 3174092302900001", "3174092302900001"], ["No. KTP 3174092302900001", "3174092302900001"], ["NIK3174092302900001", "3174092302900001"],
    ["e-KTP 3174-0923-0290-0001", "3174092302900001"], ["A1234567", "A1234567"], ["paspor A1234567", "A1234567"], ["ID1234567", "ID1234567"],
  ])("%s → %s", (typed, value) => expect(readIdNumber(typed)).toEqual({ ok: true, value }));

  it("all digits but not 16 is asked about, with the count", () => {
    expect(readIdNumber("317409230290001")).toEqual({ ok: false, reason: "ktp_digits", value: "317409230290001", digits: 15 });
    expect(readIdNumber("NIK 31740923029000012")).toMatchObject({ reason: "ktp_digits", digits: 17 });
  });

  it("anything else is unreadable; letters alone are no ID (a name, chat)", () => {
    for (const typed of ["3174/0923", "x".repeat(200)]) expect(readIdNumber(typed), typed).toEqual({ ok: false, reason: "unreadable" });
    for (const typed of ["Budi", "abc"]) expect(readIdNumber(typed), typed).toEqual({ ok: false, reason: "letters" });
  });
});

describe("nationality words for Indonesia", () => {
  it.each(["RI", "ri", "Indo", "WNI", "Indonesia", "indonesian", "ID", "IDN"])("%s → id", (typed) => expect(parseNationality(typed)).toBe("id"));
  it("other countries' codes stay theirs", () => {
    expect(parseNationality("IN")).toBe("in");
    expect(parseNationality("IR")).toBe("ir");
    expect(parseNationality("IL")).toBe("il");
  });
});

describe("a phone with its holder's name", () => {
  it.each([
    ["+62812 3456 7890 a.n. Budi", { phone: "081234567890" }],
    ["0812 3456 7890 an Budi Santoso", { phone: "081234567890" }],
    ["0812-3456-7890 (WA) atas nama Bu Siti", { phone: "081234567890" }],
    ["agen@example.com 081234567890 a/n Pak Budi", { email: "agen@example.com", phone: "081234567890" }],
    ["0812 3456 7890 pak Budi", { phone: "081234567890" }],
  ] as const)("%s", (typed, contact) => expect(parseContactAnswer(typed)).toEqual(contact));

  it("a second number after the name is not dropped: nothing is taken", () => {
    expect(parseContactAnswer("0812 3456 7890 a.n. Budi 0813 1111 2222")).toEqual({});
    expect(parseContactAnswer("0812 3456 7890 a.n. kantor 2")).toEqual({});
    expect(parseContactAnswer("a.n. Budi 0812 3456 7890")).toEqual({});
  });
});
