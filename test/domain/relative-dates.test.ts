import { describe, expect, it } from "vitest";
import { isDatePhrase, parseTravelDate } from "../../src/domain/travel-date.js";

describe("travel dates counted from today (today: Wednesday 2 December 2026)", () => {
  const today = "2026-12-02";
  it.each([
    ["2 minggu lagi", "2026-12-16"], ["1 minggu lagi", "2026-12-09"], ["3 hari lagi", "2026-12-05"], ["seminggu lagi", "2026-12-09"],
    ["dua minggu lagi", "2026-12-16"], ["2 pekan lagi", "2026-12-16"], ["sehari lagi", "2026-12-03"], ["1 bulan lagi", "2027-01-02"],
    ["dalam 3 hari", "2026-12-05"], ["2 minggu dari sekarang", "2026-12-16"], ["2 minggu ke depan", "2026-12-16"], ["tgl 3 hari lagi", "2026-12-05"],
    ["in 2 weeks", "2026-12-16"], ["in 3 days", "2026-12-05"], ["3 days from now", "2026-12-05"], ["2 weeks from now", "2026-12-16"],
    ["in a week", "2026-12-09"], ["in two weeks", "2026-12-16"], ["a week from now", "2026-12-09"], ["in 1 day", "2026-12-03"],
    ["0 hari lagi", "2026-12-02"], ["2minggu lagi", "2026-12-16"],
    // Still as before.
    ["lusa", "2026-12-04"], ["minggu", "2026-12-06"], ["hari minggu depan", "2026-12-13"],
  ])("%s → %s", (input, date) => expect(parseTravelDate(input, today)).toEqual({ ok: true, date }));

  it.each([
    // Beyond the booking window, refused as any other date.
    ["400 hari lagi", { ok: false, reason: "too_far", max: "2027-12-02" }],
    ["in 13 months", { ok: false, reason: "too_far", max: "2027-12-02" }],
    ["53 minggu lagi", { ok: false, reason: "too_far", max: "2027-12-02" }],
    // A week, not a day: asked which day.
    ["minggu depan", { ok: false, reason: "vague" }],
    ["next week", { ok: false, reason: "vague" }],
    // A count alone is a length of stay, never a date.
    ["2 minggu", { ok: false, reason: "unreadable" }],
    ["3 days", { ok: false, reason: "unreadable" }],
    ["banyak minggu lagi", { ok: false, reason: "unreadable" }],
  ])("%s → %o", (input, answer) => expect(parseTravelDate(input, today)).toEqual(answer));

  it("the quick form's scanner sees the whole phrase", () => {
    for (const p of ["2 minggu lagi", "in 2 weeks", "3 days from now", "dalam 2 minggu ke depan"]) expect(isDatePhrase(p), p).toBe(true);
    expect(isDatePhrase("2 minggu")).toBe(false);
  });
});
