import { describe, expect, it } from "vitest";
import { readResultsRequest, type ResultsContext } from "../../src/domain/results-request.js";

const ctx: ResultsContext = {
  airlines: [
    { code: "JT", name: "Lion Air" },
    { code: "IL", name: "Trigana Air" },
    { code: "SJ", name: "Sriwijaya Air" },
    { code: "QZ", name: "Indonesia AirAsia" },
  ],
  today: "2026-12-03",
};
const read = (text: string) => readResultsRequest(text, ctx);

describe("informal requests typed at a results list", () => {
  it.each([
    ["yg kedua", 2], ["yg ke 3", 3], ["ke-4", 4], ["ambil yg pertama", 1], ["the 2nd one", 2], ["2nd one pls", 2],
    ["second one", 2], ["yg 2", 2], ["nomor dua", 2], ["yg terakhir", "last"], ["the last one", "last"],
  ])("%s → the flight at place %s on the page", (text, place) => {
    expect(read(text)).toEqual({ kind: "place", place });
  });

  it.each(["yg paling murah", "yg termurah aja", "cheapest one pls", "termurah", "yg lbh murah dong"])("%s → the cheapest", (text) => {
    expect(read(text)).toEqual({ kind: "filter", cheapest: true });
  });

  it.each([["garuda aja", "Garuda Indonesia"], ["yg batik", "Batik Air"]])("%s → an airline not on the list is named", (text, name) => {
    expect(read(text)).toEqual({ kind: "airline-absent", name });
  });

  it.each([["lion", "JT"], ["yg lion aja", "JT"], ["Lion Air", "JT"], ["trigana dong", "IL"], ["JT aja", "JT"], ["airasia", "QZ"], ["air asia", "QZ"]])("%s → the airline filter %s", (text, airline) => {
    expect(read(text)).toEqual({ kind: "filter", airline });
  });

  it.each([
    ["yg jam 7", "morning"], ["jam 7", "morning"], ["yg pagi aja", "morning"], ["sore aja", "evening"], ["malam", "night"],
    ["ada yg lbh pagi gk", "morning"], ["jam 5 sore", "evening"], ["7pm", "night"], ["pukul 13.00", "afternoon"], ["semua jam", "all"],
  ])("%s → the time filter %s", (text, time) => {
    expect(read(text)).toEqual({ kind: "filter", time });
  });

  it("an airline and a time together, the cheapest of an airline", () => {
    expect(read("lion pagi")).toEqual({ kind: "filter", airline: "JT", time: "morning" });
    expect(read("lion yg paling murah")).toEqual({ kind: "filter", airline: "JT", cheapest: true });
    expect(read("semua")).toEqual({ kind: "filter", airline: "all", time: "all" });
    expect(read("semua maskapai")).toEqual({ kind: "filter", airline: "all" });
  });

  it.each(["yang langsung aja gk transit", "direct only", "langsung", "nonstop pls", "tanpa transit"])("%s → direct flights", (text) => {
    expect(read(text)).toEqual({ kind: "filter", direct: true });
  });

  it.each([["next", "next"], ["lanjut", "next"], ["hal 2", 2], ["halaman 3", 3], ["lg", "next"], ["yg lain", "next"], ["next page", "next"], ["sebelumnya", "previous"]])("%s → page %s", (text, to) => {
    expect(read(text)).toEqual({ kind: "page", to });
  });

  it.each([["ganti tgl 10", "2026-12-10"], ["tgl 10 aja", "2026-12-10"], ["bsk aja", "2026-12-04"], ["besok", "2026-12-04"], ["nanti malam", "2026-12-03"], ["10 des", "2026-12-10"], ["10/12", "2026-12-10"], ["tgl 30-12-2026 aja", "2026-12-30"], ["ganti 25/12 ya", "2026-12-25"]])("%s → the date %s", (text, date) => {
    expect(read(text)).toEqual({ kind: "date", date });
  });

  // A time of day after the date: the new list opens filtered to it (it was "not understood", the date lost).
  it.each([["besok pagi", "2026-12-04", "morning"], ["tgl 10 jam 7", "2026-12-10", "morning"], ["ganti tgl 10 malam aja", "2026-12-10", "night"], ["10 des sore", "2026-12-10", "evening"], ["tgl 10 malem", "2026-12-10", "night"], ["besok pagi2", "2026-12-04", "morning"], ["the 10th morning", "2026-12-10", "morning"], ["10th at 7pm", "2026-12-10", "night"], ["dec 10 tonight", "2026-12-10", "night"]] as const)("%s → the date %s, %s flights", (text, date, time) => {
    expect(read(text)).toEqual({ kind: "date", date, time });
  });

  it.each(["besok semua jam", "jam 7", "pagi aja", "tgl 10 garuda"])("%s: no date with a time of day", (text) => {
    expect(read(text)?.kind === "date" && "time" in read(text)!).toBe(false);
  });

  it.each(["batalin", "gk jd", "ga jadi", "cancel aja", "stop dulu", "udh gk usah", "btl"])("%s → cancel", (text) => {
    expect(read(text)).toEqual({ kind: "cancel" });
  });

  it.each([["2 dws 1 ank", { adult: 2, child: 1, infant: 0 }], ["jadi 3 org", { adult: 3, child: 0, infant: 0 }], ["berdua", { adult: 2, child: 0, infant: 0 }]])("%s → search again for that party", (text, pax) => {
    expect(read(text)).toEqual({ kind: "party", pax });
  });

  it.each(["harga brp?", "bagasi brp kg?", "berangkat jam brp", "ok", "oke", "makasih", "bentar ya", "harga tiketnya brp", "kursi masih ada?"])("%s is not a request (a hint follows)", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("a bare number is never a day: it is the flight of that number on the page", () => {
    expect(readResultsRequest("2", { ...ctx, today: undefined })).toEqual({ kind: "place", place: 2 });
    expect(read("2")).toEqual({ kind: "place", place: 2 });
  });

  it("without today no date is read (a flight pick needs none)", () => {
    expect(readResultsRequest("bsk", { airlines: ctx.airlines })).toBeUndefined();
  });

  it.each([["jadi 3", 3], ["jadi 4 aja", 4], ["untuk 3", 3], ["for 3", 3], ["buat 3 org", 3], ["for 3 people", 3], ["untuk 3 ya", 3]])("%s → search again for %s adults, never the day %s", (text, adult) => {
    expect(read(text)).toEqual({ kind: "party", pax: { adult, child: 0, infant: 0 } });
  });

  it.each([["3 aja", 3], ["the 3rd", 3], ["the 2nd", 2], ["2nd", 2], ["1st", 1], ["ke 3", 3], ["yg 3 aja", 3], ["no 3 aja", 3]])("%s → the flight at place %s, never a day", (text, place) => {
    expect(read(text)).toEqual({ kind: "place", place });
  });

  it.each([["tgl 3", "2026-12-03"], ["3 des", "2026-12-03"], ["on the 3rd of january", "2027-01-03"], ["senin", "2026-12-07"], ["lusa", "2026-12-05"]])("%s, with a date word, → the date %s", (text, date) => {
    expect(read(text)).toEqual({ kind: "date", date });
  });

  it.each(["siang kak", "pagi bu", "malam kak", "sore pak", "selamat pagi", "Pagi mas", "siang bro", "malam gan"])("%s is a greeting, never a time filter", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each([["yg pagi kak", "morning"], ["pagi aja kak", "morning"], ["flight pagi bu", "morning"], ["pagi", "morning"], ["sore aja", "evening"]])("%s, with a word saying a time is meant, → the time filter %s", (text, time) => {
    expect(read(text)).toEqual({ kind: "filter", time });
  });

  it.each([["jam 7 mlm", "night"], ["7 p.m", "night"], ["7p.m.", "night"], ["7 mlm", "night"], ["jam 7 malem", "night"], ["jam 5 sore", "evening"], ["7 am", "morning"], ["jam 1 siang", "afternoon"]])("%s → the time filter %s (every clock read by hourOf)", (text, time) => {
    expect(read(text)).toEqual({ kind: "filter", time });
  });

  it.each(["paling pagi", "yg paling pagi", "earliest", "plg pagi dong"])("%s → the list's earliest-first sort", (text) => {
    expect(read(text)).toEqual({ kind: "sort", sort: "departure" });
  });

  it("paling malam / paling sore: no latest sort, the time filter", () => {
    expect(read("paling malam")).toEqual({ kind: "filter", time: "night" });
    expect(read("yg paling sore")).toEqual({ kind: "filter", time: "evening" });
  });

  it.each([["+ bayi", { adult: 0, child: 0, infant: 1 }], ["tambah 1 bayi", { adult: 0, child: 0, infant: 1 }], ["sama bayi 1", { adult: 0, child: 0, infant: 1 }], ["1 anak", { adult: 0, child: 1, infant: 0 }], ["tambah 1 org", { adult: 1, child: 0, infant: 0 }]])("%s → added to the list's party", (text, pax) => {
    expect(read(text)).toEqual({ kind: "party", pax, add: true });
  });

  it("yg transit → flights with a stop; ga usah transit → direct flights", () => {
    expect(read("yg transit")).toEqual({ kind: "filter", transit: true });
    expect(read("ga usah transit")).toEqual({ kind: "filter", direct: true });
    expect(read("gk perlu transit")).toEqual({ kind: "filter", direct: true });
  });

  it.each(["stop it", "no thanks", "no thank you", "never mind", "forget it"])("%s → cancel", (text) => {
    expect(read(text)).toEqual({ kind: "cancel" });
  });
});

// A lead-in of chat before a correction ("no wait, 3 pax") hid the party or the date: the list's help was the answer.
describe("a party or a date after a chat lead-in", () => {
  it.each(["no wait, 3 pax", "oops, 3 pax", "sorry 3 pax", "actually 3 pax", "eh, 3 pax", "maaf 3 org", "ralat 3 org", "eh salah, 3 org"])("%s → a party of 3 adults", (text) => {
    expect(read(text)).toEqual({ kind: "party", pax: { adult: 3, child: 0, infant: 0 } });
  });
  it("no wait, 2 adults 1 child 1 infant → the whole party", () => {
    expect(read("no wait, 2 adults 1 child 1 infant")).toEqual({ kind: "party", pax: { adult: 2, child: 1, infant: 1 } });
  });
  it.each([["oops, 10 dec", "2026-12-10"], ["maaf tgl 10", "2026-12-10"], ["no wait, the 20th", "2026-12-20"]])("%s → the date %s", (text, date) => {
    expect(read(text)).toEqual({ kind: "date", date });
  });
  it("a lead-in before a flight's number still picks no flight, and 'no 3' is still flight 3", () => {
    expect(read("oops 3")).toBeUndefined();
    expect(read("no 3")).toEqual({ kind: "place", place: 3 });
  });
});

// "the 20th" was read as flight number 20, though a page shows 6: an ordinal past the page is a day.
describe("an ordinal day at the list", () => {
  it.each([["the 20th", "2026-12-20"], ["20th", "2026-12-20"], ["on the 20th", "2026-12-20"], ["tgl 20", "2026-12-20"]])("%s → the date %s", (text, date) => {
    expect(read(text)).toEqual({ kind: "date", date });
  });
  it("an ordinal within the page stays a flight", () => {
    expect(read("the 3rd")).toEqual({ kind: "place", place: 3 });
  });
});
