import { describe, expect, it } from "vitest";
import { phoneTypedAlone } from "../../src/domain/phone-typed-alone.js";
import { doubtfulPassportNumber, readPassport } from "../../src/domain/passport-input.js";
import { readIdNumber } from "../../src/domain/id-number-input.js";

// At a passport or ID-number question an agent typing ahead the customer's contact sends its phone alone:
// "081234567890" was read as the passport number. A mobile number is never a document's number.
describe("a phone number typed alone at a document-number question", () => {
  it.each([
    ["081234567890", "081234567890"],
    ["0812-3456-7890", "081234567890"],
    ["0812 3456 7890", "081234567890"],
    ["+62 812 3456 7890", "081234567890"],
    ["6281234567890", "081234567890"],
    ["628123456789", "08123456789"],
    ["0812345678", "0812345678"],
    ["+6591234567", "+6591234567"],
  ])("%j is the phone %j", (typed, phone) => {
    expect(phoneTypedAlone(typed)).toBe(phone);
  });

  // Passports: a letter and 7 digits (Indonesia), or 8–9 digits (some foreign ones); unsure ones are no phone.
  it.each(["A1234567", "X1234567", "12345678", "123456789", "081234567", "1234567890", "3174012345678901", "A1234567 31-12-2031", "17-08-1990", "hp"])("%j is no phone here", (typed) => {
    expect(phoneTypedAlone(typed)).toBeUndefined();
  });

  it("a number equal to the contact's phone already noted is that phone, in the form it was noted", () => {
    expect(phoneTypedAlone("6591234567", ["+6591234567"])).toBe("+6591234567");
    expect(phoneTypedAlone("081234567", ["081234567"])).toBe("081234567");
    expect(phoneTypedAlone("6591234567", ["+6598765432"])).toBeUndefined();
  });
});

describe("passport numbers that may be something else", () => {
  it.each([["1234567890", true], ["123456789012", true], ["123456789", false], ["12345678", false], ["A1234567", false], ["AB1234567890", false]])("%j doubtful: %j", (number, doubtful) => {
    expect(doubtfulPassportNumber(number)).toBe(doubtful);
  });

  it("real passport numbers are still read", () => {
    expect(readPassport("A1234567")).toEqual({ number: "A1234567" });
    expect(readPassport("123456789 31-12-2031")).toEqual({ number: "123456789", expiry: "2031-12-31" });
  });

  it("a mobile number is never a 16-digit NIK: asked about, not taken", () => {
    expect(readIdNumber("081234567890")).toEqual({ ok: false, reason: "ktp_digits", value: "081234567890", digits: 12 });
    expect(readIdNumber("0812 3456 7890")).toMatchObject({ ok: false, digits: 12 });
  });
});
