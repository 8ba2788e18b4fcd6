import { describe, expect, it } from "vitest";
import { readLineFields, splitLineData } from "../../src/domain/name-line-data.js";
import { pastedNames } from "../../src/domain/pasted-names.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";

/**
 * A pasted passenger line with labels around its data ("lahir", "DOB", "NIK", "paspor … exp"): the
 * labels are never part of the name the airline prints, the data after them is read without them,
 * and a numbered, slash-separated or manifest-style line reads as fully as the plain one.
 */
function read(text: string) {
  const line = pastedNames(text).lines[0]!;
  const split = splitLineData(line);
  const name = parseTitledName(split.name, "adult");
  return { name: name.ok ? `${name.title} ${name.fullName}` : name.reason, fields: readLineFields(split) };
}

describe("label words between a name and its data", () => {
  it("Indonesian and English birth-date labels are no part of the name", () => {
    expect(read("Tn Budi Santoso lahir 17-08-1990 NIK 3174092302900001")).toEqual({ name: "Mr Budi Santoso", fields: { birth: "17-08-1990", ktp: "3174092302900001" } });
    expect(read("Mr Budi Santoso born 17-08-1990")).toEqual({ name: "Mr Budi Santoso", fields: { birth: "17-08-1990" } });
    expect(read("Tn Budi Santoso tgl lahir 17-08-1990")).toMatchObject({ name: "Mr Budi Santoso", fields: { birth: expect.stringContaining("17-08-1990") } });
    expect(read("Tn Budi Santoso tanggal lahir: 17-08-1990")).toMatchObject({ name: "Mr Budi Santoso" });
    expect(read("Tn Budi Santoso kelahiran 17-08-1990")).toMatchObject({ name: "Mr Budi Santoso" });
    expect(read("Mr Budi Santoso d.o.b 17-08-1990")).toMatchObject({ name: "Mr Budi Santoso" });
    expect(read("Mr Budi Santoso birth date 17-08-1990")).toMatchObject({ name: "Mr Budi Santoso" });
  });

  it("ID and passport labels are no part of the name, and 'ID' before a number is no nationality", () => {
    expect(read("Tn Budi Santoso NIK 3174092302900001")).toEqual({ name: "Mr Budi Santoso", fields: { ktp: "3174092302900001" } });
    expect(read("Tn Budi Santoso no KTP 3174092302900001")).toMatchObject({ name: "Mr Budi Santoso", fields: { ktp: "3174092302900001" } });
    expect(read("Mr Budi Santoso, DOB 17 Aug 1990, ID 3174092302900001")).toEqual({ name: "Mr Budi Santoso", fields: { birth: "17 Aug 1990", ktp: "3174092302900001" } });
    expect(read("Tn Budi Santoso lahir 17-08-1990 paspor C1234567 exp 31-12-2031")).toEqual({ name: "Mr Budi Santoso", fields: { birth: "17-08-1990", passport: "C1234567", expiry: "31-12-2031" } });
    expect(read("Tn Budi Santoso no paspor C1234567 berlaku 31-12-2031")).toEqual({ name: "Mr Budi Santoso", fields: { passport: "C1234567", expiry: "31-12-2031" } });
    expect(read("Mr Budi Santoso passport C1234567 expiry 31-12-2031")).toEqual({ name: "Mr Budi Santoso", fields: { passport: "C1234567", expiry: "31-12-2031" } });
    // A nationality after the data is still one.
    expect(read("Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID").fields).toMatchObject({ nationality: "ID" });
  });

  it("a label word that is the whole name stays the name", () => {
    expect(read("Mr Nik 17-08-1990")).toMatchObject({ name: "Mr Nik Nik" });
  });
});

describe("pasted formats read as fully as the plain one", () => {
  const plain = { name: "Mr Budi Santoso", fields: { birth: "17-08-1990", ktp: "3174092302900001" } };
  it("a numbered line with data, a slash-separated line with labels", () => {
    expect(read("Tn Budi Santoso 17-08-1990 3174092302900001")).toEqual(plain);
    expect(read("1. Tn Budi Santoso 17-08-1990 3174092302900001")).toEqual(plain);
    expect(read("Tn Budi Santoso / 17-08-1990 / NIK 3174092302900001")).toEqual(plain);
    expect(read("1. Tn Budi Santoso, lahir 17/08/1990, paspor C1234567 exp 31-12-2031")).toEqual({ name: "Mr Budi Santoso", fields: { birth: "17/08/1990", passport: "C1234567", expiry: "31-12-2031" } });
  });

  it("the title after the name, as airline manifests write it", () => {
    expect(read("BUDI SANTOSO MR")).toEqual({ name: "Mr Budi Santoso", fields: undefined });
    expect(pastedNames("BUDI SANTOSO MR\nSARI DEWI MRS").lines).toEqual(["MR BUDI SANTOSO", "MRS SARI DEWI"]);
    expect(read("2. Sari Dewi Mrs")).toEqual({ name: "Mrs Sari Dewi", fields: undefined });
  });
});
