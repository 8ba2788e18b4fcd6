import { describe, expect, it } from "vitest";
import { DEPARTURE_CUTOFF_MINUTES, departedFor, stillBookable } from "../../src/domain/offer-list.js";

describe("departed flights", () => {
  const now = new Date("2026-12-02T06:00:00Z"); // 13:00 in Jakarta
  const at = (local: string) => ({ departsAt: `2026-12-02T${local}:00.000+07:00` });

  it.each([
    ["12:30", true], ["13:00", true], ["13:59", true], ["14:00", false], ["20:00", false],
  ] as const)("a flight at %s (Jakarta) at 13:00 is departed for booking: %s", (local, departed) => {
    expect(departedFor(at(local), now)).toBe(departed);
  });

  it("keeps the order of what is still bookable, with a cut-off of an hour", () => {
    expect(DEPARTURE_CUTOFF_MINUTES).toBe(60);
    expect(stillBookable([at("20:00"), at("09:00"), at("15:10")], now)).toEqual([at("20:00"), at("15:10")]);
  });
});
