import { describe, expect, it } from "vitest";
import { parseMarkup } from "../../src/domain/markup-input.js";

describe("a markup typed per passenger, as the panel words it", () => {
  it.each([
    ["50rb/pax", 50_000], ["50rb / pax", 50_000], ["50 ribu per pax", 50_000], ["50rb per orang", 50_000], ["50k per pax", 50_000],
    ["Rp 50.000/org", 50_000], ["50rb tiap penumpang", 50_000], ["50K PER PAX", 50_000], ["50k per person", 50_000], ["Rp 25.000 per pax + 2,5%", 25_000],
  ])("%s is Rp %i", (text, fixed) => expect(parseMarkup(text)).toMatchObject({ ok: true, fixed }));
  it("the words alone are no markup", () => expect(parseMarkup("per pax")).toEqual({ ok: false }));
});

describe("an amount under Rp 1.000 is asked about, never taken", () => {
  it.each([
    ["50", { small: 50, thousands: 50_000, percentBp: 0 }],
    ["5", { small: 5, thousands: 5_000, percentBp: 0 }],
    ["50/pax", { small: 50, thousands: 50_000, percentBp: 0 }],
    ["Rp 75", { small: 75, thousands: 75_000, percentBp: 0 }],
    ["50 + 2%", { small: 50, thousands: 50_000, percentBp: 200 }],
  ])("%s", (text, ask) => expect(parseMarkup(text)).toEqual({ ok: false, ask }));
  it.each([["0", 0], ["1000", 1_000], ["1rb", 1_000]])("%s is taken as Rp %i", (text, fixed) => expect(parseMarkup(text)).toEqual({ ok: true, fixed, percentBp: 0 }));
  it("a percentage alone is no amount to ask about", () => expect(parseMarkup("5%")).toEqual({ ok: true, fixed: 0, percentBp: 500 }));
});
