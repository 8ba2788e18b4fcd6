import { describe, expect, it } from "vitest";
import { basisFromTotal, customerFare, customerPrice, NO_MARKUP, roundUpTo, type Markup } from "../../src/domain/customer-price.js";
import { parseAgencyLine, parseMarkup, parsePercent, parseRoundingStep, parseRupiah } from "../../src/domain/markup-input.js";

const m = (fixed: number, percentBp: number, roundTo = 1, infantFixed = false): Markup => ({ fixed, percentBp, roundTo, infantFixed });

describe("rounding up to a step", () => {
  it.each([
    [1_000_000, 5_000, 1_000_000], [1_000_001, 5_000, 1_005_000], [1_004_999, 5_000, 1_005_000], [0, 5_000, 0],
    [440_000, 1, 440_000], [440_001, 1_000, 441_000], [999, 10_000, 10_000],
  ])("%i to a step of %i is %i", (amount, step, expected) => expect(roundUpTo(amount, step)).toBe(expected));
});

describe("one passenger's customer fare", () => {
  it.each([
    // fare, type, markup, expected
    [1_000_000, "adult", NO_MARKUP, 1_000_000],
    [1_000_000, "adult", m(50_000, 0), 1_050_000],
    [1_000_000, "adult", m(0, 500), 1_050_000],
    [1_000_000, "adult", m(50_000, 500), 1_100_000],
    // 1.234.567 + 2,5 % (30.864,175) = 1.265.431,175 → up to 5.000: 1.270.000
    [1_234_567, "adult", m(0, 250, 5_000), 1_270_000],
    // 1.234.567 + 25.000 + 2,5 % = 1.290.431,175 → up to 1: 1.290.432 (a fraction always rounds up)
    [1_234_567, "adult", m(25_000, 250), 1_290_432],
    [1_234_567, "adult", m(25_000, 250, 10_000), 1_300_000],
    // An exact multiple stays: 995.000 + 5.000 = 1.000.000.
    [995_000, "adult", m(5_000, 0, 5_000), 1_000_000],
    [800_000, "child", m(50_000, 500, 5_000), 890_000],
    // Infants: percentage only unless the agency charges them the fixed fee too.
    [100_000, "infant", m(50_000, 500, 5_000), 105_000],
    [100_000, "infant", m(50_000, 500, 5_000, true), 155_000],
    [101_000, "infant", m(50_000, 0, 5_000), 105_000],
  ] as const)("%i %s → %i", (fare, type, markup, expected) => expect(customerFare(fare, type, markup)).toBe(expected));
});

describe("a party's customer price", () => {
  it("per type: each line rounded, the total is the sum of what the card shows", () => {
    const price = customerPrice({ kind: "each", pax: { adult: 2, child: 1, infant: 1 }, fares: { adult: 1_234_567, child: 1_000_000, infant: 123_456 } }, m(25_000, 250, 5_000));
    expect(price).toEqual({
      lines: [
        { type: "adult", count: 2, each: 1_295_000, subtotal: 2_590_000 },
        { type: "child", count: 1, each: 1_050_000, subtotal: 1_050_000 },
        { type: "infant", count: 1, each: 130_000, subtotal: 130_000 },
      ],
      total: 3_770_000,
    });
  });
  it("a type without a known fare leaves the total open", () => {
    expect(customerPrice({ kind: "each", pax: { adult: 2, child: 1, infant: 0 }, fares: { adult: 500_000 } }, m(10_000, 0))).toEqual({
      lines: [{ type: "adult", count: 2, each: 510_000, subtotal: 1_020_000 }],
      total: undefined,
    });
  });
  it("a party total alone: percent on the total, fixed per seat, one rounding", () => {
    // 3.100.000 · 1,05 = 3.255.000, + 3 seats · 20.000 = 3.315.000 (the infant gets no fixed fee)
    expect(customerPrice({ kind: "party", pax: { adult: 2, child: 1, infant: 1 }, total: 3_100_000 }, m(20_000, 500, 10_000))).toEqual({ lines: [], total: 3_320_000 });
    expect(customerPrice({ kind: "party", pax: { adult: 2, child: 1, infant: 1 }, total: 3_100_000 }, m(20_000, 500, 10_000, true))).toEqual({ lines: [], total: 3_340_000 });
  });
  it("an adults-only total that splits evenly is shown per adult", () => {
    expect(basisFromTotal(2_470_000, { adult: 2, child: 0, infant: 0 })).toEqual({ kind: "each", pax: { adult: 2, child: 0, infant: 0 }, fares: { adult: 1_235_000 } });
    expect(basisFromTotal(2_470_001, { adult: 2, child: 0, infant: 0 }).kind).toBe("party");
    expect(basisFromTotal(2_470_000, { adult: 1, child: 1, infant: 0 }).kind).toBe("party");
  });
});

describe("typed amounts and percentages", () => {
  it.each([
    ["50000", 50_000], ["50.000", 50_000], ["50,000", 50_000], ["Rp 50.000", 50_000], ["Rp. 50.000", 50_000], ["rp50.000", 50_000], ["IDR 50000", 50_000],
    ["50rb", 50_000], ["50 rb", 50_000], ["50ribu", 50_000], ["50k", 50_000], ["2,5rb", 2_500], ["1,5jt", 1_500_000], ["1.5 juta", 1_500_000], ["0", 0], ["1.250.000", 1_250_000],
    ["Rp 50.000,-", 50_000], ["50.000,-", 50_000], ["50.000,00", 50_000], ["50,000.00", 50_000], ["5000,-", 5_000],
  ])("%s is Rp %i", (text, amount) => expect(parseRupiah(text)).toBe(amount));
  it.each(["", "abc", "50.00", "5%", "-5000", "1,2345rb", "100jt", "50 000 000 000", "2.5", "50.000.00", "50,000,00", "50.000,50", "50,-,-"])("%s is refused", (text) => expect(parseRupiah(text)).toBeUndefined());
  it.each([["5%", 500], ["2,5%", 250], ["2.5 %", 250], ["0,75%", 75], ["100%", 10_000], ["0%", 0]])("%s is %i bp", (text, bp) => expect(parsePercent(text)).toBe(bp));
  it.each(["5", "101%", "2,555%", "%", "abc%"])("%s is no percentage", (text) => expect(parsePercent(text)).toBeUndefined());
  it.each([
    ["50rb", { ok: true, fixed: 50_000, percentBp: 0 }],
    ["5%", { ok: true, fixed: 0, percentBp: 500 }],
    ["50rb 2,5%", { ok: true, fixed: 50_000, percentBp: 250 }],
    ["Rp 25.000 + 3%", { ok: true, fixed: 25_000, percentBp: 300 }],
    ["3 % + 25 rb", { ok: true, fixed: 25_000, percentBp: 300 }],
    ["0", { ok: true, fixed: 0, percentBp: 0 }],
    ["Rp 50.000,- 5 persen", { ok: true, fixed: 50_000, percentBp: 500 }],
    ["2,5 percent", { ok: true, fixed: 0, percentBp: 250 }],
    ["5% 6%", { ok: false }], ["50rb 60rb", { ok: false }], ["banyak", { ok: false }], ["", { ok: false }], ["1 2 3", { ok: false }],
  ])("markup %s", (text, expected) => expect(parseMarkup(text)).toEqual(expected));
  it.each([["5rb", 5_000], ["Rp 1.000", 1_000], ["0", 1], ["1", 1], ["10000", 10_000]])("rounding %s is %i", (text, step) => expect(parseRoundingStep(text)).toBe(step));
  it.each(["2jt", "x", "5%"])("rounding %s is refused", (text) => expect(parseRoundingStep(text)).toBeUndefined());
  it("agency lines: one clean line, '-' clears, control characters and markup refused", () => {
    expect(parseAgencyLine("  Makmur   Travel\n", 60)).toEqual({ ok: true, value: "Makmur Travel" });
    expect(parseAgencyLine("-", 60)).toEqual({ ok: true });
    expect(parseAgencyLine("x".repeat(61), 60)).toEqual({ ok: false });
    expect(parseAgencyLine("<b>Agen</b>", 60)).toEqual({ ok: false });
    expect(parseAgencyLine("Agen\u0007", 60)).toEqual({ ok: false });
    expect(parseAgencyLine("", 60)).toEqual({ ok: false });
  });
});
