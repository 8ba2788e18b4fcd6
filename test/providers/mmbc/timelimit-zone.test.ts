import { describe, expect, it } from "vitest";
import { parseWireTimelimit } from "../../../src/providers/mmbc/wire-values.js";
import { DEADLINE_ZONE, wireDateTime } from "../../../src/sandbox/mmbc/wire-format.js";

// MMBC's clock is WIB (spec): whatever zone the bot shows times in, the pay deadline is read on that clock
// (and on the departure airport's, the earlier kept); the display zone only writes the instant.
describe("the pay deadline is never read later than MMBC's own clock (WIB)", () => {
  it.each([
    // West of WIB: the WIB reading is the earliest (23:59 WIB is 19:59 in Riyadh, 16:59 in London).
    ["Asia/Riyadh", "CGK", "2017-01-24T19:59:00.000+03:00"],
    ["Europe/London", "CGK", "2017-01-24T16:59:00.000+00:00"],
    ["Asia/Riyadh", "PDG", "2017-01-24T19:59:00.000+03:00"],
    // The departure airport's clock east of WIB is earlier still.
    ["Asia/Riyadh", "DPS", "2017-01-24T18:59:00.000+03:00"],
    ["Asia/Riyadh", "DJJ", "2017-01-24T17:59:00.000+03:00"],
    // An airport with no known zone: WIB still counts.
    ["Asia/Riyadh", "XXX", "2017-01-24T19:59:00.000+03:00"],
    // East of WIB the bot's own zone is not read: 23:59 WIB is 00:59 WITA and 01:59 WIT the next day.
    ["Asia/Makassar", "CGK", "2017-01-25T00:59:00.000+08:00"],
    ["Asia/Jayapura", "CGK", "2017-01-25T01:59:00.000+09:00"],
    ["Asia/Makassar", "DPS", "2017-01-24T23:59:00.000+08:00"],
    ["Asia/Jakarta", "CGK", "2017-01-24T23:59:00.000+07:00"],
    ["Asia/Jakarta", "DPS", "2017-01-24T22:59:00.000+07:00"],
  ])("bot in %s, departing %s", (zone, from, iso) => {
    const read = parseWireTimelimit("24 Jan 2017 23:59", from, zone);
    expect(read).toBe(iso);
    expect(Date.parse(read!)).toBeLessThanOrEqual(Date.parse("2017-01-24T23:59:00+07:00"));
  });

  it("an unreadable deadline stays unreadable", () => {
    expect(parseWireTimelimit("besok", "CGK", "Asia/Riyadh")).toBeUndefined();
  });
});

describe("the sandbox prints its deadline so that the client reads the instant it enforces", () => {
  const at = Date.parse("2027-03-20T16:30:00Z");
  it.each(["Asia/Riyadh", "Europe/London", "Etc/GMT+5", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Etc/GMT-12"])("configured in %s", (zone) => {
    const printed = wireDateTime(at, DEADLINE_ZONE);
    expect(Date.parse(parseWireTimelimit(printed, "CGK", zone)!)).toBe(at);
  });
});
