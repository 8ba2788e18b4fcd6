import { afterEach, describe, expect, it, vi } from "vitest";
import { shortDate } from "../../src/presenters/format.js";

// Results, quotes, fare calendars and inline cards call shortDate without the bot's date: a date in
// another year than today's must still say its year.
describe("short dates say the year when it isn't this year's", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("on 3 December 2026 (Jakarta): January is 2027's", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-03T03:00:00Z"));
    expect(shortDate("2027-01-05", "id")).toBe("Sel 5 Jan 2027");
    expect(shortDate("2027-01-05", "en")).toBe("Tue 5 Jan 2027");
    expect(shortDate("2026-12-25", "id")).toBe("Jum 25 Des");
  });

  it("on 1 January 2027 at 00:30 in Jakarta (still 31 December in UTC): the year just ended says its year, 5 Jan and this 31 Dec (a year away) as they should", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-31T17:30:00Z"));
    expect(shortDate("2027-12-31", "id")).toBe("Jum 31 Des 2027");
    expect(shortDate("2026-12-31", "en")).toBe("Thu 31 Dec 2026");
    expect(shortDate("2027-01-05", "en")).toBe("Tue 5 Jan");
  });

  it("the bot's own date, when given, decides", () => {
    expect(shortDate("2027-12-31", "id", "2027-01-01")).toBe("Jum 31 Des 2027");
    expect(shortDate("2027-06-30", "en", "2027-01-01")).toBe("Wed 30 Jun");
    expect(shortDate("2027-01-05", "en", "2027-01-01")).toBe("Tue 5 Jan");
    expect(shortDate("2027-01-05", "en", "2026-12-31")).toBe("Tue 5 Jan 2027");
  });
});
