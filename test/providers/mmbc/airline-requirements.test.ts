import { describe, expect, it } from "vitest";
import { requirementsFor } from "../../../src/providers/mmbc/airline-requirements.js";

const onCgkSub = (code: string, name?: string) => requirementsFor(code, "CGK", "SUB", name);

describe("MMBC §8: birth dates for Citilink, AirAsia, JetStar; baggage for AirAsia, JetStar", () => {
  it.each(["QZ-7682", "AK-381", "FD-396", "D7-505", "XT-8", "XJ-600", "Z2-7", "JQ-812", "3K-202", "GK-51", "BL-6021"])(
    "%s (AirAsia or JetStar by its code) needs birth dates and baggage", (code) => {
      expect(onCgkSub(code)).toEqual({ birthDate: true, baggage: true, passport: false, adultFrom: 13 });
    },
  );

  it.each([
    ["ZZ-101", "AirAsia"], ["ZZ-102", "Indonesia AirAsia X"], ["ZZ-103", "AIRASIA"], ["ZZ-104", "Air Asia"],
    ["ZZ-105", "Jetstar"], ["ZZ-106", "JetStar Asia"], ["ZZ-107", "JeStar"],
  ])("%s named %s needs them by its name", (code, name) => {
    expect(onCgkSub(code, name)).toMatchObject({ birthDate: true, baggage: true });
  });

  it("Citilink needs birth dates only, by code or by name", () => {
    expect(onCgkSub("QG-660")).toMatchObject({ birthDate: true, baggage: false });
    expect(onCgkSub("ZZ-660", "CITILINK")).toMatchObject({ birthDate: true, baggage: false });
  });

  it("other airlines need neither; a passport only abroad", () => {
    expect(onCgkSub("JT-690", "Lion Air")).toEqual({ birthDate: false, baggage: false, passport: false, adultFrom: 13 });
    expect(requirementsFor("GA-824", "CGK", "SIN", "Garuda Indonesia")).toEqual({ birthDate: false, baggage: false, passport: true, adultFrom: 13 });
  });
});
