import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";

// The list's own words typed in the search line: an airline and "direct" kept for the list, "cheapest" read
// (the list is cheapest first), none of them said back as not understood.
describe("the list's words in the quick form", () => {
  it.each([
    ["cgk dps tmrw 2 adults 1 infant cheapest morning", { origin: "cgk", destination: "dps", date: "tmrw", pax: "2 adults 1 infant", time: "morning" }],
    ["cgk dps tmrw direct", { origin: "cgk", destination: "dps", date: "tmrw", direct: true }],
    ["cgk dps bsk 2 tanpa transit", { origin: "cgk", destination: "dps", date: "bsk", pax: "2", direct: true }],
    ["cgk dps tmrw 2 pax lion", { origin: "cgk", destination: "dps", date: "tmrw", pax: "2 pax", airline: "lion" }],
    ["cgk dps tmrw 2 lion air non-stop", { origin: "cgk", destination: "dps", date: "tmrw", pax: "2", airline: "lion", direct: true }],
    ["cgk dps tmrw 2 GA", { origin: "cgk", destination: "dps", date: "tmrw", pax: "2", airline: "GA" }],
    ["cgk dps bsk 2 air asia", { origin: "cgk", destination: "dps", date: "bsk", pax: "2", airline: "airasia" }],
    ["jkt-dps bsk 2 dws pagi yg paling murah", { origin: "jkt", destination: "dps", date: "bsk", pax: "2 dws", time: "morning" }],
    ["cgk dps bsk 2 lion garuda", { origin: "cgk", destination: "dps", date: "bsk", pax: "2", airline: "lion", unread: "garuda" }],
  ])("%s", (typed, form) => {
    expect(parseQuickForm(typed)).toEqual(form);
  });

  it.each([["JAKARTA KE SURABAYA BESOK 2"], ["CGK TO DPS TMRW 2"], ["CGK DPS 15 DES PP 18 2 OK"]])("%s: two capitals that are words of the line are no airline code", (typed) => {
    expect(parseQuickForm(typed).airline).toBeUndefined();
  });

  it("'ga' in small letters is chat ('no'), never Garuda's code", () => {
    expect(parseQuickForm("cgk dps bsk 2 ga").airline).toBeUndefined();
  });
});
