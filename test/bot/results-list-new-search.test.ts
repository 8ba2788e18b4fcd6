import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { shortDate } from "../../src/presenters/format.js";
import { pickFirstFlight } from "./journey-steps.js";

// From a probe: at a results list a whole new one-line search ("cgk sub 21/12 1", "sub to kno next friday") got the
// list's hint, though the same line searches with no list open; a flight code of no flight on the list ("QG 625",
// from an earlier list) got the hint too; and a flight with no seat left was "Only 0 seats left". Now the line
// searches (the list replaced), the code is said not to be on this list (the list staying), and the flight sold out.

let h: Harness;
let open: Harness;
beforeAll(async () => {
  h = await startHarness();
  open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => { await h?.close(); await open?.close(); });
afterEach(() => h.sandbox.controls.reset());

let nextId = 98_300;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const HINT = /Ketik kode penerbangan|Type a flight code/;
const command = (lang: "id" | "en") => (lang === "en" ? "/search" : "/cari");
const today = futureDate(0).iso;
const out = futureDate(3);
const later = futureDate(9);
const dm = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;
const header = (from: string, to: string, iso: string, lang: "id" | "en") => `${from} → ${to} · ${shortDate(iso, lang, today)}`;

describe("a whole new search typed at a results list searches it, as with no list open", () => {
  it.each([
    ["en", `cgk sub ${dm(later.iso)} 1`, "CGK", "SUB", 1],
    ["en", `sub to kno ${dm(later.iso)}`, "SUB", "KNO", 0],
    ["id", `cgk sub ${dm(later.iso)} 1 org`, "CGK", "SUB", 1],
    ["id", `sub ke kno ${dm(later.iso)} 2 org`, "SUB", "KNO", 2],
  ] as const)("%s: '%s' replaces the list with that search", async (lang, typed, from, to, party) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).not.toMatch(HINT);
    // No party typed: asked, as /search would; the new list comes with the answer.
    const list = party === 0 ? (expect(reply).toContain(`${from} → ${to}`), (await agent.say("1"))?.text ?? "") : reply;
    expect(list).toContain(header(from, to, later.iso, lang));
    expect(list).toMatch(party === 2 ? /· 2 (penumpang|pax)/ : /· 1 (penumpang|pax)\b/);
    // The new list is the one read now: a day typed next searches its route.
    expect((await agent.say(dm(out.iso)))?.text ?? "").toContain(header(from, to, out.iso, lang));
    expect(h.emulator.errors).toEqual([]);
  });

  it.each(["en", "id"] as const)("%s: what already means something at the list keeps its meaning", async (lang) => {
    const agent = agentIn(lang);
    await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    // Another day and another party search the same route.
    expect((await agent.say(dm(later.iso)))?.text ?? "").toContain(header("CGK", "DPS", later.iso, lang));
    expect((await agent.say(lang === "en" ? "2 adults" : "2 org"))?.text ?? "").toContain(header("CGK", "DPS", later.iso, lang));
    // Two places alone are another route, searched with the list's day and party (results-route-change.test.ts).
    expect((await agent.say("sub kno"))?.text ?? "").toContain(header("SUB", "KNO", later.iso, lang));
  });

  it("in a privacy-off group, an unaddressed new search stays chatter; replying to the list, it searches", async () => {
    const chat = { id: -1_009_830_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
    const rina = new Agent(open, { id: nextId++, first_name: "Rina", language_code: "id" }, chat);
    const list = await rina.say(`/cari cgk dps ${out.wire} 1`);
    const count = () => open.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
    const before = count();
    await rina.say(`cgk sub ${dm(later.iso)} 1`);
    expect(count()).toBe(before);
    const reply = await rina.say(`cgk sub ${dm(later.iso)} 1`, list!.message_id);
    expect(reply?.text ?? "").toContain(header("CGK", "SUB", later.iso, "id"));
  });
});

describe("a flight code of no flight on the list", () => {
  it.each([
    ["en", "GA 880", "GA-880 isn't in this list (CGK → DPS,"],
    ["en", "ga-887", "GA-887 isn't in this list (CGK → DPS,"],
    ["id", "GA 880", "GA-880 tidak ada di daftar ini (CGK → DPS,"],
    ["id", "ga887", "GA-887 tidak ada di daftar ini (CGK → DPS,"],
  ] as const)("%s: '%s' is said not to be on it, and the list stays", async (lang, typed, said) => {
    const agent = agentIn(lang);
    const list = await agent.say(`${command(lang)} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toContain(said);
    expect(reply).toContain(shortDate(out.iso, lang, today));
    expect(reply).not.toMatch(HINT);
    // Still the list read: its own first flight's code opens it.
    const code = list!.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    expect((await agent.say(code))?.text ?? "").toContain(code);
  });
});

describe("a flight with no seat left, picked", () => {
  it.each([
    ["en", "is sold out", "Only 0 seats"],
    ["id", "sudah habis", "tersisa hanya 0"],
  ] as const)("%s: is said sold out, never 'only 0 seats left'", async (lang, said, old) => {
    const agent = agentIn(lang);
    const date = futureDate(47);
    const list = await agent.say(`${command(lang)} CGK DPS ${date.wire} 1`);
    const code = list!.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    h.sandbox.controls.setSeats(code, date.iso, 0);
    await pickFirstFlight(agent);
    const text = agent.botTexts().at(-2) ?? "";
    expect(text, agent.transcript(3)).toContain(`${code} ${said}`);
    expect(text).not.toContain(old);
  });
});
