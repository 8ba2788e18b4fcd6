import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { shortDate } from "../../src/presenters/format.js";

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
