import { describe, expect, it } from "vitest";
import { chatWords, hasFormalTitle, isWrittenAsTitledName } from "../../src/domain/passenger-chat-words.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";

// "Tn Lagi Sitompul": "lagi" is chat ("again", "now -ing") and a name too. After a formal title, beside
// name words only, it is the name's; alone, beside other chat, or after a chatty title (Pak, Bu) it is
// still asked about.

/** The chat words the name step sees for a line. */
function chatOf(typed: string): string[] {
  const r = parseTitledName(typed, "adult");
  const name = r.ok ? r.fullName : "fullName" in r ? r.fullName : "";
  return chatWords(name, isWrittenAsTitledName(typed));
}

describe("one chat word that is a name too, after a formal title", () => {
  it.each(["Tn Lagi Sitompul", "Tn. Lagi Sitompul", "Mr Lagi Sitompul", "Ny Rosa Lagi Sitompul", "1. Tn Lagi Sitompul", "Mr John Price", "Mrs Anna Guest", "TN LAGI SITOMPUL"])(
    "%s is a name", (typed) => expect(chatOf(typed)).toEqual([]),
  );

  it.each([
    ["Mr Suami", ["suami"]],
    // Typed in lower case, a titled line reads as chat as readily as a name.
    ["tn lagi sitompul", ["lagi"]],
    ["Mr lagi di jalan", ["lagi"]],
    ["Tn lagi tanya", ["lagi"]],
    ["Tn Budi lagi", ["lagi"]],
    ["Mr Lagi", ["lagi"]],
    ["Ny tunggu lagi ya", ["tunggu", "lagi", "ya"]],
    ["Tn Budi lagi otw", ["lagi", "otw"]],
    ["Tn Lagi Sitompul ya", ["lagi", "ya"]],
    ["Mr Budi otw", ["otw"]],
    ["pak lagi meeting", ["lagi"]],
    ["Bu Lagi Sitompul", ["lagi"]],
    ["ibu nya minta ganti tanggal", ["nya", "minta", "ganti", "tanggal"]],
  ])("%s is still asked about (%j)", (typed, words) => expect(chatOf(typed)).toEqual(words));

  it("only Tn, Ny, Nn, Mr, Mrs, Ms, Miss and Mstr are formal titles", () => {
    for (const line of ["Tn Budi", "ny. siti", "NN Ayu", "Mr Budi", "Mrs Siti", "Ms Ayu", "Miss Ayu", "Mstr Dimas", "2) Mr Budi"]) expect(hasFormalTitle(line), line).toBe(true);
    for (const line of ["Pak Budi", "Bu Siti", "Ibu Siti", "Budi Santoso", "Mrsiti", "An. Dimas"]) expect(hasFormalTitle(line), line).toBe(false);
  });
});
