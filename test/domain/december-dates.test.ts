import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { isDatePhrase, parseTravelDate, slashReadings } from "../../src/domain/travel-date.js";
import { spanDays, vagueSpan } from "../../src/domain/date-span.js";

describe("holidays and ordinals (today: Thursday 3 December 2026)", () => {
  const today = "2026-12-03";
  it.each([
    ["natal", "2026-12-25"], ["hari natal", "2026-12-25"], ["Natal", "2026-12-25"], ["christmas", "2026-12-25"], ["christmas day", "2026-12-25"],
    ["malam natal", "2026-12-24"], ["christmas eve", "2026-12-24"],
    ["tahun baru", "2027-01-01"], ["new year", "2027-01-01"], ["new year's day", "2027-01-01"], ["tahun baru 2027", "2027-01-01"],
    ["malam tahun baru", "2026-12-31"], ["new year's eve", "2026-12-31"], ["New Year’s Eve", "2026-12-31"], ["nye", "2026-12-31"],
    ["the 5th", "2026-12-05"], ["5th", "2026-12-05"], ["the 25th", "2026-12-25"], ["tgl 5", "2026-12-05"], ["5th of january", "2027-01-05"],
  ])("%s → %s", (input, date) => expect(parseTravelDate(input, today)).toEqual({ ok: true, date }));

  it("the next one: natal typed on 26 December is next year's", () => {
    expect(parseTravelDate("natal", "2026-12-26")).toEqual({ ok: true, date: "2027-12-25" });
    expect(parseTravelDate("tahun baru", "2027-01-01")).toEqual({ ok: true, date: "2027-01-01" });
  });

  it("spans stay vague, and say which days they cover", () => {
    for (const v of ["akhir bulan", "end of month", "awal bulan depan", "minggu depan", "next week", "akhir tahun"]) expect(parseTravelDate(v, today)).toEqual({ ok: false, reason: "vague" });
    expect(vagueSpan("akhir bulan", today)).toEqual({ from: "2026-12-25", to: "2026-12-31" });
    expect(vagueSpan("end of the month", today)).toEqual({ from: "2026-12-25", to: "2026-12-31" });
    expect(vagueSpan("awal bulan depan", today)).toEqual({ from: "2027-01-01", to: "2027-01-07" });
    expect(vagueSpan("minggu depan", today)).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(vagueSpan("akhir pekan", today)).toEqual({ from: "2026-12-05", to: "2026-12-06" });
    expect(vagueSpan("bulan depan", today)).toEqual({ from: "2027-01-01", to: "2027-01-31" });
    expect(vagueSpan("akhir bulan", "2026-12-28")).toEqual({ from: "2026-12-28", to: "2026-12-31" });
    expect(spanDays({ from: "2026-12-30", to: "2027-01-01" })).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(vagueSpan("natal", today)).toBeUndefined();
  });

  it("the quick form takes them as the date", () => {
    expect(parseQuickForm("cgk dps natal 1")).toMatchObject({ origin: "cgk", destination: "dps", date: "natal", pax: "1" });
    expect(parseQuickForm("cgk dps malam tahun baru 2")).toMatchObject({ date: "malam tahun baru", pax: "2" });
    expect(parseQuickForm("cgk dps new year's eve 2")).toMatchObject({ date: "new year's eve", pax: "2" });
    expect(parseQuickForm("cgk dps akhir bulan 2")).toMatchObject({ date: "akhir bulan", pax: "2" });
    expect(parseQuickForm("cgk dps the 5th 2")).toMatchObject({ date: "the 5th", pax: "2" });
    expect(parseQuickForm("cgk dps awal bulan depan 1").unread).toBeUndefined();
    expect(isDatePhrase("christmas")).toBe(true);
  });
});

describe("slash dates read both ways", () => {
  const today = "2026-12-03";
  it("both numbers up to 12 and both readings bookable: two readings", () => {
    expect(slashReadings("1/5", today)).toEqual({ dayMonth: "2027-05-01", monthDay: "2027-01-05" });
    expect(slashReadings("05/01/2027", today)).toEqual({ dayMonth: "2027-01-05", monthDay: "2027-05-01" });
    expect(slashReadings("tgl 1/5", today)).toEqual({ dayMonth: "2027-05-01", monthDay: "2027-01-05" });
  });
  it("unambiguous ones: none", () => {
    for (const s of ["25/12", "5/5", "1-5", "13/1", "1/13", "natal"]) expect(slashReadings(s, today)).toBeUndefined();
  });
  it("a second number that can't be a month is month/day: 12/25 is Christmas, 1/13 is 13 January", () => {
    expect(parseTravelDate("12/25", today)).toEqual({ ok: true, date: "2026-12-25" });
    expect(parseTravelDate("12/28/2026", today)).toEqual({ ok: true, date: "2026-12-28" });
    expect(parseTravelDate("1/13", today)).toEqual({ ok: true, date: "2027-01-13" });
    expect(parseTravelDate("25/12", today)).toEqual({ ok: true, date: "2026-12-25" });
    expect(isDatePhrase("12/25")).toBe(true);
    expect(parseTravelDate("13/25", today).ok).toBe(false);
  });
});
