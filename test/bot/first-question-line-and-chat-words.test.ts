import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// Probe 28: a misspelt or unknown origin typed with the rest at the first question was dropped and the
// destination became the origin ("surbaya bali bsk 2" → "Dari DPS ke mana?"); "+ bayi" was left out of the
// party (searched for fewer people); a child's age was read as a return date; chat spellings of dates and
// times were unread; an unread note came after the Jakarta question.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const agentIn = (id: number, lang: "id" | "en" = "id") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const RESULTS = /penerbangan \(dari|flights? \(of/;

/** Today in Jakarta (the bot's zone), as the bot reads it. */
function todayInJakarta(): { iso: string; weekday: string; day: number } {
  const now = new Date();
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
  const en = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Jakarta", weekday: "long" }).format(now);
  const id: Record<string, string> = { Monday: "senin", Tuesday: "selasa", Wednesday: "rabu", Thursday: "kamis", Friday: "jumat", Saturday: "sabtu", Sunday: "minggu" };
  return { iso, weekday: id[en]!, day: Number(iso.slice(8, 10)) };
}

describe("a whole line at the first question is read like the quick form", () => {
  it("surbaya bali bsk 2: asks which airport 'surbaya' is, then searches SUB → DPS tomorrow for 2", async () => {
    const a = agentIn(28_100);
    await a.say("/cari");
    const asked = (await a.say("surbaya bali bsk 2"))?.text ?? "";
    expect(asked).not.toContain("Dari DPS ke mana");
    expect(asked).toContain("\"surbaya\"");
    const results = (await a.tap("Surabaya"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/SUB → DPS · \w+ \d+ \w+ · 2 penumpang/);
  });

  it("jakrta bali bsk 2: Jakarta's airports offered for the origin, Bali kept as the destination", async () => {
    const a = agentIn(28_101);
    await a.say("/cari");
    const asked = await a.say("jakrta bali bsk 2");
    expect(asked?.text).not.toContain("Dari DPS ke mana");
    expect(asked?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(" ")).toContain("CGK");
    expect((await a.tap("CGK"))?.text).toMatch(/CGK → DPS · .* · 2 penumpang/);
  });

  it("bpp cgk bsk 2: says bpp is unknown as the origin, keeps CGK as the destination", async () => {
    const a = agentIn(28_102);
    await a.say("/cari");
    const asked = (await a.say("bpp cgk bsk 2"))?.text ?? "";
    expect(asked).not.toContain("Dari CGK ke mana");
    expect(asked).toContain("\"<b>bpp</b>\"".replace(/<\/?b>/g, ""));
    expect((await a.say("bali"))?.text).toMatch(/DPS → CGK · .* · 2 penumpang/);
  });

  it("yia dps bsk 2 where the provider lists only JOG: says YIA isn't listed and offers Yogyakarta (JOG)", async () => {
    const a = agentIn(28_103);
    await a.say("/cari");
    const asked = await a.say("yia dps bsk 2");
    expect(asked?.text).toContain("Yogyakarta (YIA) tidak ada");
    expect(asked?.text).not.toContain("(YIA) (YIA)");
    expect((await a.tap("JOG"))?.text).toMatch(/JOG → DPS · .* · 2 penumpang/);
  });

  it("one name of two words stays one place; two names of one airport stay that airport", async () => {
    const a = agentIn(28_104);
    await a.say("/cari");
    expect((await a.say("juanda surabaya"))?.text).toContain("Dari SUB ke mana");
    const b = agentIn(28_105);
    await b.say("/cari");
    expect((await b.say("jkt cgk"))?.text).toContain("Dari CGK ke mana");
  });

  it("dr medan ke jkt bsk sore 1 org: nothing said unread, and any unread note comes before the Jakarta question", async () => {
    const a = agentIn(28_106);
    await a.say("/cari");
    await a.say("dr medan ke jkt bsk sore 1 org");
    expect(a.botTexts().join("\n")).not.toContain("tidak saya pahami");
    expect((await a.tap("CGK"))?.text).toMatch(/KNO → CGK · .* · 1 penumpang/);
    const b = agentIn(28_107);
    await b.say("/cari jkt bali bsk 2 org xyzzy");
    const texts = b.botTexts();
    expect(texts.at(-2)).toContain("xyzzy");
    expect(texts.at(-1)).toContain("Jakarta punya lebih dari satu bandara");
  });
});

describe("the party: an infant after '+', ages, chat words", () => {
  it.each([
    ["/cari cgk dps bsk 2 org + bayi", "2 dewasa, 1 bayi"],
    ["/cari cgk dps bsk 2 + bayi", "2 dewasa, 1 bayi"],
    ["/cari cgk dps bsk 2 org dewasa 1 anak 5th", "2 dewasa, 1 anak"],
    ["/cari cgk dps bsk suami istri", "2 penumpang"],
    ["/cari cgk dps bsk 1 org aja", "1 penumpang"],
  ])("%s searches %s, nothing unread, no return", async (text, party) => {
    const a = agentIn(28_200 + text.length);
    const results = (await a.say(text))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(party);
    const all = a.botTexts().join("\n");
    expect(all).not.toContain("tidak saya pahami");
    expect(all).not.toContain("Untuk pulang");
  });

  it.each([
    ["2 org + bayi", "2 dewasa, 1 bayi"],
    ["2 dws 1 ank 5th", "2 dewasa, 1 anak"],
    ["2 dewasa 1 anak (3 thn)", "2 dewasa, 1 anak"],
    ["1 dewasa 1 bayi 8 bln", "1 dewasa, 1 bayi"],
    ["3 org (2 dewasa 1 anak)", "2 dewasa, 1 anak"],
    ["suami istri", "2 penumpang"],
  ])("at the party question: %s → %s", async (typed, party) => {
    const a = agentIn(28_300 + typed.length * 3);
    await a.say("/cari cgk dps lusa");
    const results = (await a.say(typed))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(party);
  });

  it("rombongan 15 org gets the 'at most 7' answer, as 12 org does", async () => {
    const a = agentIn(28_350);
    await a.say("/cari cgk dps lusa");
    expect((await a.say("rombongan 15 org"))?.text).toContain("Maksimal 7 penumpang");
  });
});

describe("dates and times in chat spelling at the date question", () => {
  it("minggu dpn is next week, said back with its days", async () => {
    const a = agentIn(28_400);
    await a.say("/cari cgk dps");
    const asked = (await a.say("minggu dpn"))?.text ?? "";
    expect(asked).toContain("\"<b>minggu dpn</b>\"".replace(/<\/?b>/g, ""));
    expect(asked).toContain("Hari apa tepatnya?");
  });

  it.each(["kamis dpn", "senin dpn", "senen", "besok mlm", "bsk jam 7 mlm", "nanti malem"])("%s is read", async (typed) => {
    const a = agentIn(28_410 + typed.length * 7);
    await a.say("/cari cgk dps");
    await a.say(typed);
    expect(a.botTexts().join("\n")).not.toContain("tidak terbaca");
    expect(a.last()?.text).toContain("Berapa penumpang");
  });

  it("besok mlm opens the results on the night flights", async () => {
    const a = agentIn(28_480);
    await a.say("/cari cgk dps");
    await a.say("besok mlm");
    const results = (await a.say("1"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/Filter: Semua maskapai · malam|Hanya penerbangan malam/);
  });

  it("today's weekday typed alone asks today or next week", async () => {
    const { weekday } = todayInJakarta();
    const a = agentIn(28_490);
    await a.say("/cari cgk dps");
    const asked = await a.say(weekday);
    expect(asked?.text).toContain(`"<b>${weekday}</b>": hari ini (`.replace(/<\/?b>/g, ""));
    expect(asked?.text).toContain("minggu depan (");
    expect(asked?.reply_markup?.inline_keyboard[0]?.filter((b) => b.text.startsWith("✅"))).toHaveLength(2);
  });

  it("a day alone that falls in a later month is said to", async () => {
    const { day } = todayInJakarta();
    if (day === 1) return; // no day of this month has passed yet
    const a = agentIn(28_495);
    await a.say("/cari cgk dps");
    await a.say(`tgl ${day - 1}`);
    expect(a.botTexts().join("\n")).toMatch(new RegExp(`"tgl ${day - 1}" dibaca .*, bukan bulan ini`));
  });
});
