import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// The list's own words typed in the search line ("cheapest", "direct", "lion", "GA"), with /search or without:
// applied to the results as if typed at the list, never named as left out.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 71_900;
const fresh = () => (nextId += 7);
const privateAgent = (lang: "id" | "en") => { const id = fresh(); return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
const said = (a: Agent, from: number) => a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? m.caption ?? "");
async function answer(a: Agent, text: string): Promise<string[]> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return said(a, from);
}
/** The results message's first lines, its day (tomorrow, by the real clock) written as "<day>". */
const listLines = (got: string[], n: number) =>
  (got.find((t) => t.startsWith("✈️ CGK → DPS")) ?? got.join("\n")).split("\n").slice(0, n).map((l, i) => (i === 0 ? l.replace(/ · [^·]+ · /, " · <day> · ") : l));

describe("the list's own words in the search line", () => {
  it.each(["cgk dps tmrw 2 pax lion", "/search cgk dps tmrw 2 pax lion", "/search cgk dps tmrw 2 JT"])("en: %s opens the list filtered to Lion Air", async (typed) => {
    const got = await answer(privateAgent("en"), typed);
    expect(got.join("\n")).not.toContain("left it out");
    expect(listLines(got, 3)).toEqual(["✈️ CGK → DPS · <day> · 2 pax", "1 flight (of 6), prices per adult. Tap a flight, or type its code or number.", "Filter: Lion Air · any time"]);
  });

  it("en: cheapest and a time of day: the list cheapest-first at that time, nothing left out", async () => {
    const got = await answer(privateAgent("en"), "cgk dps tmrw 2 adults 1 infant cheapest morning");
    expect(got.join("\n")).not.toContain("left it out");
    expect(listLines(got, 4)).toEqual([
      "✈️ CGK → DPS · <day> · 2 adults, 1 infant",
      "1 flight (of 6), prices per adult. Tap a flight, or type its code or number.",
      "Filter: All airlines · morning",
      "🕒 Only morning flights, as you typed. Change or clear it with the time button below.",
    ]);
  });

  it("en: direct: the list, then its direct flights as when typed at the list", async () => {
    const a = privateAgent("en");
    const asked = await answer(a, "cgk dps tmrw direct");
    expect(asked.join("\n")).not.toContain("left it out");
    const got = await answer(a, "1");
    expect(listLines(got, 2)).toEqual(["✈️ CGK → DPS · <day> · 1 pax", "6 flights (of 6), prices per adult. Tap a flight, or type its code or number."]);
    expect(got.at(-1)).toBe("✈️ Direct flights (no stop): 5 of 6, cheapest first. Choose below.");
    expect((await answer(a, "direct")).at(-1)).toBe(got.at(-1));
  });

  it.each(["/cari cgk dps bsk 2 garuda", "cgk dps bsk 2 garuda"])("id: %s opens the list filtered to Garuda", async (typed) => {
    const got = await answer(privateAgent("id"), typed);
    expect(got.join("\n")).not.toContain("tidak dipakai");
    expect(listLines(got, 3)).toEqual([
      "✈️ CGK → DPS · <day> · 2 penumpang",
      "1 penerbangan (dari 6), harga per dewasa. Pilih penerbangan, atau ketik kode atau nomornya.",
      "Filter: Garuda Indonesia · semua jam",
    ]);
  });

  it("id: 'cari cgk-dps bsk 2 dws pagi yg paling murah': pagi applied, paling murah understood", async () => {
    const got = await answer(privateAgent("id"), "cari cgk-dps bsk 2 dws pagi yg paling murah");
    expect(got.join("\n")).not.toContain("tidak dipakai");
    expect(listLines(got, 4)).toEqual([
      "✈️ CGK → DPS · <day> · 2 penumpang",
      "1 penerbangan (dari 6), harga per dewasa. Pilih penerbangan, atau ketik kode atau nomornya.",
      "Filter: Semua maskapai · pagi",
      "🕒 Hanya penerbangan pagi, sesuai yang Anda ketik. Ganti atau hapus dengan tombol jam di bawah.",
    ]);
  });

  it("id: langsung: the list, then its direct flights as when typed at the list", async () => {
    const a = privateAgent("id");
    const got = await answer(a, "/cari cgk dps bsk 2 langsung");
    expect(got.join("\n")).not.toContain("tidak dipakai");
    expect(listLines(got, 2)).toEqual(["✈️ CGK → DPS · <day> · 2 penumpang", "6 penerbangan (dari 6), harga per dewasa. Pilih penerbangan, atau ketik kode atau nomornya."]);
    expect(got.at(-1)).toBe("✈️ Penerbangan langsung (tanpa transit): 5 dari 6, termurah dulu. Pilih di bawah.");
    expect((await answer(a, "langsung")).at(-1)).toBe(got.at(-1));
  });
});
