import { describe, expect, it } from "vitest";
import { parseDocumentDate } from "../../src/domain/document-date.js";
import { dateReadings, withoutBirthLabel } from "../../src/domain/document-date-readings.js";
import { parseBirthDate } from "../../src/domain/birth-date-input.js";
import { pastedNames } from "../../src/domain/pasted-names.js";
import { placeNames } from "../../src/domain/place-names.js";
import { readPassport } from "../../src/domain/passport-input.js";
import { documentDateText } from "../../src/presenters/document-date-text.js";

// Passenger dates typed by an English-speaking agent (12/03/85 may be 3 December), the labels typed
// before them and before names, and a child's title on a booking without children.

const today = "2026-12-03";

describe("a numeric document date that reads two ways", () => {
  it.each([
    ["12/03/85", "1985-03-12", "1985-12-03"],
    ["1/2/1987", "1987-02-01", "1987-01-02"],
    ["10/05/2031", "2031-05-10", "2031-10-05"],
    ["03.12.1985", "1985-12-03", "1985-03-12"],
    ["12 03 1985", "1985-03-12", "1985-12-03"],
  ])("%s reads day/month %s and month/day %s", (typed, dayMonth, monthDay) => {
    expect(dateReadings(typed, today)).toEqual({ dayMonth, monthDay });
  });

  it.each([["13/03/85"], ["03/13/85"], ["5/5/1990"], ["12 mar 1985"], ["Mar 12, 1985"], ["1985-03-12"], ["12/03"], ["31122031"]])("%s reads one way only", (typed) => {
    expect(dateReadings(typed, today)).toBeUndefined();
  });

  it("13/03/85 and 03/13/85 are both 13 March 1985", () => {
    expect(parseDocumentDate("13/03/85", today)).toBe("1985-03-13");
    expect(parseDocumentDate("03/13/85", today)).toBe("1985-03-13");
    expect(parseDocumentDate("12/31/2031")).toBe("2031-12-31");
  });

  it("an ambiguous one is still day/month where nobody asks (the Indonesian reading)", () => {
    expect(parseDocumentDate("12/03/85", today)).toBe("1985-03-12");
  });

  it("readPassport says the month/day reading only when asked to", () => {
    expect(readPassport("E1234567 exp 10/05/2031", "2026-12-04")).toEqual({ number: "E1234567", expiry: "2031-05-10" });
    expect(readPassport("E1234567 exp 10/05/2031", "2026-12-04", true)).toEqual({ number: "E1234567", expiry: "2031-05-10", alsoReads: { date: "2031-10-05", typed: "10/05/2031" } });
    expect(readPassport("E1234567 31/12/2031", "2026-12-04", true)).toEqual({ number: "E1234567", expiry: "2031-12-31" });
  });
});

describe("labels before a birth date", () => {
  it.each([["dob 12/03/85"], ["DOB: 12/03/85"], ["d.o.b. 12/03/85"], ["D.O.B 12/03/85"], ["born 12/03/85"], ["born on 12/03/85"], ["birth date 12/03/85"], ["date of birth: 12/03/85"], ["tgl lahir 12/03/85"], ["Tgl. lahir: 12/03/85"], ["tanggal lahir 12/03/85"], ["lahir 12/03/85"]])("%s is the date 12/03/85", (typed) => {
    expect(withoutBirthLabel(typed)).toBe("12/03/85");
    expect(parseBirthDate(typed, today)).toBe("1985-03-12");
  });

  it("a date without a label, or a word that only starts like one, is left alone", () => {
    expect(withoutBirthLabel("12/03/85")).toBe("12/03/85");
    expect(withoutBirthLabel("bornholm")).toBe("bornholm");
  });
});

describe("labels before pasted names", () => {
  it.each([["pax names: mr john smith / mrs jane smith"], ["passenger names: mr john smith / mrs jane smith"], ["names: mr john smith / mrs jane smith"], ["pax: mr john smith / mrs jane smith"], ["name: mr john smith / mrs jane smith"], ["Nama penumpang: mr john smith / mrs jane smith"]])("%s gives the two names", (typed) => {
    expect(pastedNames(typed).lines).toEqual(["mr john smith", "mrs jane smith"]);
  });

  it("only as the line's lead: a name holding such a word keeps it", () => {
    expect(pastedNames("Mr Pax Names").lines).toEqual(["Mr Pax Names"]);
  });
});

describe("a child's name on a booking without children", () => {
  it("is said to have no place of its type in the party, not that every child is named", () => {
    const r = placeNames(["mr john smith", "mrs jane smith", "mstr tom smith"], ["adult", "adult", "adult"], [0, 1, 2]);
    expect(r.unplaced).toEqual([{ line: 2, type: "child", problem: { reason: "no_place", type: "child", absent: true } }]);
  });

  it("a child named twice on a booking with one child is 'named already'", () => {
    const r = placeNames(["mstr tom smith", "mstr tim smith"], ["adult", "child"], [1, 0]);
    expect(r.unplaced).toEqual([{ line: 1, type: "child", problem: { reason: "no_place", type: "child" } }]);
  });
});

describe("passenger dates printed with the month as a word", () => {
  it.each([["en", "1985-03-12", "12 Mar 1985"], ["id", "1985-03-12", "12 Mar 1985"], ["en", "2031-12-03", "3 Dec 2031"], ["id", "2031-12-03", "3 Des 2031"], ["id", "1990-08-17", "17 Agt 1990"]])("%s %s → %s", (locale, date, shown) => {
    expect(documentDateText(date, locale)).toBe(shown);
  });
});
