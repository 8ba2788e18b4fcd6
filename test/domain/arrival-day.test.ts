import { describe, expect, it } from "vitest";
import { landsNextDay } from "../../src/domain/airport-zones.js";
import { flightInstants } from "../../src/providers/mmbc/wire-values.js";
import { arrivalAfter, localInstant } from "../../src/providers/tiket/wire-values.js";

const WIB = "Asia/Jakarta";

describe("an arrival printed earlier than the departure: the next day only when the airports' clocks say so", () => {
  it.each([
    // Westward across a zone line: a 50-minute hop lands "before" it left on the printed clocks, the same day.
    [{ from: "DPS", to: "SUB" }, "07:35", "07:25", false],
    [{ from: "UPG", to: "CGK" }, "06:00", "06:30", false],
    [{ from: "DJJ", to: "UPG" }, "08:00", "07:55", false],
    // In one zone, after midnight: the next day.
    [{ from: "CGK", to: "SUB" }, "22:05", "00:50", true],
    // Eastward past midnight: the next day, although 23:30 WIB is 00:30 WITA.
    [{ from: "SUB", to: "DPS" }, "23:30", "01:20", true],
    // An ordinary daytime flight.
    [{ from: "CGK", to: "DPS" }, "06:10", "09:00", false],
  ] as const)("%o %s → %s", (route, departs, arrives, next) => {
    expect(landsNextDay(route, "2026-12-20", departs, arrives, WIB)).toBe(next);
  });

  it("MMBC: DPS 07:35 → SUB 07:25 lands the same day; CGK 22:05 → SUB 00:50 the next", () => {
    expect(flightInstants("2026-12-20", ["07:35", "07:25"], WIB, { from: "DPS", to: "SUB" }).arrivesAt.slice(0, 10)).toBe("2026-12-20");
    expect(flightInstants("2026-12-20", ["22:05", "00:50"], WIB, { from: "CGK", to: "SUB" }).arrivesAt.slice(0, 10)).toBe("2026-12-21");
  });

  it("tiket.com: the same", () => {
    const departs = localInstant("2026-12-20", "07:35", WIB)!;
    expect(arrivalAfter(departs, "2026-12-20", "07:25", WIB, { from: "DPS", to: "SUB" })!.slice(0, 10)).toBe("2026-12-20");
    const late = localInstant("2026-12-20", "22:05", WIB)!;
    expect(arrivalAfter(late, "2026-12-20", "00:50", WIB, { from: "CGK", to: "SUB" })!.slice(0, 10)).toBe("2026-12-21");
  });
});
