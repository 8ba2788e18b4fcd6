import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { clockInZone, dayInZone, isoInZone, zonedInstant } from "../../src/domain/zoned-time.js";

const ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Kolkata", "Asia/Singapore", "Europe/London", "Australia/Sydney", "America/St_Johns", "UTC"];

describe("wall clocks in zones, as @date-fns/tz reads them", () => {
  it("every hour of many days, in zones with and without daylight saving", () => {
    let checked = 0;
    for (const zone of ZONES) {
      for (let day = 0; day < 366; day += 7) {
        for (let hour = 0; hour < 24; hour += 1) {
          const d = new Date(Date.UTC(2026, 0, 1 + day));
          const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const tz = new TZDate(y, m - 1, dd, hour, 35, zone);
          // A clock skipped or repeated by a daylight-saving change is read either way: not compared.
          if (tz.getHours() !== hour) continue;
          const ms = zonedInstant(y, m, dd, hour, 35, zone);
          expect(ms).toBe(tz.getTime());
          expect(isoInZone(ms, zone)).toBe(tz.toISOString());
          expect(dayInZone(ms, zone)).toBe(tz.toISOString().slice(0, 10));
          expect(clockInZone(ms, zone)).toBe(`${String(hour).padStart(2, "0")}:35`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("days past the month's end roll over, as Date.UTC does", () => {
    expect(isoInZone(zonedInstant(2026, 12, 32, 0, 50, "Asia/Jakarta"), "Asia/Jakarta")).toBe("2027-01-01T00:50:00.000+07:00");
  });
});
