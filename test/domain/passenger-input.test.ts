import { describe, expect, it } from "vitest";
import { parseTitledName } from "../../src/domain/passenger-parse.js";

describe("honours and dots are not on the ID: the ticket name drops them", () => {
  it.each([
    ["Ibu Hj. Siti Aminah", "Mrs", "Siti Aminah"],
    ["Bapak H. Ahmad Dahlan", "Mr", "Ahmad Dahlan"],
    ["Tn Dr. Budi Santoso", "Mr", "Budi Santoso"],
    ["Mrs. Hj. Siti Aminah", "Mrs", "Siti Aminah"],
    ["Ny Prof. Dr. Rina Wijaya", "Mrs", "Rina Wijaya"],
    ["Tn Ir. Budi Santoso", "Mr", "Budi Santoso"],
    ["Dr. H. Ahmad Dahlan", "Mr", "Ahmad Dahlan"], // H. still says Mr when no other title does
    ["Tn Budi Santoso.", "Mr", "Budi Santoso"],
    ["Tn Budi S.", "Mr", "Budi S"], // an initial keeps its letter, not its dot
    ["Tn M.Rizky Pratama", "Mr", "M Rizky Pratama"],
  ] as const)("%s → %s %s", (typed, title, fullName) => expect(parseTitledName(typed, "adult")).toEqual({ ok: true, title, fullName }));

  it("an honour alone still says what it can, and a name made only of titles has no name", () => {
    expect(parseTitledName("Dr. Budi Santoso", "adult")).toMatchObject({ ok: false, reason: "gender", fullName: "Budi Santoso" });
    expect(parseTitledName("Hj. Siti Aminah", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "Siti Aminah" });
    expect(parseTitledName("Tn Hj.", "adult")).toMatchObject({ ok: false, reason: "no_name" });
    // After the title only honours go: a name that starts like a title word stays whole.
    expect(parseTitledName("Ny An Nisa", "adult")).toEqual({ ok: true, title: "Mrs", fullName: "An Nisa" });
    // Without its dot, H may be an initial.
    expect(parseTitledName("Tn H Budi", "adult")).toEqual({ ok: true, title: "Mr", fullName: "H Budi" });
  });
});
