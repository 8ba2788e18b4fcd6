import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";

const TODAY = "2026-03-10"; // a Tuesday

describe("quick form: polite words are skipped wherever they stand", () => {
  it.each([
    ["pls jkt to bali tmrw 2 pax", { origin: "jkt", destination: "bali", date: "tmrw", pax: "2 pax" }],
    ["tolong carikan cgk dps besok 2 dong", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
    ["mohon cari sub ke dps besok ya kak", { origin: "sub", destination: "dps", date: "besok" }],
    ["please cgk dps tomorrow 2 adults", { origin: "cgk", destination: "dps", date: "tomorrow", pax: "2 adults" }],
    ["cgk dps besok 2 min", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: a known place is kept out of unknown words around it, which are said back", () => {
  it.each([
    ["xyz jkt to bali besok 2", { origin: "jkt", destination: "bali", date: "besok", pax: "2", unread: "xyz" }],
    ["cgk ke halo bali besok", { origin: "cgk", destination: "bali", date: "besok", unread: "halo" }],
    // As before: the words after a place.
    ["cgk garuda ke dps", { origin: "cgk", destination: "dps", airline: "garuda" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("hurried spellings of dates and parties", () => {
  it.each([["tmrw", "2026-03-11"], ["tmr", "2026-03-11"], ["bsok", "2026-03-11"], ["besuk", "2026-03-11"], ["jmt", "2026-03-13"], ["jmt depan", "2026-03-20"]])(
    "%s is %s",
    (text, date) => expect(parseTravelDate(text, TODAY)).toMatchObject({ ok: true, date }),
  );

  it.each([
    ["2adults", { adult: 2, child: 0, infant: 0 }],
    ["2dws 1anak", { adult: 2, child: 1, infant: 0 }],
    ["2dewasa 1bayi", { adult: 2, child: 0, infant: 1 }],
    // A bare count before counted ones is the adults; "dan"/"and" join.
    ["1+1 bayi", { adult: 1, child: 0, infant: 1 }],
    ["2 + 1 anak", { adult: 2, child: 1, infant: 0 }],
    ["2 dan 1 anak", { adult: 2, child: 1, infant: 0 }],
    ["2 adults and 1 child", { adult: 2, child: 1, infant: 0 }],
  ])("%s is a party", (text, pax) => expect(parsePax(text)).toEqual({ ok: true, pax }));

  it.each([
    ["cgk dps jmt 2adults", { origin: "cgk", destination: "dps", date: "jmt", pax: "2adults" }],
    ["sub dps bsok 2dws 1anak", { origin: "sub", destination: "dps", date: "bsok", pax: "2dws 1anak" }],
  ])("quick form %s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("a party joined by + is read whole; a part that can't be told is asked, never dropped", () => {
  it.each([
    ["2+1", { ok: true, pax: { adult: 2, child: 1, infant: 0 } }],
    ["2 dewasa + 1 anak", { ok: true, pax: { adult: 2, child: 1, infant: 0 } }],
    ["2 dws + 1 bayi", { ok: true, pax: { adult: 2, child: 0, infant: 1 } }],
    ["2 dewasa + 1 balita", { ok: false, reason: "toddler" }],
    ["2 adults 1 toddler", { ok: false, reason: "toddler" }],
  ])("%s", (text, answer) => expect(parsePax(text)).toEqual(answer));

  it.each([
    ["cgk sub besok 2 dewasa + 1 balita", { origin: "cgk", destination: "sub", date: "besok", pax: "2 dewasa + 1 balita" }],
    ["cgk sub besok 2 dws + 1 bayi", { origin: "cgk", destination: "sub", date: "besok", pax: "2 dws + 1 bayi" }],
    ["cgk sub besok 2+1", { origin: "cgk", destination: "sub", date: "besok", pax: "2+1" }],
    ["cgk sub besok 2 dewasa dan 1 anak", { origin: "cgk", destination: "sub", date: "besok", pax: "2 dewasa dan 1 anak" }],
    // The party doesn't read as a whole, so it is asked (and the unknown word said back), never searched for 2.
    ["cgk sub besok 2 dewasa + 1 lansia", { origin: "cgk", destination: "sub", date: "besok", pax: "2 dewasa + 1", unread: "lansia" }],
    // A join before no count is not the party's.
    ["cgk sub besok 2 dan pulang 28 des", { origin: "cgk", destination: "sub", date: "besok", pax: "2", roundTrip: true, returnDate: "28 des", unread: "dan" }],
  ])("quick form %s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});
