import { describe, expect, it } from "vitest";
import { airlineDisplayName } from "../../src/domain/airline-names.js";

describe("one name per airline, whichever provider spelled it", () => {
  it.each([
    ["JT", "LION", "Lion Air"], ["JT", "Lion", "Lion Air"], ["JT", "Lion Air", "Lion Air"], ["8B", "TRANSNUSA", "TransNusa"],
    ["QZ", "AIRASIA", "Indonesia AirAsia"], ["SJ", "Sriwijaya", "Sriwijaya Air"], ["qg", "CITILINK", "Citilink"],
    ["ZZ", "MY AIRLINE", "My Airline"], ["FZ", "flydubai", "flydubai"], ["ZZ", "  SKY-HIGH AIR ", "Sky-High Air"], ["ZZ", "", ""],
    ["co", "CONSTRUCTOR", "Constructor"],
  ])("%s %s → %s", (code, name, expected) => expect(airlineDisplayName(code, name)).toBe(expected));
});
