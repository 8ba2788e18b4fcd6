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
