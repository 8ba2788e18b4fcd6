import { describe, expect, it } from "vitest";
import { joinLabelledBlocks } from "../../src/domain/labelled-blocks.js";

/** Labelled blocks pasted one field a line: one line per passenger, in the name line's order. */
describe("joinLabelledBlocks", () => {
  it("joins each block's fields onto its name line: birth date, passport, expiry, KTP, nationality", () => {
    expect(joinLabelledBlocks("Nama: Tn. Budi Santoso\nTgl lahir: 17 agustus 1990\nNo paspor: A1234567\nExp: 17-03-2027\n\nNama: Ny. Sari Dewi\nTgl lahir: 1 feb 1992\nNo paspor: B7654321\nExp: 30-06-2030"))
      .toBe("Nama: Tn. Budi Santoso 17 agustus 1990 A1234567 17-03-2027\nNama: Ny. Sari Dewi 1 feb 1992 B7654321 30-06-2030");
    expect(joinLabelledBlocks("1. Name: Mr John Smith\nNationality: Indonesia\nExpiry: 31-12-2031\nPassport: A1234567\nDOB: 17 Aug 1990\n2. Mrs Jane Smith\nNIK: 3174012345678901\nTTL: Jakarta, 25/05/1987"))
      .toBe("1. Name: Mr John Smith 17 Aug 1990 A1234567 31-12-2031 Indonesia\n2. Mrs Jane Smith 25/05/1987 3174012345678901");
  });
  it("a contact line stays its own line, and the block goes on after it", () => {
    expect(joinLabelledBlocks("Nama: Tn Budi\nHP: 081234567890\nMasa berlaku: 31-12-2031\nPaspor: A1234567")).toBe("Nama: Tn Budi A1234567 31-12-2031\nHP: 081234567890");
  });
  it("leaves a paste without field lines as it is", () => {
    expect(joinLabelledBlocks("Tn Budi Santoso\nNy Sari Dewi")).toBe("Tn Budi Santoso\nNy Sari Dewi");
    expect(joinLabelledBlocks("Tn Budi Santoso 17-08-1990")).toBe("Tn Budi Santoso 17-08-1990");
  });
  it("leaves it as it is when a titled name has no fields under it (whose are they?) or a name with fields has no title", () => {
    expect(joinLabelledBlocks("Mr Budi Santoso\nMrs Siti Aminah\nNIK 3174092302900001")).toBe("Mr Budi Santoso\nMrs Siti Aminah\nNIK 3174092302900001");
    expect(joinLabelledBlocks("Nama: Budi Santoso\nTgl lahir: 17-08-1990")).toBe("Nama: Budi Santoso\nTgl lahir: 17-08-1990");
  });
});
