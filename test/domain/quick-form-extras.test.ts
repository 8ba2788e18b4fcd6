import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";

const TODAY = "2026-12-03";

describe("quick form: the counts after for / untuk / buat are the party", () => {
  it.each([
    ["cgk dps for 2", { origin: "cgk", destination: "dps", pax: "2" }],
    ["cgk dps tomorrow for 2", { origin: "cgk", destination: "dps", date: "tomorrow", pax: "2" }],
    ["sub dps besok untuk 3", { origin: "sub", destination: "dps", date: "besok", pax: "3" }],
    ["cgk dps besok buat 2 orang", { origin: "cgk", destination: "dps", date: "besok", pax: "2 orang" }],
    ["cgk dps for 2 adults 1 child", { origin: "cgk", destination: "dps", pax: "2 adults 1 child" }],
    ["cgk dps utk 2 dewasa 1 anak 25 des", { origin: "cgk", destination: "dps", pax: "2 dewasa 1 anak", date: "25 des" }],
    ["cgk dps for 2 tomorrow", { origin: "cgk", destination: "dps", pax: "2", date: "tomorrow" }],
    // A party too big is still the party (the party step says why), never a day of the month.
    ["cgk dps for 25", { origin: "cgk", destination: "dps", pax: "25" }],
    // A date after "for" is still a date, a length of stay still a stay.
    ["cgk dps for tomorrow 2", { origin: "cgk", destination: "dps", date: "for tomorrow", pax: "2" }],
    ["cgk dps for 25 dec 2", { origin: "cgk", destination: "dps", date: "for 25 dec", pax: "2" }],
    ["cgk dps untuk besok 2", { origin: "cgk", destination: "dps", date: "untuk besok", pax: "2" }],
    ["cgk dps besok for 3 days", { origin: "cgk", destination: "dps", date: "besok", unread: "for 3 days" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));

  it.each([
    ["buat 2 orang", { adult: 2, child: 0, infant: 0 }],
    ["untuk 3", { adult: 3, child: 0, infant: 0 }],
    ["for 2", { adult: 2, child: 0, infant: 0 }],
    ["for 2 adults 1 child", { adult: 2, child: 1, infant: 0 }],
    ["utk 2 dewasa 1 bayi", { adult: 2, child: 0, infant: 1 }],
  ])("the party question reads %s", (text, pax) => expect(parsePax(text)).toEqual({ ok: true, pax }));

  it("a date led by untuk / buat reads as the date", () => {
    expect(parseTravelDate("untuk besok", TODAY)).toEqual({ ok: true, date: "2026-12-04" });
    expect(parseTravelDate("buat 25 des", TODAY)).toEqual({ ok: true, date: "2026-12-25" });
  });
});
