import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { shortDate } from "../../src/presenters/format.js";
import { timeOfDay, type TimeOfDay } from "../../src/domain/flight.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { dayWith, type FlightsTest } from "../support/sandbox-days.js";

// Another route typed at a results list ("ke lombok aja", "to lombok instead", "dari sub", "bukan bali, lombok")
// got the list's hint: the agent had to start over with /cari. Now the list's search runs on the new route, with
// the list's day and party unless others are typed with it.

let h: Harness;
let open: Harness;
beforeAll(async () => {
  h = await startHarness();
  open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => { await h?.close(); await open?.close(); });

let nextId = 98_700;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const today = futureDate(0).iso;
const out = futureDate(3);
const later = futureDate(9);
const header = (from: string, to: string, iso: string, lang: "id" | "en") => `${from} → ${to} · ${shortDate(iso, lang, today)}`;
const HINT = /Ketik kode penerbangan|Type a flight code/;

describe("a route typed at a results list searches it, with the list's day and party", () => {
  it.each([
    ["en", "to lombok instead", "CGK", "LOP"],
    ["en", "actually lombok not bali", "CGK", "LOP"],
    ["en", "from sub instead", "SUB", "DPS"],
    ["en", "sorry, lombok", "CGK", "LOP"],
    ["id", "eh ke lombok aja", "CGK", "LOP"],
    ["id", "ganti tujuan ke lombok", "CGK", "LOP"],
    ["id", "salah, dari sub", "SUB", "DPS"],
    ["id", "bukan bali, lombok", "CGK", "LOP"],
    ["id", "ganti rute sub-kno", "SUB", "KNO"],
    ["id", "sub kno", "SUB", "KNO"],
  ] as const)("%s: '%s'", async (lang, typed, from, to) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 2`);
    const list = (await agent.say(typed))?.text ?? "";
    expect(list, agent.transcript(3)).toContain(header(from, to, out.iso, lang));
    expect(list).toMatch(/· 2 (penumpang|pax)/);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each(["en", "id"] as const)("%s: a day typed with the route is the new list's day", async (lang) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    const d = Number(later.iso.slice(8, 10));
    const m = Number(later.iso.slice(5, 7));
    const list = (await agent.say(lang === "en" ? `to lombok on ${d}/${m}` : `ke lombok tgl ${d}/${m}`))?.text ?? "";
    expect(list, agent.transcript(3)).toContain(header("CGK", "LOP", later.iso, lang));
  });

  it.each(["en", "id"] as const)("%s: a city with two airports is asked about, as /search asks", async (lang) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} SUB DPS ${out.wire} 1`);
    const reply = await agent.say(lang === "en" ? "from jakarta instead" : "dari jakarta aja");
    expect(reply?.text ?? "", agent.transcript(3)).toMatch(/Jakarta/);
    expect(JSON.stringify(reply?.reply_markup ?? {})).toMatch(/CGK/);
    expect(JSON.stringify(reply?.reply_markup ?? {})).toMatch(/HLP/);
  });

  it.each([
    ["en", "lombok is cheaper?"],
    ["id", "lombok mahal ga"],
  ] as const)("%s: a question naming a place is no new route: '%s' gets the hint, the list stays", async (lang, typed) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    expect((await agent.say(typed))?.text ?? "").toMatch(HINT);
    // The list is still the one read: a day typed next searches its route.
    expect((await agent.say(`${Number(later.iso.slice(8, 10))}/${Number(later.iso.slice(5, 7))}`))?.text ?? "").toContain(header("CGK", "DPS", later.iso, lang));
  });

  it("in a privacy-off group an unaddressed place is chatter; replying to the list it is the new route", async () => {
    const chat = { id: -1_009_870_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
    const rina = new Agent(open, { id: nextId++, first_name: "Rina", language_code: "id" }, chat);
    const list = await rina.say(`/cari cgk dps ${out.wire} 1`);
    const count = () => open.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
    const before = count();
    await rina.say("lombok aja");
    expect(count()).toBe(before);
    const reply = await rina.say("lombok aja", list!.message_id);
    expect(reply?.text ?? "").toContain(header("CGK", "LOP", out.iso, "id"));
  });
});

// A line naming an airline with the route ("any garuda to bali?", "lion aja ke DPS", "ada citilink dari sub?")
// searched the route and dropped the airline, or got the hint: the agent had to type the airline again at the new
// list. Now the new list opens filtered to it (the filter line says so), or says that airline has no flight there and
// shows them all. A time of day typed with them ("garuda pagi ke bali") filters too.
const flies = (code: string): FlightsTest => (flights) =>
  flights.some((f) => f.carrier.code === code) && flights.some((f) => f.carrier.code !== code);
const fliesAt = (code: string, time: TimeOfDay): FlightsTest => (flights) =>
  flies(code)(flights) && flights.some((f) => f.carrier.code === code && timeOfDay(f.departTime) === time);
const noneOf = (code: string): FlightsTest => (flights) => flights.length > 0 && !flights.some((f) => f.carrier.code === code);
const flightButtons = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);

describe("an airline typed with the route: the new route's list filtered to it", () => {
  it.each([
    ["en", "CGK SUB", "any garuda to bali?", "CGK", "DPS", "GA", "Garuda Indonesia"],
    ["en", "CGK DPS", "GA to lombok", "CGK", "LOP", "GA", "Garuda Indonesia"],
    ["en", "CGK DPS", "is there a lion flight from sub?", "SUB", "DPS", "JT", "Lion Air"],
    ["id", "CGK DPS", "garuda ke lombok ada?", "CGK", "LOP", "GA", "Garuda Indonesia"],
    ["id", "CGK SUB", "lion aja ke DPS", "CGK", "DPS", "JT", "Lion Air"],
    ["id", "CGK DPS", "ada citilink dari sub?", "SUB", "DPS", "QG", "Citilink"],
    ["id", "CGK DPS", "ke lombok yg garuda aja", "CGK", "LOP", "GA", "Garuda Indonesia"],
  ] as const)("%s at %s: '%s'", async (lang, list, typed, from, to, code, name) => {
    const day = dayWith([from, to], flies(code), 3);
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} ${list} ${day.wire} 2`);
    const reply = await agent.say(typed);
    const text = reply?.text ?? "";
    expect(text, agent.transcript(3)).toContain(header(from, to, day.iso, lang));
    expect(text).toMatch(/· 2 (penumpang|pax)/);
    expect(text).toContain(`Filter: ${name} · ${lang === "en" ? "any time" : "semua jam"}`);
    expect(flightButtons(reply).length).toBeGreaterThan(0);
    expect(flightButtons(reply).every((b) => b.startsWith(`${code}-`))).toBe(true);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["en", "any garuda to lombok?", /There are no Garuda Indonesia flights on this list\. Airlines on it: /],
    ["id", "garuda ke lombok ada?", /Tidak ada penerbangan Garuda Indonesia di daftar ini\. Maskapai yang ada: /],
  ] as const)("%s: '%s' with no Garuda there says so and shows every flight of the route", async (lang, typed, absent) => {
    const day = dayWith(["CGK", "LOP"], noneOf("GA"), 3);
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${day.wire} 1`);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed);
    const texts = agent.botTexts(from);
    const list = h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && (m.text ?? "").includes(header("CGK", "LOP", day.iso, lang))).at(-1);
    expect(list?.text ?? "", agent.transcript(4)).not.toContain("Filter:");
    expect(flightButtons(list).length).toBeGreaterThan(0);
    expect(texts.join("\n")).toMatch(absent);
  });

  it.each([
    ["en", "morning garuda to bali", "Filter: Garuda Indonesia · morning"],
    ["id", "garuda pagi ke bali", "Filter: Garuda Indonesia · pagi"],
  ] as const)("%s: '%s' filters to the airline and the time of day", async (lang, typed, filter) => {
    const day = dayWith(["CGK", "DPS"], fliesAt("GA", "morning"), 3);
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK SUB ${day.wire} 1`);
    const list = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed);
    const shown = h.emulator.chatMessages(agent.chat.id).slice(list).filter((m) => m.fromBot && (m.text ?? "").includes(header("CGK", "DPS", day.iso, lang))).at(-1);
    expect(shown?.text ?? "", agent.transcript(3)).toContain(filter);
    expect(flightButtons(shown).every((b) => b.startsWith("GA-"))).toBe(true);
  });

  it.each([
    ["en", (d: number, m: number) => `to lombok on ${d}/${m} morning`, /one-way/],
    ["id", (d: number, m: number) => `ke lombok tgl ${d}/${m} pagi`, /sekali jalan/],
  ] as const)("%s: a day and a time of day typed with the route: that day's list, no return read from the day", async (lang, typed, oneWay) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed(Number(later.iso.slice(8, 10)), Number(later.iso.slice(5, 7))));
    const texts = agent.botTexts(from).join("\n");
    expect(texts, agent.transcript(3)).toContain(header("CGK", "LOP", later.iso, lang));
    expect(texts).not.toMatch(oneWay);
  });

  it.each([
    ["en", "any direct flights to lombok?", /Direct flights \(no stop\)|are direct \(no stop\)|No direct flights on this list/],
    ["id", "yg langsung ke lombok aja", /Penerbangan langsung \(tanpa transit\)|langsung \(tanpa transit\)\.|Tidak ada penerbangan langsung di daftar ini/],
  ] as const)("%s: '%s' searches the route and answers with its direct flights, as /search with 'direct' does", async (lang, typed, direct) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed);
    const texts = agent.botTexts(from).join("\n");
    expect(texts, agent.transcript(3)).toContain(header("CGK", "LOP", out.iso, lang));
    expect(texts).toMatch(direct);
  });

  it.each([
    ["en", "garuda to lombok is cheaper?"],
    ["id", "garuda ke lombok mahal ga"],
  ] as const)("%s: a question about the airline and the place is no new route: '%s' gets the hint", async (lang, typed) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    expect((await agent.say(typed))?.text ?? "").toMatch(HINT);
  });
});
