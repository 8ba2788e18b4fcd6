import { describe, expect, it } from "vitest";
import { matchAirport } from "../../src/domain/airport-match.js";
import { isNearKnownPlace } from "../../src/domain/place-likeness.js";
import { readTypedRequest } from "../../src/domain/typed-request.js";

// Probe 59 (F5): a search typed without a command with a misspelt city ("jkrta dps bsk 2 dws", "surabya bali
// besok 1") got the generic "Type /search"; "/cari jkrta …" said "jkrta" was unknown instead of offering Jakarta.

const airports = [
  { code: "CGK", city: "Jakarta" }, { code: "HLP", city: "Jakarta Halim" }, { code: "SUB", city: "Surabaya" },
  { code: "DPS", city: "Denpasar" }, { code: "LOP", city: "Lombok" }, { code: "SRG", city: "Semarang" }, { code: "KOE", city: "Kupang" },
  { code: "BMU", city: "Bima" }, { code: "BTH", city: "Batam" },
];

describe("a place typed without its vowels is offered like any misspelling", () => {
  it.each([
    ["jkrta", ["CGK", "HLP"]], ["dnpsr", ["DPS"]], ["lmbk", ["LOP"]], ["smrng", ["SRG"]],
  ])("%s → %s", (typed, codes) => {
    const m = matchAirport(typed, airports);
    expect(m).toMatchObject({ kind: "choices", uncertain: true });
    expect(m.kind === "choices" && m.airports.map((a) => a.code)).toEqual(codes);
  });

  it("misspellings and nonsense answer as before", () => {
    expect(matchAirport("surabya", airports)).toMatchObject({ kind: "choices", airports: [{ code: "SUB" }] });
    expect(matchAirport("jakrta", airports)).toMatchObject({ kind: "choices", airports: [{ code: "CGK" }, { code: "HLP" }] });
    expect(matchAirport("xyzzy", airports)).toEqual({ kind: "none" });
    expect(matchAirport("bpp", airports)).toEqual({ kind: "none" });
  });
});

describe("near-misses of a place, read in chat", () => {
  it.each(["jkrta", "jakrta", "surabya", "denpsar", "dnpsr", "lmbk", "jakrata", "jogjaa", "smrng"])("%s is a near-miss", (w) => expect(isNearKnownPlace(w)).toBe(true));
  // One letter changed or added is a word, not a typo: "sekarang" (Semarang), "kurang" (Kupang), "bisa" (Bima), "balik" (Bali).
  it.each(["sekarang", "kurang", "bisa", "balik", "batal", "senang", "pinang", "sultan", "jkt", "bpp", "kota", "mantap"])("%s is not", (w) => expect(isNearKnownPlace(w)).toBe(false));
});

describe("a search typed without /cari with a misspelt place is a search", () => {
  it.each([
    ["jakrta to denpasar 25-12-2026 1 adult 1 child", "jakrta to denpasar 25-12-2026 1 adult 1 child"],
    ["surabya bali besok 1", "surabya bali besok 1"],
    ["jkrta dps bsk 2 dws", "jkrta dps bsk 2 dws"],
    ["cariin tiket surabya bali bsk 2 org", "surabya bali bsk 2 org"],
    ["jakrta denpsar bsk 2", "jakrta denpsar bsk 2"],
    ["mau ke denpsar tgl 5 berdua", "ke denpsar tgl 5 berdua"],
    ["surabya dps", "surabya dps"],
  ])("%s → /cari %s", (text, line) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: line }));

  it.each([
    // Two near-misses and nothing saying it is a trip; chatter around a place or a near-miss; words a letter from a city.
    "jakrta denpsar", "sekarang bali", "kurang 2 lagi", "surabya panas banget", "jakrta macet", "balik jakarta", "mantap jakrta", "halo kak",
    "saya di surabya", "bisa bali besok?", "jakrta", "nanti aku kabari",
  ])("%s starts no search", (text) => {
    const r = readTypedRequest(text);
    expect(r === undefined || r.kind !== "search").toBe(true);
  });
});
