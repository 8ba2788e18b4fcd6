import { describe, expect, it } from "vitest";
import { readResultsRequest } from "../../src/domain/results-request.js";
import { typedClockHour } from "../../src/domain/results-time.js";
import { words } from "../../src/domain/results-words.js";
import { flightsNearHour } from "../../src/domain/flights-near-hour.js";
import type { FlightOffer } from "../../src/domain/flight.js";

const ctx = { airlines: [{ code: "JT", name: "Lion Air" }, { code: "QG", name: "Citilink" }, { code: "GA", name: "Garuda Indonesia" }, { code: "ID", name: "Batik Air" }] };

describe("an airline's code typed in small letters at the list", () => {
  it.each([["jt aja", "JT"], ["yg jt", "JT"], ["qg dong", "QG"], ["ID aja", "ID"]])("%s → the airline filter %s", (text, airline) => {
    expect(readResultsRequest(text, ctx)).toEqual({ kind: "filter", airline });
  });
  it.each(["ga aja", "id aja"])("%s: an everyday word in small letters, no airline", (text) => {
    expect(readResultsRequest(text, ctx)).not.toEqual(expect.objectContaining({ airline: expect.any(String) }));
  });
  it("a code of no airline on the list is not read", () => {
    expect(readResultsRequest("sj aja", ctx)).toBeUndefined();
  });
});

describe("the hour typed, and the flights near it", () => {
  it.each([["yg jam 8an", 8], ["jam 7", 7], ["7pm", 19], ["pukul 13.00", 13], ["the 8am one", 8]] as const)("%s → %d", (text, hour) => {
    expect(typedClockHour(words(text))).toBe(hour);
  });
  it.each(["yg pagi aja", "sore", "abis subuh"])("%s names no hour", (text) => expect(typedClockHour(words(text))).toBeUndefined());

  const at = (hhmm: string) => ({ departsAt: `2026-12-10T${hhmm}:00+07:00` }) as FlightOffer;
  it("none near 08:00: the nearest before and after", () => {
    expect(flightsNearHour([at("06:10"), at("10:25"), at("13:00")], 8)).toEqual({ around: false, nearest: ["06:10", "10:25"] });
    expect(flightsNearHour([at("10:25")], 8)).toEqual({ around: false, nearest: ["10:25"] });
    expect(flightsNearHour([at("07:45"), at("10:25")], 8)).toEqual({ around: true });
    expect(flightsNearHour([at("09:29")], 8)).toEqual({ around: true });
  });
});
