import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { matchAirport } from "../../src/domain/airport-match.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { isDayInLaterMonth, isTodaysWeekday, parseTravelDate } from "../../src/domain/travel-date.js";
import { vagueSpan } from "../../src/domain/date-span.js";

// Probe 28: an infant after "+" was dropped (a search for fewer people), a child's age read as a return date,
// "dpn" left "minggu" a Sunday, and chat spellings (mlm, malem, pagi2, senen, suami istri, rombongan) unread.

const pax = (adult: number, child = 0, infant = 0) => ({ ok: true, pax: { adult, child, infant } });

describe("a party as agents chat it", () => {
  it.each([
    ["2 org + bayi", pax(2, 0, 1)],
    ["2 + bayi", pax(2, 0, 1)],
    ["2 + 1 bayi", pax(2, 0, 1)],
    ["2 dewasa + anak", pax(2, 1)],
    ["2 dewasa dan bayi", pax(2, 0, 1)],
    ["1 org aja", pax(1)],
    ["suami istri", pax(2)],
    ["suami istri + 1 anak umur 5", pax(2, 1)],
    ["2 dws 1 ank 5th", pax(2, 1)],
    ["2 dewasa 1 anak (3 thn)", pax(2, 1)],
    ["1 dewasa 1 bayi 8 bln", pax(1, 0, 1)],
    ["2 org dewasa 1 anak 5th", pax(2, 1)],
    ["3 org (2 dewasa 1 anak)", pax(2, 1)],
    // The child's age last in the brackets: the bracket still closes the breakdown (a probe: "tidak terbaca").
    ["3 org (2 dws 1 ank 5th)", pax(2, 1)],
    ["3 org (2 dewasa 1 anak 5 thn)", pax(2, 1)],
    ["2dws1ank", pax(2, 1)],
    ["dewasa 2 anak 1", pax(2, 1)],
  ])("%s", (typed, expected) => {
    expect(parsePax(typed)).toEqual(expected);
  });

  it("never fewer people nor the wrong reason: a breakdown that doesn't add up, or an age that doesn't fit its type, is asked", () => {
    expect(parsePax("3 org (2 dewasa 2 anak)")).toEqual({ ok: false, reason: "unreadable" });
    expect(parsePax("1 dewasa 1 anak 1 thn")).toEqual({ ok: false, reason: "toddler" });
    expect(parsePax("1 dewasa 1 bayi 3 thn")).toEqual({ ok: false, reason: "toddler" });
    expect(parsePax("2 org + bayi")).not.toMatchObject({ reason: "no_adult" });
  });

  it("rombongan 15 org is too many, as 12 org is (not unreadable)", () => {
    expect(parsePax("rombongan 15 org")).toMatchObject({ ok: false, reason: "too_many" });
  });
});

describe("the quick form reads them too", () => {
  it.each([
    ["cgk dps bsk 2 org + bayi", { date: "bsk", pax: "2 org + bayi" }, pax(2, 0, 1)],
    ["cgk dps bsk 2 + bayi", { date: "bsk", pax: "2 + bayi" }, pax(2, 0, 1)],
    ["cgk dps bsk 1 org aja", { date: "bsk", pax: "1 org" }, pax(1)],
    ["cgk dps bsk suami istri", { date: "bsk", pax: "suami istri" }, pax(2)],
    ["cgk dps bsk rombongan 15 org", { date: "bsk", pax: "15 org" }, { ok: false }],
  ])("%s", (text, read, party) => {
    const form = parseQuickForm(text);
    expect(form).toMatchObject({ origin: "cgk", destination: "dps", ...read });
    expect(form.unread).toBeUndefined();
    expect(parsePax(form.pax!)).toMatchObject(party);
  });

  it.each(["cgk dps bsk 2 org dewasa 1 anak 5th", "cgk dps bsk 2 dewasa 1 anak (3 thn)", "cgk dps bsk 1 dewasa 1 bayi 8 bln", "cgk dps bsk 2 dws 1 ank 5 thn"])("%s: the age is the party's, never a return date", (text) => {
    const form = parseQuickForm(text);
    expect(form.roundTrip).toBeUndefined();
    expect(form.returnDate).toBeUndefined();
    expect(form.unread).toBeUndefined();
    expect(parsePax(form.pax!).ok).toBe(true);
  });

  it("3 org (2 dewasa 1 anak): the breakdown is read", () => {
    const form = parseQuickForm("cgk dps bsk 3 org (2 dewasa 1 anak)");
    expect(form.unread).toBeUndefined();
    expect(parsePax(form.pax!)).toEqual(pax(2, 1));
  });

  it.each([["jkt bali 15/12 2dws1ank", pax(2, 1)], ["cgk sub 20/12 2dewasa1anak1bayi", pax(2, 1, 1)], ["cgk sub 20/12 3 org (2 dws 1 ank 5th)", pax(2, 1)]])(
    "%s: the glued party, or the breakdown with an age, is the party", (line, expected) => {
      const form = parseQuickForm(line);
      expect(form.unread).toBeUndefined();
      expect(parsePax(form.pax!)).toEqual(expected);
    });

  it("an adult's '5th' is still a date (the 5th), as before", () => {
    expect(parseQuickForm("cgk dps 2 dewasa 5th")).toMatchObject({ pax: "2 dewasa", date: "5th" });
  });

  it.each([
    ["cgk dps bsk mlm 2", "night"],
    ["cgk dps bsk malem 2", "night"],
    ["cgk dps bsk pagi2 2", "morning"],
    ["cgk dps bsk jam 7 mlm 2", "night"],
    ["cgk dps nanti malem 2", "night"],
  ])("%s filters to the %s", (text, time) => {
    const form = parseQuickForm(text);
    expect(form.time).toBe(time);
    expect(form.unread).toBeUndefined();
    expect(form.pax).toBe("2");
  });

  it("dr is dari, and tiket/aja carry nothing", () => {
    expect(parseQuickForm("dr medan ke jkt bsk sore 1 org")).toEqual({ origin: "medan", destination: "jkt", date: "bsk", time: "evening", pax: "1 org" });
    expect(parseQuickForm("cariin tiket jkt bali bsk pagi 2 org aja")).toEqual({ origin: "jkt", destination: "bali", date: "bsk", time: "morning", pax: "2 org" });
  });

  it("minggu dpn is next week, never a Sunday with dpn left over", () => {
    expect(parseQuickForm("cgk dps minggu dpn 2 org")).toMatchObject({ date: "minggu dpn", pax: "2 org" });
    expect(parseQuickForm("cgk dps minggu dpn 2 org").unread).toBeUndefined();
  });
});

describe("dates in chat spelling (today Thu 3 Dec 2026)", () => {
  const today = "2026-12-03";
  it.each([
    ["kamis dpn", "2026-12-10"],
    ["senin dpn", "2026-12-07"],
    ["sabtu dpn", "2026-12-12"],
    ["senen", "2026-12-07"],
    ["nanti malem", "2026-12-03"],
  ])("%s → %s", (typed, date) => {
    expect(parseTravelDate(typed, today)).toEqual({ ok: true, date });
  });

  it("minggu dpn and mgg dpn are next week, asked with its days", () => {
    expect(parseTravelDate("minggu dpn", today)).toEqual({ ok: false, reason: "vague" });
    expect(vagueSpan("minggu dpn", today)).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(vagueSpan("mgg dpn", today)).toEqual({ from: "2026-12-07", to: "2026-12-13" });
  });

  it("today's weekday alone and a day in a later month are told apart", () => {
    expect(isTodaysWeekday("kamis", today)).toBe(true);
    expect(isTodaysWeekday("hari kamis", today)).toBe(true);
    expect(isTodaysWeekday("kamis depan", today)).toBe(false);
    expect(isTodaysWeekday("jumat", today)).toBe(false);
    expect(isDayInLaterMonth("tgl 2", "2027-01-02", today)).toBe(true);
    expect(isDayInLaterMonth("2", "2027-01-02", today)).toBe(true);
    expect(isDayInLaterMonth("tgl 25", "2026-12-25", today)).toBe(false);
    expect(isDayInLaterMonth("2 jan", "2027-01-02", today)).toBe(false);
  });
});

describe("Yogyakarta's two airports", () => {
  const both = [{ code: "YIA", city: "Yogyakarta" }, { code: "JOG", city: "Yogyakarta" }, { code: "DPS", city: "Denpasar" }];
  const jogOnly = [{ code: "JOG", city: "Yogyakarta" }, { code: "DPS", city: "Denpasar" }];
  it("jogja, yogya offer both when the provider lists both", () => {
    for (const name of ["jogja", "yogya", "yogyakarta"]) expect(matchAirport(name, both)).toEqual({ kind: "choices", airports: [both[0], both[1]], uncertain: false });
    expect(matchAirport("kulon progo", both)).toEqual({ kind: "exact", airport: both[0] });
  });
  it("yia, kulon progo where only JOG is listed: said not listed, with JOG one tap away", () => {
    for (const name of ["yia", "kulon progo"]) {
      expect(matchAirport(name, jogOnly)).toEqual({ kind: "unserved", code: "YIA", city: "Yogyakarta", alternatives: [jogOnly[0]] });
    }
  });
});
