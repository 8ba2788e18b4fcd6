import { describe, expect, it } from "vitest";
import { parseTravelDate } from "../../src/domain/travel-date.js";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";

// Agents write "tgl 31 bulan 2" for day 31 of month 2: the month's number was read as the party, and the day as this month's.
const today = "2026-12-04";

describe("'tgl D bulan M' is day D of month M", () => {
  it.each([
    ["tgl 5 bulan 3", "2027-03-05"],
    ["tanggal 5 bulan 3", "2027-03-05"],
    ["tgl 5 bln 3", "2027-03-05"],
    ["5 bulan 3", "2027-03-05"],
    ["tgl 5 bulan 3 tahun 2027", "2027-03-05"],
    ["tanggal 5 bln 3 thn 2027", "2027-03-05"],
    ["tgl 5 bulan 3 2027", "2027-03-05"],
    ["Tgl 25 Bulan 12", "2026-12-25"],
  ])("%s at the date question is %s", (typed, date) => {
    expect(parseTravelDate(typed, today)).toEqual({ ok: true, date });
  });

  it("a day the month doesn't have is said not to exist", () => {
    expect(parseTravelDate("tgl 31 bulan 2", today)).toEqual({ ok: false, reason: "nonexistent", day: 31, month: 2, year: 2027 });
    expect(parseTravelDate("tgl 30 bulan 2 tahun 2027", today)).toMatchObject({ reason: "nonexistent", day: 30, month: 2, year: 2027 });
  });

  it("a span in months is still a span", () => {
    expect(parseTravelDate("2 bulan lagi", today)).toEqual({ ok: true, date: "2027-02-04" });
  });

  it.each([
    ["CGK SUB tgl 31 bulan 2", "tgl 31 bulan 2", undefined],
    ["cgk sub tgl 5 bulan 3", "tgl 5 bulan 3", undefined],
    ["cgk sub tgl 5 bln 3 2 org", "tgl 5 bln 3", "2 org"],
    ["cgk sub tanggal 5 bulan 3 tahun 2027 2", "tanggal 5 bulan 3 tahun 2027", "2"],
    ["cgk sub 5 bulan 3 thn 2027", "5 bulan 3 thn 2027", undefined],
  ])("quick form %s: the month is the date's, never the party", (typed, date, pax) => {
    const form = parseQuickForm(typed);
    expect(form.date).toBe(date);
    expect(form.pax).toBe(pax);
    expect(form.unread).toBeUndefined();
    expect(form.countsOrDate).toBeUndefined();
  });
});
