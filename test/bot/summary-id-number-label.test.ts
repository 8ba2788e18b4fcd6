import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { passengerLines } from "../../src/bot/features/search/quote-view.js";
import type { PassengerInput } from "../../src/domain/passenger.js";

/**
 * tiket.com's ID question takes a KTP or a passport number: the summary names what was typed, a
 * passport number as a passport's ("paspor A1234567"), never "KTP A1234567".
 */
const i18n = createI18n("id");
const lines = (locale: "en" | "id", idNumber: string) =>
  passengerLines((key, vars) => i18n.t(locale, key, vars), locale, [{ type: "adult", title: "Mr", fullName: "Budi Santoso", idNumber } as PassengerInput]);

describe("the summary's label for the ID question's answer", () => {
  it.each([
    ["id", "A1234567", "1. Mr Budi Santoso (dewasa) — paspor A1234567"],
    ["en", "A1234567", "1. Mr Budi Santoso (adult) — passport A1234567"],
    ["id", "3174092302900001", "1. Mr Budi Santoso (dewasa) — KTP 3174092302900001"],
    ["en", "3174092302900001", "1. Mr Budi Santoso (adult) — ID 3174092302900001"],
  ] as const)("%s %s", (locale, number, expected) => {
    expect(lines(locale, number)).toBe(expected);
  });
});
