import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

/**
 * A pasted list with a child's line marked "(anak)" / "(child)" and/or with a birth date that makes the
 * passenger a child on the flight's date (probe 79): the line takes the child's place, its grown-up's title
 * made a child's (Nn → Miss, Tn → Mstr), and the next adult's line the adult's place left. Before, "Nn Ani
 * Lestari 5/6/2015 (anak)" took adult 2's place, the third line was refused ("Semua penumpang dewasa … sudah
 * diberi nama") and the birth date refused as a child's ("ubah jumlah penumpangnya").
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 793_300;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
}
async function toNames(a: Agent, party: string, lang: "id" | "en"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} ${party}`);
  await pickFirstFlight(a);
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}
const refused = /sudah diberi nama|ubah jumlah penumpang|already named|change the number of passengers|termasuk|counts as|bukan bagian nama|not part of the name/;

describe("a child's line in a pasted list", () => {
  it.each([
    ["id", "2 dewasa 1 anak", "1. Tn Budi Santoso 12-03-1985\n2. Nn Ani Lestari 5/6/2015 (anak)\n3. Ny Siti Aminah 01-02-1988", "1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Miss Ani Lestari"],
    ["id", "2 dewasa 1 anak", "1. Nn Ani Lestari 5/6/2015 (anak)\n2. Tn Budi Santoso 12-03-1985\n3. Ny Siti Aminah 01-02-1988", "1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Miss Ani Lestari"],
    // The birth date alone says it, and "Tn" is a boy's Mstr.
    ["id", "2 dewasa 1 anak", "Tn Budi Santoso 12-03-1985\nTn Raka Santoso 01-02-2016\nNy Siti Aminah 01-02-1988", "1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Mstr Raka Santoso"],
    // "anak" without brackets, and "An." on a line after the adults.
    ["id", "2 dewasa 1 anak", "Nn Ani Lestari 05-06-2015 anak\nTn Budi Santoso 12-03-1985\nNy Siti Aminah 01-02-1988", "1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Miss Ani Lestari"],
    ["en", "2 adults 1 child", "1. Mr Budi Santoso 12-03-1985\n2. Ms Ani Lestari 05-06-2015 (child)\n3. Mrs Siti Aminah 01-02-1988", "1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Miss Ani Lestari"],
  ] as const)("%s %s: %s", async (lang, party, paste, taken) => {
    const a = agent(lang);
    await toNames(a, party, lang);
    const said = await answer(a, paste);
    expect(said).toContain(taken);
    expect(said).not.toMatch(refused);
    expect(said).not.toMatch(/Penumpang \d dari|Passenger \d of/);
  });

  it("the child flies as a child, with her birth date from her line", async () => {
    const a = agent("id");
    await toNames(a, "2 dewasa 1 anak", "id");
    await a.say("1. Tn Budi Santoso 12-03-1985\n2. Nn Ani Lestari 5/6/2015 (anak)\n3. Ny Siti Aminah 01-02-1988");
    await a.say("budi@gmail.com");
    expect(await answer(a, "081234567890")).toMatch(/2\. Mrs Siti Aminah \(dewasa\)[^\n]*\n3\. Miss Ani Lestari \(anak\) — lahir 5 Jun 2015/);
  });

  it.each(["id", "en"] as const)("%s: a child's mark on a booking without a child's place says there is none", async (lang) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "2 dewasa" : "2 adults", lang);
    const said = await answer(a, lang === "id" ? "Tn Budi Santoso\nNn Ani Lestari (anak)" : "Mr Budi Santoso\nMs Ani Lestari (child)");
    expect(said).toMatch(lang === "id" ? /Booking ini tidak punya penumpang anak/ : /no child passenger/i);
  });

  it.each([
    ["id", "Nn Ani Lestari 5/6/2015 (anak)", "Ani Lestari masuk tempat penumpang anak"],
    ["en", "Ms Ani Lestari 05-06-2015 (child)", "Ani Lestari takes the child's place"],
  ] as const)("%s: the child's line alone at the adult's question asks the adult's name", async (lang, line, said) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa 1 anak" : "1 adult 1 child", lang);
    const r = await answer(a, line);
    expect(r).toContain(said);
    expect(r).not.toMatch(refused);
  });
});
