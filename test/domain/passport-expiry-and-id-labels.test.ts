import { describe, expect, it } from "vitest";
import { latestExpiry } from "../../src/domain/document-date.js";
import { readPassport } from "../../src/domain/passport-input.js";
import { readIdNumber } from "../../src/domain/id-number-input.js";

const FLIGHT = "2027-01-16";

describe("a passport expiry further ahead than any passport runs", () => {
  it("the latest expiry is ten years after the flight", () => expect(latestExpiry(FLIGHT)).toBe("2037-01-16"));

  it("a birth date typed after the number (17-08-90, read 2090) is asked about, not taken", () => {
    expect(readPassport("A1234567 17-08-90", FLIGHT)).toEqual({ number: "A1234567", tooFar: { typed: "17-08-90", date: "2090-08-17" } });
    expect(readPassport("17-08-2090 A1234567", FLIGHT)).toEqual({ number: "A1234567", tooFar: { typed: "17-08-2090", date: "2090-08-17" } });
    expect(readPassport("17 agustus 2040", FLIGHT)).toEqual({ tooFar: { typed: "17 agustus 2040", date: "2040-08-17" } });
    expect(readPassport("A1234567 12/90", FLIGHT)).toEqual({ number: "A1234567", tooFar: { typed: "12/90", date: "2090-12-01" } });
  });

  it("up to ten years after the flight is an expiry as before", () => {
    expect(readPassport("A1234567 31-12-36", FLIGHT)).toEqual({ number: "A1234567", expiry: "2036-12-31" });
    expect(readPassport("A1234567 16-01-2037", FLIGHT)).toEqual({ number: "A1234567", expiry: "2037-01-16" });
    expect(readPassport("A1234567 17-01-2037", FLIGHT)?.tooFar).toBeDefined();
  });
});

describe("an expiry typed as eight digits next to the number", () => {
  it("31122031 beside a passport number is the date, either side", () => {
    expect(readPassport("31122031 A1234567", FLIGHT)).toEqual({ number: "A1234567", expiry: "2031-12-31" });
    expect(readPassport("A1234567 31122031", FLIGHT)).toEqual({ number: "A1234567", expiry: "2031-12-31" });
  });

  it("eight digits that are no date, or alone, stay a number; a digits-only number beside a dated expiry stays the number", () => {
    expect(readPassport("31122031")).toEqual({ number: "31122031" });
    expect(readPassport("12345678 31-12-2031")).toEqual({ number: "12345678", expiry: "2031-12-31" });
    expect(readPassport("A1234567 99999999")).toEqual({ number: "A1234567", unreadDate: "99999999" });
  });
});

describe("KTP/ID labels with no, nomor, number or # after them", () => {
  it.each([
    "ID No. 3174092302900001", "e-KTP no 3174092302900001", "NIK No: 3174092302900001", "ID No.3174092302900001", "KTP nomor 3174092302900001",
    "NIK number: 3174092302900001", "KTP #3174092302900001", "No. KTP 3174092302900001", "ID: 3174092302900001", "No. 3174092302900001",
  ])("%s", (typed) => expect(readIdNumber(typed)).toEqual({ ok: true, value: "3174092302900001" }));

  it("a passport number after its label and No., and one that begins with NO", () => {
    expect(readIdNumber("Passport No. A1234567")).toEqual({ ok: true, value: "A1234567" });
    expect(readIdNumber("Paspor NO1234567")).toEqual({ ok: true, value: "NO1234567" });
  });
});
