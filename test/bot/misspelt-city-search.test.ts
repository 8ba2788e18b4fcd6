import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// Probe 59 (F5): a search typed without a command with one misspelt city ("jakrta to denpasar …", "surabya bali
// besok 1", "jkrta dps bsk 2 dws") was answered with the generic "Type /search"; "/cari jkrta dps bsk 2 dws" said
// "jkrta" was unknown while "/search jakrta …" offered Jakarta's airports. Now every form asks "did you mean"
// with the look-alikes as buttons, the rest of the line kept, in both languages.

let h: Harness;
let open: Harness; // privacy mode off: the bot sees every group message
beforeAll(async () => {
  h = await startHarness();
  open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => { await h?.close(); await open?.close(); });

let nextId = 83_100;
const agentIn = (lang: "id" | "en", hh = h) => { const id = nextId++; return new Agent(hh, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
const buttons = (agent: Agent) => (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.text);
const GENERIC = /^(Type \/search|Ketik \/cari)/;

describe("a typed search with a misspelt city asks which airport was meant", () => {
  it("en: 'jakrta to denpasar <date> 1 adult 1 child' offers Jakarta's airports, then searches with the date and party kept", async () => {
    const a = agentIn("en");
    const d = futureDate(20);
    const asked = await a.say(`jakrta to denpasar ${d.wire} 1 adult 1 child`);
    expect(asked?.text).not.toMatch(GENERIC);
    expect(asked?.text).toContain("Which departure airport did you mean by \"jakrta\"?");
    expect(buttons(a)).toEqual(["Jakarta (CGK)", "Jakarta Halim (HLP)"]);
    expect((await a.tap("Jakarta (CGK)"))?.text).toMatch(/CGK → DPS · .* · 1 adult, 1 child/);
  });

  it("id: 'surabya bali besok 1' offers Surabaya, then searches SUB → DPS for 1", async () => {
    const a = agentIn("id");
    const asked = await a.say("surabya bali besok 1");
    expect(asked?.text).toContain("Bandara asal mana yang dimaksud dengan \"surabya\"?");
    expect(buttons(a)).toEqual(["Surabaya (SUB)"]);
    expect((await a.tap("Surabaya (SUB)"))?.text).toMatch(/SUB → DPS · .* · 1 penumpang/);
  });

  it("id: 'jkrta dps bsk 2 dws' (vowels left out) offers Jakarta's airports, then searches for 2 adults", async () => {
    const a = agentIn("id");
    const asked = await a.say("jkrta dps bsk 2 dws");
    expect(asked?.text).toContain("Bandara asal mana yang dimaksud dengan \"jkrta\"?");
    expect(buttons(a)).toEqual(["Jakarta (CGK)", "Jakarta Halim (HLP)"]);
    expect((await a.tap("Jakarta Halim (HLP)"))?.text).toMatch(/HLP → DPS · .* · 2 penumpang/);
  });

  it("a misspelt destination is asked about too, the origin kept: 'sub denpsar bsk 1'", async () => {
    const a = agentIn("id");
    const asked = await a.say("sub denpsar bsk 1");
    expect(asked?.text).toContain("\"denpsar\"");
    expect(buttons(a)).toContain("Denpasar (DPS)");
    expect((await a.tap("Denpasar (DPS)"))?.text).toMatch(/SUB → DPS · .* · 1 penumpang/);
  });
});

describe("/cari and /search offer the look-alikes of a name without its vowels alike", () => {
  it.each([
    ["id", "/cari jkrta dps bsk 2 dws", "Bandara asal mana yang dimaksud dengan \"jkrta\"?"],
    ["en", "/search jkrta denpasar tomorrow 2", "Which departure airport did you mean by \"jkrta\"?"],
  ] as const)("%s: %s", async (lang, text, question) => {
    const a = agentIn(lang);
    const asked = await a.say(text);
    expect(asked?.text).toContain(question);
    expect(asked?.text).not.toMatch(/tidak mengenal|don't know/);
    expect(buttons(a)).toEqual(["Jakarta (CGK)", "Jakarta Halim (HLP)"]);
    expect((await a.tap("Jakarta (CGK)"))?.text).toMatch(/CGK → DPS · .* · 2 (penumpang|pax)/);
  });
});

describe("what is no search stays no search", () => {
  it.each([["id", "sekarang bali"], ["id", "jakrta macet banget"], ["en", "jakrta denpsar"]] as const)("%s: '%s' gets the way in", async (lang, text) => {
    const a = agentIn(lang);
    expect((await a.say(text))?.text).toMatch(GENERIC);
  });

  it("in a group with privacy off, an unaddressed misspelt search is left alone; with the bot mentioned it is asked about", async () => {
    const group = { id: -1_008_310_000, type: "group" as const, title: "Agen Makmur" };
    const rina = new Agent(open, { id: nextId++, first_name: "Rina", language_code: "id" }, group);
    const before = open.emulator.chatMessages(group.id).length;
    await rina.say("jkrta dps bsk 2 dws");
    expect(open.emulator.chatMessages(group.id).slice(before).filter((m) => m.fromBot)).toEqual([]);
    await rina.say(`@${open.emulator.botInfo.username} jkrta dps bsk 2 dws`);
    const asked = open.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.includes("\"jkrta\"")).at(-1);
    expect(asked?.text).toContain("Bandara asal mana yang dimaksud dengan \"jkrta\"?");
    expect(JSON.stringify(asked?.reply_markup)).toContain("CGK");
  });
});
