import { describe, expect, it } from "vitest";
import { departureInstant } from "../../src/domain/airport-zones.js";
import { DEPARTURE_CUTOFF_MINUTES, departedFor, stillBookable } from "../../src/domain/offer-list.js";

describe("departed flights", () => {
  const now = new Date("2026-12-02T06:00:00Z"); // 13:00 in Jakarta, 14:00 in Bali, 15:00 in Jayapura
  // Printed local airport times, kept with the bot's zone (as the providers' mappings store them).
  const at = (local: string, from = "CGK") => ({ from, departsAt: `2026-12-02T${local}:00.000+07:00` });

  it.each([
    ["12:30", true], ["13:00", true], ["13:59", true], ["14:00", false], ["20:00", false],
  ] as const)("a flight at %s (Jakarta) at 13:00 is departed for booking: %s", (local, departed) => {
    expect(departedFor(at(local), now)).toBe(departed);
  });

  it.each([
    // 14:05 WIT left 55 minutes ago; 15:30 WITA leaves in 90 minutes; 14:30 WITA in 30.
    ["DJJ", "14:05", true], ["DJJ", "15:59", true], ["DJJ", "16:00", false], ["DPS", "14:30", true], ["DPS", "15:30", false], ["BPN", "14:59", true],
    // Abroad: Singapore is UTC+8.
    ["SIN", "14:30", true], ["SIN", "15:00", false],
  ] as const)("from %s at %s local (13:00 in Jakarta) is departed for booking: %s", (from, local, departed) => {
    expect(departedFor(at(local, from), now)).toBe(departed);
  });

  it("reads the printed clock in the departure airport's zone", () => {
    expect(new Date(departureInstant(at("14:05", "DJJ"))).toISOString()).toBe("2026-12-02T05:05:00.000Z");
    expect(new Date(departureInstant(at("14:05", "dps"))).toISOString()).toBe("2026-12-02T06:05:00.000Z");
    expect(new Date(departureInstant(at("14:05", "SUB"))).toISOString()).toBe("2026-12-02T07:05:00.000Z");
  });

  it("keeps the order of what is still bookable, with a cut-off of an hour", () => {
    expect(DEPARTURE_CUTOFF_MINUTES).toBe(60);
    expect(stillBookable([at("20:00"), at("09:00"), at("15:10")], now)).toEqual([at("20:00"), at("15:10")]);
  });
});
