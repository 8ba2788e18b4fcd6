import { describe, expect, it } from "vitest";
import { nameCorrectionAtSummary, renamedKeepingTitle } from "../../src/bot/features/search/typed-name-correction.js";
import type { PassengerInput } from "../../src/domain/passenger.js";

// A passenger's place ("penumpang 2", "kedua", "second") is said at the summary about many things besides a
// new name: none of them may rename anyone ("penumpang 2 dewasa" once became "Mrs Dewasa Dewasa").

const PARTY: PassengerInput[] = [
  { type: "adult", title: "Mr", fullName: "Budi Santoso" },
  { type: "adult", title: "Mrs", fullName: "Ani Ani" },
];

describe("a passenger's place at the summary renames only with a name after it", () => {
  it.each([
    "tambah pax 2 orang", "penumpang 2 dewasa", "nama kedua salah ketik", "second passenger is a child", "ganti tgl ke 2 desember",
    "yg kedua pagi", "penumpang kedua batal", "nama kedua kurang lengkap", "yg kedua aja", "pilih yg ketiga aja", "nama kedua salah", "lanjut aja",
  ])("'%s': nobody renamed", (typed) => {
    const r = nameCorrectionAtSummary(typed, PARTY);
    expect(r?.kind === "set" || r?.kind === "offer" ? r.passenger : undefined).toBeUndefined();
  });

  it.each([
    ["eh nama kedua salah, Ani Lestari", "set"],
    ["nama 2 Ani Lestari", "set"],
    ["the 2nd passenger is Ani Lestari", "set"],
    ["Ani Lestari", "offer"],
  ] as const)("'%s': passenger 2 becomes Mrs Ani Lestari (%s)", (typed, kind) => {
    const r = nameCorrectionAtSummary(typed, PARTY);
    expect(r?.kind).toBe(kind);
    expect(r?.kind === "set" || r?.kind === "offer" ? r.passenger : undefined).toEqual({ type: "adult", title: "Mrs", fullName: "Ani Lestari" });
  });

  it("at ✏️: a name without a title keeps the title; a word that is no name is left to the question", () => {
    expect(renamedKeepingTitle("Ani Lestari", PARTY, 1)?.passenger).toEqual({ type: "adult", title: "Mrs", fullName: "Ani Lestari" });
    expect(renamedKeepingTitle("dewasa", PARTY, 1)).toBeUndefined();
    expect(renamedKeepingTitle("Ny Ani Lestari", PARTY, 1)).toBeUndefined();
  });
});
