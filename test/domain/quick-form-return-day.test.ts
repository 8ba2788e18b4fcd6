import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { returnNote } from "../../src/bot/features/search/return-note.js";

// "cgk-dps tgl 15 des pp 18 2 org": the 18 after "pp" is the return's day (as "pp 18/12" is), never part of the
// party ('Jumlah penumpang "18 2 org" tidak terbaca'). Only when it can't be the party: a day no party is
// (over 7 people), or one a typed party follows; "pp 2 org", "pp 3" are still the party.
describe("a bare return day after the return word", () => {
  it.each([
    ["cgk-dps tgl 15 des pp 18 2 org", { date: "tgl 15 des", returnDate: "tgl 18", pax: "2 org" }],
    ["cgk dps 15 des pp 18", { date: "15 des", returnDate: "tgl 18" }],
    ["cgk dps 15 des pulang 5 2 dewasa", { date: "15 des", returnDate: "tgl 5", pax: "2 dewasa" }],
    ["cgk dps dec 15 return 20 2 pax", { date: "dec 15", returnDate: "tgl 20", pax: "2 pax" }],
  ])("%s", (text, expected) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject({ origin: "cgk", destination: "dps", roundTrip: true, ...expected });
    expect(form.unread).toBeUndefined();
  });

  it.each([
    ["cgk dps 15 des pp 2 org", { date: "15 des", pax: "2 org" }],
    ["cgk dps 15 des pp 3", { date: "15 des", pax: "3" }],
  ])("%s: still the party", (text, expected) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject({ roundTrip: true, ...expected });
    expect(form.returnDate).toBeUndefined();
  });

  it("the return day is the first such day on or after the outbound, whatever today is", () => {
    const t = (key: string, vars?: Record<string, string | number>) => `${key} ${JSON.stringify(vars)}`;
    const route = { from: "CGK", to: "DPS" };
    expect(returnNote(t, "id", route, "tgl 18", "2027-03-15", "2026-12-04")).toContain('"wire":"18-03-2027"');
    expect(returnNote(t, "id", route, "tgl 3", "2027-03-15", "2026-12-04")).toContain('"wire":"03-04-2027"');
    expect(returnNote(t, "id", route, "tgl 18", "2026-12-15", "2026-12-04")).toContain('"wire":"18-12-2026"');
  });
});
