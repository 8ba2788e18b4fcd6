import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/types.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// A date typed at "How many passengers?" was read as a party: "2/3" searched 2 adults and 3 children, "1/12"
// got the 7-passenger limit, "12 jan" "can't read as a party". Now "2/3" (a party and a date) is asked with
// both readings as taps; a date only ("1/12", "12 jan", "tomorrow") becomes the new date, said so, and the
// party is asked again. And in English "1/12" on 5 December (passed as day/month) offers 12 Jan (month/day) too.
// The bot believes it is Saturday 5 December 2026 ("next friday" is Fri 11 Dec).

let h: Harness;
let open: Harness; // privacy mode off: the bot sees every message
const now = () => new Date("2026-12-05T03:00:00Z");
beforeAll(async () => {
  h = await startHarness({ now });
  open = await startHarness({ now, emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => { await h?.close(); await open?.close(); });

let n = 47_100;
const agentIn = (lang: "id" | "en") => { const id = n++; return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" }); };
const buttons = (m?: StoredMessage) => (m?.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

async function atParty(lang: "id" | "en"): Promise<Agent> {
  const a = agentIn(lang);
  const q = await a.say(lang === "en" ? "/search CGK DPS next friday" : "/cari CGK DPS jumat depan");
  expect(q?.text).toContain(lang === "en" ? "How many passengers?" : "Berapa penumpang?");
  return a;
}

describe("en: a date typed at the party question", () => {
  it("'2/3' is asked: both dates and the party as taps; the party tapped is searched", async () => {
    const a = await atParty("en");
    const r = await a.say("2/3");
    expect(r?.text).toContain(`"2/3": the date Tue 2 Mar 2027 (day/month), Wed 3 Feb 2027 (month/day), or 2 adults, 3 children? Tap the one you mean.`);
    expect(r?.text).toContain("How many passengers?");
    expect(buttons(r)).toEqual(expect.arrayContaining(["📅 Tue 2 Mar 2027", "📅 Wed 3 Feb 2027", "✅ 2 adults, 3 children"]));
    expect((await a.tap("✅ 2 adults, 3 children"))?.text).toContain("Fri 11 Dec · 2 adults, 3 children");
  });

  it("'4/2' is asked; the month/day date tapped becomes the date, said so, and the party is asked", async () => {
    const a = await atParty("en");
    expect((await a.say("4/2"))?.text).toContain("or 4 adults, 2 children?");
    const r = await a.tap("📅 Fri 2 Apr 2027");
    expect(r?.text).toContain("📅 Date changed to Fri 2 Apr 2027.");
    expect(r?.text).toContain("Route CGK → DPS, Fri 2 Apr 2027.");
    expect(r?.text).toContain("How many passengers?");
  });

  it("'2-3' is asked with its one date; 'date' takes it, 'passengers' the party", async () => {
    const a = await atParty("en");
    const r = await a.say("2-3");
    expect(r?.text).toContain(`"2-3": the date Tue 2 Mar 2027, or 2 adults, 3 children?`);
    expect((await a.say("2-3"))?.text).toContain(`"2-3": the date Tue 2 Mar 2027, or 2 adults, 3 children?`);
    expect((await a.say("date"))?.text).toContain("📅 Date changed to Tue 2 Mar 2027.");
    const b = await atParty("en");
    await b.say("2-3");
    expect((await b.say("passengers"))?.text).toContain("Fri 11 Dec · 2 adults, 3 children");
  });

  it("'1/12' (no party of 13) is the date: passed as day/month, 12 Jan (month/day) offered first, then the party asked", async () => {
    const a = await atParty("en");
    const r = await a.say("1/12");
    expect(r?.text).not.toContain("At most 7 passengers");
    expect(r?.text).toContain(`"1/12" has already passed this year (day/month). Did you mean Tue 12 Jan 2027 (month/day) or Wed 1 Dec 2027?`);
    expect(buttons(r).slice(0, 2)).toEqual(["✅ Tue 12 Jan 2027", "✅ Wed 1 Dec 2027"]);
    const p = await a.tap("✅ Tue 12 Jan 2027");
    expect(p?.text).toContain("📅 Date changed to Tue 12 Jan 2027.");
    expect(p?.text).toContain("How many passengers?");
  });

  it.each([["12 jan", "Tue 12 Jan 2027"], ["tomorrow", "Sun 6 Dec"], ["12/1", "Tue 12 Jan 2027"]])("'%s' is the new date (%s), the party asked", async (typed, day) => {
    const a = await atParty("en");
    const r = await a.say(typed);
    expect(r?.text).toContain(`📅 Date changed to ${day}.`);
    expect(r?.text).toContain("How many passengers?");
    expect(r?.text).not.toContain("as a party");
    expect((await a.say("2"))?.text).toContain(`${day} · 2 pax`);
  });

  it.each([["2 1 0", "2 adults, 1 child"], ["2+1", "2 adults, 1 child"], ["2,1", "2 adults, 1 child"], ["12", "At most 7 passengers"]])("'%s' is still a party", async (typed, said) => {
    const a = await atParty("en");
    expect((await a.say(typed))?.text).toContain(said);
  });

  it("the party prompt suggests no form it misreads (no slash or dash pair)", async () => {
    const a = await atParty("en");
    expect(a.last()?.text).not.toMatch(/\d\s*[/-]\s*\d/);
  });
});

describe("en: a slash date whose day/month reading passed (quick form)", () => {
  it.each([["1/12", "Tue 12 Jan 2027", "Wed 1 Dec 2027"], ["4/12", "Mon 12 Apr 2027", "Sat 4 Dec 2027"]])("'%s' offers %s (month/day) and %s", async (typed, monthDay, nextYear) => {
    const a = agentIn("en");
    const r = await a.say(`/search CGK DPS ${typed} 1`);
    expect(r?.text).toContain(`"${typed}" has already passed this year (day/month). Did you mean ${monthDay} (month/day) or ${nextYear}?`);
    expect(buttons(r).slice(0, 2)).toEqual([`✅ ${monthDay}`, `✅ ${nextYear}`]);
    expect((await a.tap(`✅ ${monthDay}`))?.text).toContain(`${monthDay} · 1`);
  });

  it("'5/12' still offers both readings", async () => {
    const a = agentIn("en");
    expect((await a.say("/search CGK DPS 5/12 1"))?.text).toContain(`"5/12": Sat 5 Dec (day/month) or Wed 12 May 2027 (month/day)?`);
  });
});

describe("id: a date typed at the party question", () => {
  it("'2/3' is asked with its date and the party; 'penumpang' takes the party", async () => {
    const a = await atParty("id");
    const r = await a.say("2/3");
    expect(r?.text).toContain(`"2/3": tanggal Sel 2 Mar 2027, atau 2 dewasa, 3 anak? Ketuk yang dimaksud.`);
    expect(buttons(r)).toEqual(expect.arrayContaining(["📅 Sel 2 Mar 2027", "✅ 2 dewasa, 3 anak"]));
    expect((await a.say("penumpang"))?.text).toMatch(/Jum 11 Des · 2 dewasa, 3 anak/);
  });

  it("'2/3' tapped as the date: changed, said so, the party asked", async () => {
    const a = await atParty("id");
    await a.say("2/3");
    const r = await a.tap("📅 Sel 2 Mar 2027");
    expect(r?.text).toContain("📅 Tanggal diganti jadi Sel 2 Mar 2027.");
    expect(r?.text).toContain("Berapa penumpang?");
  });

  it("'1/12' is the date (day/month only): passed, next year's offered, then the party asked", async () => {
    const a = await atParty("id");
    const r = await a.say("1/12");
    expect(r?.text).toContain(`Tanggal "1/12" tahun ini sudah lewat. Maksudnya Rab 1 Des 2027?`);
    expect(buttons(r)).not.toContain("✅ Sel 12 Jan 2027");
    expect((await a.tap("✅ Rab 1 Des 2027"))?.text).toContain("📅 Tanggal diganti jadi Rab 1 Des 2027.");
  });

  it.each([["12 jan", "Sel 12 Jan 2027"], ["besok", "Min 6 Des"]])("'%s' is the new date (%s), the party asked", async (typed, day) => {
    const a = await atParty("id");
    const r = await a.say(typed);
    expect(r?.text).toContain(`📅 Tanggal diganti jadi ${day}.`);
    expect(r?.text).toContain("Berapa penumpang?");
    expect(r?.text).not.toContain("tidak terbaca");
  });

  it("quick form '1/12' keeps day/month: only next year's 1 Dec offered", async () => {
    const a = agentIn("id");
    const r = await a.say("/cari CGK DPS 1/12 1");
    expect(r?.text).toContain(`Tanggal "1/12" tahun ini sudah lewat. Maksudnya Rab 1 Des 2027?`);
    expect(buttons(r).filter((b) => b.startsWith("✅"))).toEqual(["✅ Rab 1 Des 2027"]);
  });
});

describe("privacy-on group", () => {
  it("'2/3' replied to the party question is asked, not searched", async () => {
    const id = n++;
    const chat = { id: -1_004_710_000 - id, type: "supergroup" as const, title: "Maju Travel" };
    h.emulator.addMember(chat.id, id);
    const a = new Agent(h, { id, first_name: "Ana", language_code: "en" }, chat);
    await a.say("/search@AgenTiketBot CGK DPS next friday");
    // Each question is followed by a ForceReply note: what the bot said in the turn, joined.
    const turn = async (text: string) => { const from = h.emulator.chatMessages(chat.id).length; await a.reply(text); return a.botTexts(from).join("\n"); };
    expect(await turn("2/3")).toContain(`"2/3": the date Tue 2 Mar 2027 (day/month), Wed 3 Feb 2027 (month/day), or 2 adults, 3 children?`);
    expect(await turn("12 jan")).toContain("📅 Date changed to Tue 12 Jan 2027.");
  });

  it("privacy off: '2/3' and '12 jan' said to colleagues (no reply, no mention) are neither asked about nor taken", async () => {
    const id = n++;
    const chat = { id: -1_004_720_000 - id, type: "supergroup" as const, title: "Maju Travel" };
    open.emulator.addMember(chat.id, id);
    const a = new Agent(open, { id, first_name: "Ana", language_code: "en" }, chat);
    await a.say("/search CGK DPS next friday");
    const from = open.emulator.chatMessages(chat.id).length;
    await a.say("2/3");
    await a.say("12 jan");
    expect(a.botTexts(from)).toEqual([]);
    const r = await a.reply("2");
    expect(r?.text).toContain("Fri 11 Dec · 2 pax");
  });
});
