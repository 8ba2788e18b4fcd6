import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { readResultsRequest } from "../../src/domain/results-request.js";

// "jam 7an" (about seven), "abis subuh" (after the dawn prayer) and the typo "dewsa" were said back as not understood.
describe("about an hour, prayer times and 'dewsa'", () => {
  it.each([
    ["cgk sby besok jam 7an 2 dws", { date: "besok", time: "morning", pax: "2 dws" }],
    ["cgk sby besok jam7an 2", { date: "besok", time: "morning", pax: "2" }],
    ["cgk sby besok jam 7-an malam 2", { date: "besok", time: "night", pax: "2" }],
    ["cgk sby besok sekitar jam 7 2", { date: "besok", time: "morning", pax: "2" }],
    ["cgk sby besok abis subuh 2 dws", { date: "besok", time: "morning", pax: "2 dws" }],
    ["cgk sby besok habis maghrib 2", { date: "besok", time: "evening", pax: "2" }],
    ["cgk sby besok setelah isya 2", { date: "besok", time: "night", pax: "2" }],
    ["cgk sby besok ba'da dzuhur 2", { date: "besok", time: "afternoon", pax: "2" }],
    ["cgk sby besok jam 7 2 dewsa 1 ank", { date: "besok", time: "morning", pax: "2 dewsa 1 ank" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual({ origin: "cgk", destination: "sby", ...form }));

  it("'dewsa' counts adults", () => {
    expect(parsePax("2 dewsa 1 ank")).toEqual({ ok: true, pax: { adult: 2, child: 1, infant: 0 } });
  });

  it.each([
    ["yg jam 7an", "morning"], ["jam 7an aja", "morning"], ["abis subuh", "morning"], ["yg habis maghrib", "evening"], ["sekitar jam 7", "morning"],
  ])("%s at a results list → the time filter %s", (text, time) => {
    expect(readResultsRequest(text, { airlines: [], today: "2026-12-03" })).toEqual({ kind: "filter", time });
  });
});
