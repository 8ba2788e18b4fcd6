import { describe, expect, it } from "vitest";
import { vagueSpan } from "../../src/domain/date-span.js";
import { isTodaysWeekday, parseTravelDate } from "../../src/domain/travel-date.js";

/*
 * "sabtu ini" typed on a Saturday searched the Saturday a week later, as "sabtu depan" does, without a word.
 * "ini"/"this" names the day of this week: on that weekday it is today; "depan"/"next" stays next week's.
 */
describe("weekday with ini/this and depan/next (today: Saturday 5 December 2026)", () => {
  const today = "2026-12-05";
  it.each([
    // On that weekday: today.
    ["sabtu ini", "2026-12-05"], ["sbtu ini", "2026-12-05"], ["Sabtu ini", "2026-12-05"], ["hari sabtu ini", "2026-12-05"],
    ["this saturday", "2026-12-05"], ["this sat", "2026-12-05"],
    // Next week's: depan / next.
    ["sabtu depan", "2026-12-12"], ["sabtu dpn", "2026-12-12"], ["next saturday", "2026-12-12"],
    // Other weekdays with ini/this: the coming one (this week's Friday has passed).
    ["minggu ini", undefined], ["hari minggu ini", "2026-12-06"], ["this sunday", "2026-12-06"],
    ["senin ini", "2026-12-07"], ["this monday", "2026-12-07"], ["jumat ini", "2026-12-11"], ["this friday", "2026-12-11"],
    ["senin depan", "2026-12-07"], ["next monday", "2026-12-07"], ["hari minggu depan", "2026-12-13"],
  ])("%s → %s", (typed, date) => {
    const read = parseTravelDate(typed, today);
    if (date === undefined) expect(read).toEqual({ ok: false, reason: "vague" });
    else expect(read).toEqual({ ok: true, date });
  });

  it("each weekday with 'ini' typed on that weekday is today, with 'depan' a week later", () => {
    const days = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu"];
    const english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    // Monday 7 December … Sunday 13 December 2026.
    for (let i = 0; i < 7; i++) {
      const day = `2026-12-${String(7 + i).padStart(2, "0")}`;
      const week = `2026-12-${String(14 + i).padStart(2, "0")}`;
      const id = days[i] ?? "hari minggu";
      expect(parseTravelDate(`${id} ini`, day)).toEqual({ ok: true, date: day });
      expect(parseTravelDate(`this ${english[i]}`, day)).toEqual({ ok: true, date: day });
      expect(parseTravelDate(`${id} depan`, day)).toEqual({ ok: true, date: week });
      expect(parseTravelDate(`next ${english[i]}`, day)).toEqual({ ok: true, date: week });
      // "sabtu" alone on a Saturday is still asked (today or next week): it may mean either.
      expect(isTodaysWeekday(id, day)).toBe(true);
      expect(isTodaysWeekday(`${id} ini`, day)).toBe(false);
    }
  });

  it("'minggu ini' stays a week (its days asked, Sunday among them), on a Sunday only today", () => {
    expect(vagueSpan("minggu ini", today)).toEqual({ from: "2026-12-05", to: "2026-12-06" });
    expect(vagueSpan("minggu ini", "2026-12-06")).toEqual({ from: "2026-12-06", to: "2026-12-06" });
  });
});
