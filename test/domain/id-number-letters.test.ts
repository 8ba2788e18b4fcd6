import { describe, expect, it } from "vitest";
import { readIdNumber } from "../../src/domain/id-number-input.js";
import { saysDocumentLater } from "../../src/domain/document-later.js";

// Chat words and names typed at the KTP question were joined into an ID ("nanti nyusul" → "NANTINYUSUL")
// and booked: an ID number has digits (a KTP's 16, a passport's letters and digits).
describe("an ID answer of letters only", () => {
  it.each(["nanti nyusul", "Ny Ani Lestari", "Mstr Rizky", "Ani Lestari", "An Rizky", "Rizky", "bentar ya", "blm ada", "ktp nya nyusul", "Tn Budi Santoso", "paspor blm jadi", "bentar ya kak", "later", "not yet"])(
    "%s is no ID number", (typed) => expect(readIdNumber(typed)).toEqual({ ok: false, reason: "letters" }));

  it("letters and digits are still read", () => {
    expect(readIdNumber("A1234567")).toEqual({ ok: true, value: "A1234567" });
    expect(readIdNumber("KTP 3174092302900001")).toEqual({ ok: true, value: "3174092302900001" });
    expect(readIdNumber("X12345")).toEqual({ ok: true, value: "X12345" });
  });
});

describe("the document said to come later", () => {
  it.each(["nanti nyusul", "bentar ya", "blm ada", "ktp nya nyusul", "paspor blm jadi", "bentar ya kak", "belum ada kak", "nanti dikirim", "tunggu ya", "later", "not yet", "will send later", "pending", "TBA"])(
    "%s says later", (typed) => expect(saysDocumentLater(typed)).toBe(true));

  it.each(["Ani Lestari", "Ny Ani Lestari", "Rizky", "A1234567", "3174092302900001", "ok"])("%s does not", (typed) => expect(saysDocumentLater(typed)).toBe(false));
});
