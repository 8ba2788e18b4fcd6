import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

// Probe 41: at "which Jakarta airport do you leave from?" another city silently became the origin and a
// changed date was answered with an example city (and lost); the destination hint suggested the origin
// itself; a date or party typed at the destination question was "not known as an arrival airport"; the
// agent's words were quoted cut mid-word.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const agentIn = (id: number, lang: "id" | "en" = "id") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const buttons = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];

describe("another city typed at the choice of the origin's airports is the destination named ahead", () => {
  it("id: jkt, dps → Denpasar noted as the destination, Jakarta asked again; CGK tapped → the date is asked for CGK → DPS", async () => {
    const a = agentIn(41_800);
    await a.say("/cari");
    await a.say("jkt");
    const again = (await a.say("dps"))?.text ?? "";
    expect(again).not.toContain("Dari DPS ke mana");
    expect(again).toContain("Denpasar (DPS) dicatat sebagai tujuan");
    expect(again).toContain("Berangkat dari bandara mana?");
    expect(again).toContain("Pilihannya: Jakarta (CGK) atau Jakarta Halim (HLP).");
    expect(buttons(a)).toEqual(["Jakarta (CGK)", "Jakarta Halim (HLP)", "Denpasar (DPS)"]);
    const date = (await a.tap("CGK"))?.text ?? "";
    expect(date).toContain("Rute CGK → DPS");
    expect(date).toContain("Tanggal berangkat?");
  });

  it("id: the place's own button (she leaves from there after all) makes it the origin and asks the destination", async () => {
    const a = agentIn(41_801);
    await a.say("/cari");
    await a.say("jkt");
    await a.say("dps");
    expect((await a.tap("DPS"))?.text).toContain("Dari DPS ke mana?");
  });

  it("en: jkt, 'dps tomorrow 2' → destination, date and party noted; CGK tapped → searched CGK → DPS for 2", async () => {
    const a = agentIn(41_802, "en");
    await a.say("/search");
    await a.say("jkt");
    const again = (await a.say("dps tomorrow 2"))?.text ?? "";
    expect(again).toContain("Denpasar (DPS) noted as the destination");
    expect(again).toContain("Date noted: tomorrow.");
    expect(again).toContain("Passengers noted: 2.");
    expect(again).toContain("The options: Jakarta (CGK) or Jakarta Halim (HLP).");
    expect((await a.tap("CGK"))?.text).toMatch(/CGK → DPS · .* · 2 pax/);
  });
});

describe("the destination hint's example is never the origin", () => {
  it("id: from DPS, an unknown destination is answered with Surabaya as the example", async () => {
    const a = agentIn(41_810);
    await a.say("/cari");
    await a.say("dps");
    const hint = (await a.say("kota antah"))?.text ?? "";
    expect(hint).toContain("bandara tujuan");
    expect(hint).not.toContain("(DPS)");
    expect(hint).toContain("kode 3 huruf (SUB)");
  });

  it("en: from DPS (typed with the route), the same", async () => {
    const a = agentIn(41_811, "en");
    const hint = (await a.say("/search dps-antahberantah"))?.text ?? "";
    expect(hint).toContain("arrival");
    expect(hint).not.toContain("(DPS)");
    expect(hint).toContain("3-letter code (SUB)");
  });

  it("id: from SUB the example stays Denpasar", async () => {
    const a = agentIn(41_812);
    await a.say("/cari");
    await a.say("sub");
    expect((await a.say("kota antah"))?.text).toContain("kode 3 huruf (DPS)");
  });
});

describe("a date or party typed at the destination question is kept for its own question", () => {
  it("id: besok, then 2 dws 1 ank, then dps → searched SUB → DPS for the party with neither asked", async () => {
    const a = agentIn(41_820);
    await a.say("/cari");
    await a.say("sub");
    const date = (await a.say("besok"))?.text ?? "";
    expect(date).not.toContain("tidak mengenal");
    expect(date).toContain("Tanggal dicatat: besok.");
    expect(date).toContain("Dari SUB ke mana?");
    const party = (await a.say("2 dws 1 ank"))?.text ?? "";
    expect(party).toContain("Penumpang dicatat: 2 dws 1 ank.");
    expect((await a.say("dps"))?.text).toMatch(/SUB → DPS · .* · 2 dewasa, 1 anak/);
  });

  it("id: Jumat depan is a date too", async () => {
    const a = agentIn(41_821);
    await a.say("/cari");
    await a.say("sub");
    expect((await a.say("Jumat depan"))?.text).toContain("Tanggal dicatat: Jumat depan.");
  });

  it("en: tomorrow, then dps → the party is asked with the date already taken", async () => {
    const a = agentIn(41_822, "en");
    await a.say("/search");
    await a.say("sub");
    const date = (await a.say("tomorrow"))?.text ?? "";
    expect(date).not.toMatch(/don't know/);
    expect(date).toContain("Date noted: tomorrow.");
    expect(date).toContain("From SUB to where?");
    const next = (await a.say("dps"))?.text ?? "";
    expect(next).toContain("Route SUB → DPS,");
    expect(next).toContain("How many passengers?");
  });
});

describe("a changed date (or an unknown word) at the choice of Jakarta's airports", () => {
  it("id: 'tgl 28 aja' is taken, the choice asked again naming its options; CGK tapped → searched on the 28th", async () => {
    const a = agentIn(41_830);
    const day = Number(futureDate(10).wire.slice(0, 2)) === 28 ? futureDate(11) : futureDate(10);
    await a.say(`/cari jkt-dps ${day.wire} 2 dws`);
    const again = (await a.say("tgl 28 aja"))?.text ?? "";
    expect(again).not.toContain("Surabaya");
    expect(again).toContain("Tanggal dicatat: tgl 28.");
    expect(again).toContain("Pilihannya: Jakarta (CGK) atau Jakarta Halim (HLP).");
    await a.tap("CGK");
    expect(a.botTexts().join("\n")).toMatch(/CGK → DPS · \S+ 28 \S+ · 2 penumpang/);
  });

  it("en: an unknown word is said and the choice asked again with its buttons, no example city", async () => {
    const a = agentIn(41_831, "en");
    await a.say("/search");
    await a.say("jakarta");
    const again = (await a.say("xyzzy"))?.text ?? "";
    expect(again).toContain("I don't know \"xyzzy\" as a city or airport.");
    expect(again).toContain("The options: Jakarta (CGK) or Jakarta Halim (HLP).");
    expect(again).not.toContain("Surabaya");
    expect(buttons(a)).toEqual(["Jakarta (CGK)", "Jakarta Halim (HLP)"]);
  });
});

describe("the agent's words are quoted cut at a word, with an ellipsis", () => {
  it("id: a customer's request pasted at the destination question", async () => {
    const a = agentIn(41_840);
    await a.say("/cari");
    await a.say("surabaya");
    expect((await a.say("Mau tiket jkt bali tgl 25/12 2 org ya kak"))?.text).toContain("\"Mau tiket jkt bali tgl 25/12 2 org ya…\"");
  });

  it("en: an unknown destination of many words", async () => {
    const a = agentIn(41_841, "en");
    await a.say("/search");
    await a.say("sub");
    expect((await a.say("somewhere nobody has heard of at all really"))?.text).toContain("\"somewhere nobody has heard of at all…\"");
  });

  it("id: a change request at the name question (name-hints)", async () => {
    const a = agentIn(41_842);
    await a.say("/cari sub dps besok 2");
    await pickFirstFlight(a);
    await a.tap("Lanjut");
    expect((await a.say("kak tolong ganti tanggalnya jadi tgl 10 ya soalnya customer minta mundur"))?.text).toContain("\"kak tolong ganti tanggalnya jadi tgl…\"");
  });
});

// The customer's whole request pasted at the destination question was offered as "which destination?" (CGK/HLP/DPS).
describe("a whole request pasted at the destination question", () => {
  it.each([
    ["id", "/cari", "cgk", `Mau tiket jkt bali tgl ${futureDate(20).wire} 2 org ya kak`, "2 penumpang"],
    ["en", "/search", "cgk", `need jakarta to bali on ${futureDate(20).wire} for 2 pls`, "2 pax"],
  ] as const)("%s: it leaves from the origin chosen: its destination, date and party are taken and searched", async (lang, command, origin, pasted, party) => {
    const a = agentIn(lang === "id" ? 41_900 : 41_901, lang);
    await a.say(command);
    await a.say(origin);
    const results = (await a.say(pasted))?.text ?? "";
    expect(results, a.transcript(4)).toMatch(/penerbangan \(dari|flights? \(of/);
    expect(results).toContain("CGK → DPS");
    expect(results).toContain(party);
  });

  it("id: a pasted route from another city is not taken over the origin chosen", async () => {
    const a = agentIn(41_902);
    await a.say("/cari");
    await a.say("cgk");
    const asked = (await a.say("sub ke bali besok 2"))?.text ?? "";
    expect(asked).not.toMatch(/penerbangan \(dari/);
  });
});

