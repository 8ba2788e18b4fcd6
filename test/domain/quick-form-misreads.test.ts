import { describe, expect, it } from "vitest";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";

describe("quick form: a date after a return word is the return, never the outbound", () => {
  it.each([
    ["cgk dps pulang 28 des", { origin: "cgk", destination: "dps", returnDate: "28 des", roundTrip: true }],
    ["cgk dps return 28 dec", { origin: "cgk", destination: "dps", returnDate: "28 dec", roundTrip: true }],
    ["cgk dps balik 28/12", { origin: "cgk", destination: "dps", returnDate: "28/12", roundTrip: true }],
    ["cgk dps pp 28/12 2", { origin: "cgk", destination: "dps", returnDate: "28/12", roundTrip: true, pax: "2" }],
    ["cgk dps round trip 28/12 2", { origin: "cgk", destination: "dps", returnDate: "28/12", roundTrip: true, pax: "2" }],
    // The outbound typed after the return is still the outbound.
    ["cgk dps pulang 28 des 25 des 2", { origin: "cgk", destination: "dps", returnDate: "28 des", date: "25 des", roundTrip: true, pax: "2" }],
    // Both dates after a word that only says "both ways": the outbound first.
    ["cgk dps pp 25 des - 28 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2" }],
    ["cgk dps round trip 25 dec 28 dec 2", { origin: "cgk", destination: "dps", date: "25 dec", returnDate: "28 dec", roundTrip: true, pax: "2" }],
    // Still as before.
    ["cgk dps 25 des pulang 28 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2" }],
    // "back"/"kembali" are a return only between two dates.
    ["cgk dps 25 dec back 28 dec 2", { origin: "cgk", destination: "dps", date: "25 dec", returnDate: "28 dec", roundTrip: true, pax: "2" }],
    ["cgk dps 25 des kembali 28 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2" }],
    ["cgk dps 25 dec back 2", { origin: "cgk", destination: "dps", date: "25 dec", pax: "2", unread: "back" }],
    // A range: the outbound, then the return day (written so it reads as a day, never a party).
    ["cgk dps tgl 25 sampai 28", { origin: "cgk", destination: "dps", date: "tgl 25", returnDate: "tgl 28", roundTrip: true }],
    ["cgk dps 25 des s/d 28 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2" }],
    ["cgk dps 25 des - 2 orang", { origin: "cgk", destination: "dps", date: "25 des", pax: "2 orang", unread: "-" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: a time of day is never the party, and is kept as the results' time filter", () => {
  it.each([
    ["cgk dps besok jam 7", { origin: "cgk", destination: "dps", date: "besok", time: "morning" }],
    ["cgk dps tomorrow at 7", { origin: "cgk", destination: "dps", date: "tomorrow", time: "morning" }],
    ["sub dps besok pukul 6", { origin: "sub", destination: "dps", date: "besok", time: "morning" }],
    ["cgk dps besok jam 5 sore 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", time: "evening" }],
    ["cgk dps 25 des pk 7", { origin: "cgk", destination: "dps", date: "25 des", time: "morning" }],
    ["cgk dps 25 des pk. 7 2", { origin: "cgk", destination: "dps", date: "25 des", pax: "2", time: "morning" }],
    ["sub ke dps tgl 25 jam 3", { origin: "sub", destination: "dps", date: "tgl 25", time: "evening" }],
    ["cgk dps tomorrow at 7pm 2", { origin: "cgk", destination: "dps", date: "tomorrow", pax: "2", time: "night" }],
    ["cgk dps tomorrow at 7 pm", { origin: "cgk", destination: "dps", date: "tomorrow", time: "night" }],
    ["cgk dps besok jam 07.30 1", { origin: "cgk", destination: "dps", date: "besok", pax: "1", time: "morning" }],
    ["cgk dps besok 19:00", { origin: "cgk", destination: "dps", date: "besok", time: "night" }],
    ["cgk dps tomorrow 7pm", { origin: "cgk", destination: "dps", date: "tomorrow", time: "night" }],
    ["cgk dps besok jam7", { origin: "cgk", destination: "dps", date: "besok", time: "morning" }],
    // No hour of the day: a date.
    ["cgk dps at 25 dec 2", { origin: "cgk", destination: "dps", date: "25 dec", pax: "2", unread: "at" }],
    // Before the route or the date, too.
    ["jam 7 cgk dps besok 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", time: "morning" }],
    ["cgk dps jam 7 besok 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", time: "morning" }],
    // A return date followed by a time.
    ["cgk dps 25 des pulang 28 des jam 9 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2", time: "morning" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: a date counted from today is one phrase, its count never the party", () => {
  it.each([
    ["cgk dps 2 minggu lagi", { origin: "cgk", destination: "dps", date: "2 minggu lagi" }],
    ["cgk dps 1 minggu lagi 2", { origin: "cgk", destination: "dps", date: "1 minggu lagi", pax: "2" }],
    ["cgk dps 2 3 hari lagi", { origin: "cgk", destination: "dps", pax: "2", date: "3 hari lagi" }],
    ["cgk dps in 2 weeks 2 adults", { origin: "cgk", destination: "dps", date: "in 2 weeks", pax: "2 adults" }],
    ["cgk dps 3 days from now", { origin: "cgk", destination: "dps", date: "3 days from now" }],
    ["cgk dps 2 weeks from now 1", { origin: "cgk", destination: "dps", date: "2 weeks from now", pax: "1" }],
    ["cgk dps dua minggu lagi", { origin: "cgk", destination: "dps", date: "dua minggu lagi" }],
    ["cgk dps dalam 2 minggu ke depan 2", { origin: "cgk", destination: "dps", date: "dalam 2 minggu ke depan", pax: "2" }],
    ["cgk dps lusa 2", { origin: "cgk", destination: "dps", date: "lusa", pax: "2" }],
    ["cgk dps minggu depan 2", { origin: "cgk", destination: "dps", date: "minggu depan", pax: "2" }],
    // A length of stay is said back: neither a party nor a Sunday.
    ["cgk dps 2 minggu", { origin: "cgk", destination: "dps", unread: "2 minggu" }],
    ["cgk dps besok 3 malam", { origin: "cgk", destination: "dps", date: "besok", unread: "3 malam" }],
    ["cgk dps besok 2 dewasa 3 hari", { origin: "cgk", destination: "dps", date: "besok", pax: "2 dewasa", unread: "3 hari" }],
    // A Sunday is still a Sunday.
    ["cgk dps minggu 2", { origin: "cgk", destination: "dps", date: "minggu", pax: "2" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: a second date or an hour that is none is never the party", () => {
  it.each([
    // Two dates are the outbound and the return (a party of 28 was read).
    ["cgk dps 25 des 28 des", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true }],
    ["cgk dps 25 des 28 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2" }],
    // A third date, or a return after the range, is said back as not used.
    ["cgk dps 25-28 des pulang 30 des", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, unread: "pulang 30 des" }],
    ["cgk dps 25 des 28 des 30 des 2", { origin: "cgk", destination: "dps", date: "25 des", returnDate: "28 des", roundTrip: true, pax: "2", unread: "30 des" }],
    // "jam 25" is a time that isn't one.
    ["cgk dps besok jam 25", { origin: "cgk", destination: "dps", date: "besok", unread: "jam 25" }],
    ["cgk dps besok pukul 30 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", unread: "pukul 30" }],
    // Tonight is today's night flights.
    ["cgk dps nanti malam 2", { origin: "cgk", destination: "dps", date: "nanti malam", pax: "2", time: "night" }],
    ["cgk dps tonight", { origin: "cgk", destination: "dps", date: "tonight", time: "night" }],
    ["cgk dps malam ini", { origin: "cgk", destination: "dps", date: "malam ini", time: "night" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: 'tonight' after a date is that day's evening, never a return today", () => {
  it.each([
    ["cgk dps jan 10 tonight 2", { origin: "cgk", destination: "dps", date: "jan 10", time: "night", pax: "2" }],
    ["cgk dps besok nanti malam 2", { origin: "cgk", destination: "dps", date: "besok", time: "night", pax: "2" }],
    // Alone it is still today, at night.
    ["cgk dps tonight 2", { origin: "cgk", destination: "dps", date: "tonight", time: "night", pax: "2" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});
