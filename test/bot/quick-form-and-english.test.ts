import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne, fillPassengers, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("quick form and English", () => {
  it("books with the quick form for two adults in English and issues", async () => {
    const sarah = { id: 6001, first_name: "Sarah", language_code: "en" };
    const agent = new Agent(h, sarah, { id: sarah.id, type: "private" });
    const date = futureDate(30);
    await agent.say(`/search CGK DPS ${date.wire} 2`);
    expect(agent.last()?.text).toContain("CGK → DPS");
    expect(agent.last()?.text).toMatch(/\d+ flights?/);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Total for 2 pax");
    await agent.tap("Continue");
    expect(agent.last()?.text).toContain("Passenger 1 of 2 (adult)");
    await fillPassengers(agent, ["Mr John Smith", "mrs. jane smith"]);
    const summary = agent.last()!.text!;
    expect(summary).toContain("Check before booking");
    expect(summary).toContain("Mrs Jane Smith");
    await agent.tap("Book");
    const card = agent.last()!.text!;
    expect(card).toMatch(/Booked! Code: [A-Z0-9]{6}/);
    expect(card).toMatch(/Pay before: .+\(in \d+ h \d+ min\)/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("/cari jakarta bali besok asks which Jakarta, then the party (saying what it has), then searches tomorrow", async () => {
    const dewi = { id: 6002, first_name: "Dewi", language_code: "id" };
    const agent = new Agent(h, dewi, { id: dewi.id, type: "private" });
    await agent.say("/cari jakarta bali besok");
    expect(agent.last()?.text).toContain("punya lebih dari satu bandara");
    await agent.tap("(HLP)");
    expect(agent.last()?.text).toContain("Rute HLP → DPS");
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.tap("1");
    expect(agent.last()?.text).toContain("HLP → DPS");
    expect(agent.last()?.text).toContain("1 penumpang");
    expect(h.emulator.errors).toEqual([]);
  });

  it("offers the chat's last contact on the next booking", async () => {
    const rudi = { id: 6003, first_name: "Rudi", language_code: "id" };
    const agent = new Agent(h, rudi, { id: rudi.id, type: "private" });
    const date = futureDate(40);
    await bookOne(agent, `/cari CGK SUB ${date.wire} 1`);
    await agent.say(`/cari CGK KNO ${date.wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    let msg = await agent.say("Mr Rudi Hartono");
    if (msg?.text?.includes("Tanggal lahir")) msg = await agent.say("01-02-1985");
    expect(msg?.text).toContain("agen@example.com");
    await agent.tap("✅ Pakai");
    expect(agent.last()?.text).toContain("Periksa sebelum booking");
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("quick form: direction words, a return, numbers that can't be the party, punctuation", () => {
  const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  const out = futureDate(20).wire;
  const back = futureDate(25).wire;

  it.each([
    ["id", `/cari tujuan bali dari surabaya ${out} 1`, "SUB → DPS"],
    ["id", `/cari dps dari cgk ${out} 1`, "CGK → DPS"],
    ["en", `/search to dps from sub ${out} 1`, "SUB → DPS"],
  ] as const)("%s: %s searches %s", async (lang, text, route) => {
    const agent = agentIn(6100 + text.length, lang);
    await agent.say(text);
    expect(agent.last()?.text).toContain(route);
  });

  it("ke bali dari jakarta asks which Jakarta as the origin", async () => {
    const agent = agentIn(6110, "id");
    await agent.say(`/cari ke bali dari jakarta ${out} 1`);
    expect(agent.last()?.text).toContain("Berangkat dari bandara mana?");
  });

  it.each([
    ["id", `/cari cgk dps ${out} pulang ${back} 2`, `sekali jalan`, `/cari DPS CGK ${back}`, "2 penumpang"],
    ["en", `/search cgk dps ${out} return ${back} 2`, `one-way`, `/search DPS CGK ${back}`, "2 pax"],
    ["id", `/cari cgk dps pp 2 ${out}`, `sekali jalan`, `/cari DPS CGK`, "2 penumpang"],
    ["en", `/search cgk dps ${out} back ${back} 2`, `one-way`, `/search DPS CGK ${back}`, "2 pax"],
  ] as const)("%s: %s says one-way only, names the return search and searches the outbound", async (lang, text, oneWay, again, party) => {
    const agent = agentIn(6120 + text.length, lang);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(text);
    const said = agent.botTexts(from).join("\n");
    expect(said).toContain(oneWay);
    expect(said).toContain(again);
    expect(agent.last()?.text).toContain(`CGK → DPS`);
    expect(agent.last()?.text).toContain(party);
  });

  it.each([
    ["id", "/cari cgk dps 25 2", "tidak dipakai", "Berapa penumpang"],
    ["en", "/search cgk dps 25 2", "left it out", "How many passengers"],
  ] as const)("%s: %s (no party can be 25 and 2) is the 25th of February: the party is asked next, nothing said unused", async (lang, text, notUsed, askParty) => {
    const agent = agentIn(6130 + text.length, lang);
    await agent.say(text);
    expect(agent.botTexts().join("\n")).not.toContain(notUsed);
    expect(agent.last()?.text).toContain(askParty);
    expect(agent.last()?.text).toContain("25 Feb");
    expect(agent.last()?.text).not.toMatch(/Maksimal|At most/);
  });

  it.each([
    ["id", "/cari cgk sub 7", "Rute CGK → SUB, 7 penumpang."],
    // "2 1" alone may be 2 Jan (test/bot/counts-or-date.test.ts): the counts with "for" are the party.
    ["en", "/search cgk sub for 2 1", "Route CGK → SUB, 2 adults, 1 child."],
  ] as const)("%s: %s echoes the party with the date question", async (lang, text, echo) => {
    const agent = agentIn(6140 + text.length, lang);
    await agent.say(text);
    expect(agent.last()?.text).toContain(echo);
  });

  it("a comma after the route and the date is not part of them", async () => {
    const agent = agentIn(6150, "id");
    await agent.say(`/cari surabaya - bali, ${out}, 2 orang`);
    expect(agent.botTexts().join("\n")).not.toContain("tidak dipakai");
    expect(agent.last()?.text).toContain("SUB → DPS");
    expect(agent.last()?.text).toContain("2 penumpang");
  });

  it.each([
    ["id", `/cari cgk dps pulang ${back}`, `/cari DPS CGK ${back}`, "Tanggal berangkat?"],
    ["en", `/search cgk dps return ${back}`, `/search DPS CGK ${back}`, "Departure date?"],
    ["id", `/cari cgk dps pp ${back} 2`, `/cari DPS CGK ${back}`, "Tanggal berangkat?"],
    ["en", `/search cgk dps round trip ${back} 2`, `/search DPS CGK ${back}`, "Departure date?"],
  ] as const)("%s: %s names the return date and asks the departure, searching nothing", async (lang, text, returnNote, askDate) => {
    const agent = agentIn(6400 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    expect(agent.botTexts().join("\n")).toContain(returnNote);
    expect(agent.last()?.text).toContain(askDate);
    expect(agent.botTexts().join("\n")).not.toMatch(/penerbangan \(dari|flights? \(of/);
  });

  it.each([
    ["id", "/cari cgk dps besok jam 7", /tidak dipakai/, "Berapa penumpang", "7 penumpang", /Filter: Semua maskapai · pagi|Tidak ada penerbangan pagi/],
    ["en", "/search cgk dps tomorrow at 7", /left it out/, "How many passengers", "7 pax", /Filter: All airlines · morning|No morning flights/],
    ["id", "/cari sub ke dps tgl 25 jam 3", /tidak dipakai/, "Berapa penumpang", "3 penumpang", /Filter: Semua maskapai · sore|Tidak ada penerbangan sore/],
  ] as const)("%s: %s asks the party (the time is none) and opens the results at that time of day", async (lang, text, notUsed, askParty, wrong, filtered) => {
    const agent = agentIn(6500 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    const said = agent.botTexts().join("\n");
    expect(said).not.toMatch(notUsed);
    expect(said).not.toContain(wrong);
    expect(agent.last()?.text).toContain(askParty);
    await agent.say("1");
    expect(agent.last()?.text).toMatch(filtered);
  });

  it.each([
    ["id", "/cari cgk dps 2 minggu lagi", 14, "Berapa penumpang", "2 penumpang"],
    ["en", "/search cgk dps in 2 weeks", 14, "How many passengers", "2 pax"],
    ["en", "/search cgk dps 3 days from now", 3, "How many passengers", "3 pax"],
  ] as const)("%s: %s is a date counted from today, the party is asked", async (lang, text, days, askParty, wrong) => {
    const agent = agentIn(6600 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    const last = agent.last()?.text ?? "";
    expect(last).toContain(askParty);
    expect(last).toContain(` ${Number(futureDate(days).iso.slice(8))} `);
    expect(agent.botTexts().join("\n")).not.toContain(wrong);
  });

  it("the same typed at the first question: a time is not the party, a return date is not the departure", async () => {
    const agent = agentIn(6700, "id");
    await agent.say("/cari");
    await agent.say("cgk dps besok jam 7");
    expect(agent.botTexts().join("\n")).not.toContain("tidak dipakai");
    expect(agent.botTexts().join("\n")).not.toContain("7 penumpang");
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.say("/cari");
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(`cgk dps pulang ${back}`);
    expect(agent.botTexts(from).join("\n")).toContain(`/cari DPS CGK ${back}`);
    expect(agent.last()?.text).toContain("Tanggal berangkat?");
  });
});

describe("a return typed with the search is read as a date, not echoed", () => {
  const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  const out = futureDate(20);
  it.each([
    ["id", `/cari cgk dps ${out.wire} pulang besok 1`, "sebelum tanggal berangkat", "Untuk pulang besok"],
    ["en", `/search cgk dps ${out.wire} return tomorrow 1`, "is before the departure", "on tomorrow"],
  ] as const)("%s: a return before the departure is said to be so, never offered as a search", async (lang, text, before, never) => {
    const agent = agentIn(6190 + (lang === "en" ? 1 : 0), lang);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(text);
    const said = agent.botTexts(from).join("\n");
    expect(said).toContain(before);
    expect(said).not.toContain(never);
    expect(said).not.toMatch(/\/(cari|search) DPS CGK \d/);
  });

  it("en: a return typed as a word reads as its date, with the search to run", async () => {
    const agent = agentIn(6192, "en");
    const from = h.emulator.chatMessages(agent.chat.id).length;
    const back = futureDate(21);
    await agent.say(`/search cgk dps ${out.wire} return ${back.iso.slice(8)}/${back.iso.slice(5, 7)} 1`);
    const said = agent.botTexts(from).join("\n");
    expect(said).toContain(`/search DPS CGK ${back.wire}`);
    expect(said).toMatch(/For the return on [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}/);
  });
});
