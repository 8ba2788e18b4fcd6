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

describe("quick form: a date range is the outbound and the return, never a dd-mm date nor the party", () => {
  const trip = (date: string, returnDate: string, extra: Record<string, string> = {}) => ({ origin: "cgk", destination: "dps", date, returnDate, roundTrip: true, ...extra });
  it.each([
    ["cgk dps 25-28 des", trip("25 des", "28 des")],
    ["cgk dps 25-28 des 2", trip("25 des", "28 des", { pax: "2" })],
    ["cgk dps 25 - 28 des 2", trip("25 des", "28 des", { pax: "2" })],
    ["cgk dps 25 – 28 des", trip("25 des", "28 des")],
    ["cgk dps 25 des - 28 des", trip("25 des", "28 des")],
    ["cgk dps 25 des-28 des", trip("25 des", "28 des")],
    ["cgk dps dec 25-28", trip("dec 25", "dec 28")],
    ["cgk dps dec 25 - 28 for 2", trip("dec 25", "dec 28", { pax: "2" })],
    ["cgk dps 25/12-28/12", trip("25/12", "28/12")],
    ["cgk dps 25/12-28/12 2", trip("25/12", "28/12", { pax: "2" })],
    ["cgk dps 25-28/12", trip("25/12", "28/12")],
    ["cgk dps 25.12-28.12.2026", trip("25.12.2026", "28.12.2026")],
    ["cgk dps 25-28 december 2026 2", trip("25 december 2026", "28 december 2026", { pax: "2" })],
    ["cgk dps 25 sampai 28 des", trip("25 des", "28 des")],
    ["cgk dps 25 dec to 28 dec 2", trip("25 dec", "28 dec", { pax: "2" })],
    ["cgk dps 5-8 jan", trip("5 jan", "8 jan")],
    // Two days and no month: a range only when the second can't be a month.
    ["cgk dps 25-28", trip("tgl 25", "tgl 28")],
    ["cgk dps tgl 25-28 2", trip("tgl 25", "tgl 28", { pax: "2" })],
    ["cgk dps pp 25-28 des 2", trip("25 des", "28 des", { pax: "2" })],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));

  it.each([
    // A day and a month stay one date.
    ["cgk dps 25-12", { origin: "cgk", destination: "dps", date: "25-12" }],
    ["cgk dps 25-12 2", { origin: "cgk", destination: "dps", date: "25-12", pax: "2" }],
    ["cgk dps 5-8", { origin: "cgk", destination: "dps", date: "5-8" }],
    ["cgk dps 30-12-2026 2", { origin: "cgk", destination: "dps", date: "30-12-2026", pax: "2" }],
    // A party after a dash is still the party, a place after "to" still a place.
    ["cgk dps 25 des - 2 orang", { origin: "cgk", destination: "dps", date: "25 des", pax: "2 orang", unread: "-" }],
    ["cgk dps dec 25 - 2 adults", { origin: "cgk", destination: "dps", date: "dec 25", pax: "2 adults", unread: "-" }],
    ["cgk 25 dec to dps 2", { origin: "cgk", destination: "dps", date: "25 dec", pax: "2" }],
  ])("%s is no range", (text, form) => expect(parseQuickForm(text)).toEqual(form));

  it("the outbound and return read as 25 and 28 December", () => {
    for (const text of ["cgk dps 25-28 des", "cgk dps 25 - 28 des", "cgk dps dec 25-28", "cgk dps 25/12-28/12", "cgk dps 25-28"]) {
      const form = parseQuickForm(text);
      expect(parseTravelDate(form.date!, TODAY), text).toEqual({ ok: true, date: "2026-12-25" });
      expect(parseTravelDate(form.returnDate!, TODAY), text).toEqual({ ok: true, date: "2026-12-28" });
    }
  });
});

describe("quick form: a time of day becomes the results' time filter", () => {
  const at = (time: string, extra: Record<string, string> = {}) => ({ origin: "cgk", destination: "dps", date: "besok", time, ...extra });
  it.each([
    ["cgk dps besok jam 7", at("morning")],
    ["cgk dps besok jam 19.30", at("night")],
    ["cgk dps besok jam 13", at("afternoon")],
    ["cgk dps besok jam 1 siang", at("afternoon")],
    // A bare hour of the night is in the day ("jam 3" is 15:00, a "sore" flight), unless written as 03.00 or said to be.
    ["cgk dps besok jam 3", at("evening")],
    ["cgk dps besok jam 03.00", at("morning")],
    ["cgk dps besok jam 2 malam", at("morning")],
    ["cgk dps besok jam 5", at("morning")],
    ["cgk dps besok jam 5 sore", at("evening")],
    ["cgk dps besok jam 9 malam 2", at("night", { pax: "2" })],
    ["cgk dps besok pagi", at("morning")],
    ["cgk dps besok siang 2", at("afternoon", { pax: "2" })],
    ["cgk dps besok sore", at("evening")],
    ["cgk dps besok malam 2", at("night", { pax: "2" })],
    ["cgk dps besok pagi hari", at("morning")],
    ["cgk dps pagi besok", at("morning")],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));

  it.each([
    ["cgk dps tomorrow at 7pm for 2", { origin: "cgk", destination: "dps", date: "tomorrow", time: "night", pax: "2" }],
    ["cgk dps tomorrow morning 2", { origin: "cgk", destination: "dps", date: "tomorrow", time: "morning", pax: "2" }],
    ["cgk dps tomorrow evening", { origin: "cgk", destination: "dps", date: "tomorrow", time: "evening" }],
    ["cgk dps tomorrow in the afternoon", { origin: "cgk", destination: "dps", date: "tomorrow", time: "afternoon" }],
    ["cgk dps tomorrow at night", { origin: "cgk", destination: "dps", date: "tomorrow", time: "night" }],
    ["cgk dps jumat malam 2", { origin: "cgk", destination: "dps", date: "jumat", time: "night", pax: "2" }],
    // Tonight is a date and a time; a length of stay is neither.
    ["cgk dps malam ini 2", { origin: "cgk", destination: "dps", date: "malam ini", pax: "2", time: "night" }],
    ["cgk dps nanti malam", { origin: "cgk", destination: "dps", date: "nanti malam", time: "night" }],
    ["cgk dps besok 3 malam", { origin: "cgk", destination: "dps", date: "besok", unread: "3 malam" }],
    // Two times that disagree: the first is the filter, the other said back as not used.
    ["cgk dps besok pagi jam 19", { origin: "cgk", destination: "dps", date: "besok", time: "morning", unread: "jam 19" }],
    ["cgk dps besok pagi jam 8", { origin: "cgk", destination: "dps", date: "besok", time: "morning" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});
