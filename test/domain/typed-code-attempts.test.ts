import { describe, expect, it } from "vitest";
import { isAirportCodeAttempt } from "../../src/domain/airport-code-attempt.js";
import { bookingCodeAlone } from "../../src/domain/booking-code-alone.js";

describe("lines typed as codes (what a group without privacy mode answers without a reply)", () => {
  it.each(["DSP", "CGKK", " DPS ", "SUBB."])("%s is an airport code attempt", (typed) => expect(isAirportCodeAttempt(typed)).toBe(true));
  it.each(["dsp", "ok", "oke", "siap", "wkwk", "siang kak", "Siap", "JAKARTA", "DP", "CGK DPS", "GA410"])("%s is not", (typed) => expect(isAirportCodeAttempt(typed)).toBe(false));

  it.each([["X8CK4Q", "X8CK4Q"], ["x8ck4q", "X8CK4Q"], ["#D8EM4W", "D8EM4W"], [" 3V4U4F. ", "3V4U4F"]])("%s is a booking code typed alone", (typed, code) => expect(bookingCodeAlone(typed)).toBe(code));
  it.each(["QZ7402", "JT0219", "LRWFBN", "123456", "Budi", "X8CK4Q ya", "Mr Budi Santoso"])("%s is not", (typed) => expect(bookingCodeAlone(typed)).toBeUndefined());
});
