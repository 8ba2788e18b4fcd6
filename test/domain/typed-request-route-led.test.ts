import { describe, expect, it } from "vitest";
import { readTypedRequest } from "../../src/domain/typed-request.js";

// A line led by a route of two known places, with a date or a party, is a search even with a word or two the
// strict reading doesn't know: /cari searches with the rest and names what it left out.
describe("a route-led search with words the strict reading doesn't list", () => {
  it.each([
    "cgk dps tmrw 2 adults 1 infant cheapest morning",
    "cgk dps tmrw 2 cheapest",
    "cgk dps tmrw direct",
    "cgk dps tmrw 2 pax lion",
    "cgk dps day after tomorrow 1",
    "cgk dps this friday 2",
    "cgk dps in 3 days 2",
    "cgk dps 2 pax on 15 jan",
    "cgk dps besok malem 2",
    "cgk dps bsk malem 2",
    "cgk dps besok mlm 2",
    "cgk dps bsk pgi 2",
    "cgk dps senin dpn 2",
    "cgk jogya bsk 1",
    "cgk dps bsk 2 org dewasa 1 anak umur 5th",
    "cgk dps bsk termurah",
    "cgk dps bsk paling murah 2",
    "cgk-dps bsk langsung 2",
    "jakarta ke bali bsk 2 garuda",
    "kuala lumpur cgk tmrw 2 airasia",
  ])("%s → /cari with the same words", (text) => expect(readTypedRequest(text)).toEqual({ kind: "search", text }));

  it.each([
    ["cgk dps tmrw 2 pax, cheapest pls", "cgk dps tmrw 2 pax cheapest"],
    ["cgk to dps on the 15th 1 pax", "cgk to dps on 15th 1 pax"],
    ["cgk dps jum'at 1", "cgk dps jumat 1"],
    ["tolong cgk dps bsk 2 termurah ya kak", "cgk dps bsk 2 termurah"],
  ])("%s → /cari %s (asking words left out)", (text, line) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: line }));

  it.each([
    // No route: chatter.
    "besok termurah 2", "yg paling murah 2 org", "cheapest tomorrow for 2", "bali bsk rame banget 2",
    // A route, but no date or party: talk about it.
    "cgk dps macet parah", "cgk dps mahal banget", "cgk dps direct ga",
    // A route and a date, but mostly other words.
    "cgk dps besok rame banget ya kak macet parah", "sub dps bsk hujan deras katanya sih",
    // A question about a trip: asks something else than a search.
    "cgk dps bsk delay ga?", "cgk dps tmrw is it delayed?",
    // Not led by the route.
    "JT 610 CGK 07:00 DPS 09:50", "CGK-DPS 05 Jan 07:00 GA 404", "cgk dps 5 jan ga404 07:00", "Itinerary: GA 404 CGK-DPS 05 Jan 07:00", "saya dari cgk ke dps bsk capek",
  ])("%s stays chatter", (text) => expect(readTypedRequest(text)).toBeUndefined());
});
