import { describe, expect, it } from "vitest";
import { readLineFields, splitLineData } from "../../src/domain/name-line-data.js";

/** The data pasted after a name, placed by the question each part answers, conservatively. */
const fields = (line: string) => readLineFields(splitLineData(line));

describe("readLineFields", () => {
  it("reads the birth date, passport number, its expiry and the nationality, each as typed", () => {
    expect(fields("Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID")).toEqual({ birth: "17-08-1990", passport: "A1234567", expiry: "31-12-2031", nationality: "ID" });
    expect(fields("Mr John Smith 17/08/1990 A1234567 31/12/2031 Indonesia")).toEqual({ birth: "17/08/1990", passport: "A1234567", expiry: "31/12/2031", nationality: "Indonesia" });
    // Labels around the parts, dates with month names, a nationality of two words.
    expect(fields("Tn Budi 17 Agu 1990 paspor a1234567 exp 31 Des 2031 WNI")).toEqual({ birth: "17 Agu 1990", passport: "A1234567", expiry: "31 Des 2031", nationality: "WNI" });
    expect(fields("Mrs Kim Jisoo 02-03-1992 M12345678 30-06-2030 Korea Selatan")).toMatchObject({ nationality: "Korea Selatan" });
  });

  it("a birth date alone (or labelled) after the name is the birth date; an age is none", () => {
    expect(fields("Mr Budi Santoso 17-08-1990")).toEqual({ birth: "17-08-1990" });
    expect(fields("Tn Budi lahir 17-08-1990")).toEqual({ birth: "lahir 17-08-1990" });
    expect(fields("An. Rafi 5 thn")).toBeUndefined();
    expect(fields("Mr Adi 2")).toBeUndefined();
  });

  it("a 16-digit KTP is a KTP, never a passport; both may be pasted", () => {
    expect(fields("Ny. Siti Aminah, 3174012345678901")).toEqual({ ktp: "3174012345678901" });
    expect(fields("Mr Budi 17-08-1990 3174092302900001 A1234567 31-12-2031")).toEqual({ birth: "17-08-1990", ktp: "3174092302900001", passport: "A1234567", expiry: "31-12-2031" });
  });

  it("what is not surely placed is unread, never guessed", () => {
    // A second date before the number: an expiry or something else?
    expect(fields("Mr Budi 17-08-1990 31-12-2031 A1234567")).toEqual({ birth: "17-08-1990", passport: "A1234567", unread: ["31-12-2031"] });
    // Digits that are no KTP (and carry no letter of a passport); two countries.
    expect(fields("Mr Budi 17-08-1990 123456789 ID MY")).toEqual({ birth: "17-08-1990", unread: ["123456789", "ID MY"] });
    expect(fields("Mr Budi 17-08-1990 A1234567 31-12-2031 ID, MY")).toEqual({ birth: "17-08-1990", passport: "A1234567", expiry: "31-12-2031", unread: ["ID", "MY"] });
    // A date after the passport's expiry: no question is sure.
    expect(fields("Mr Budi A1234567 31-12-2031 17-08-1990")).toEqual({ passport: "A1234567", expiry: "31-12-2031", unread: ["17-08-1990"] });
  });
});
