import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { bookInGroup } from "../security/helpers.js";

// "cek ABC123 dan DEF456", "status ABC123, DEF456" typed at a question looked up the first code only, and in
// a plain chat asked "which one?" of a read-only check. Each code is now answered as /cek answers it (each
// through the same access check: another chat's code reads as unknown), and the open question still takes
// its answer afterwards. Several codes answered one after another each name their code when refused
// ("/cek ABC123 XYZ789" said "unknown code" twice, without saying which); one code alone is answered as before.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 47_900;
const privateAgent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
/** What the agent is answered for `typed` (all the bot's messages to it). */
async function answerTo(a: Agent, typed: string): Promise<string[]> {
  const n = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(typed);
  return a.botTexts(n);
}

const UNKNOWN = {
  id: "🔎 Kode booking tidak dikenal provider. Periksa lalu coba lagi.",
  en: "🔎 The provider doesn't know that booking code. Check it and try again.",
};
const unknownNamed = {
  id: (code: string) => `🔎 Kode booking ${code} tidak dikenal provider. Periksa lalu coba lagi.`,
  en: (code: string) => `🔎 The provider doesn't know booking code ${code}. Check it and try again.`,
};

/** A code booked in another chat: this chat may not see it. */
let othersCode: string;
beforeAll(async () => {
  othersCode = await bookOne(privateAgent("id"), `/cari cgk dps ${futureDate(33).wire} 1`);
});

describe("two booking codes in one status request", () => {
  it("id: at the date question each code is answered as /cek answers it, and the date is still taken", async () => {
    const a = privateAgent("id");
    const code = await bookOne(a, `/cari cgk sub ${futureDate(34).wire} 1`);
    const own = await answerTo(a, `/cek ${code}`);
    const other = await answerTo(a, `/cek ${othersCode}`);
    expect(own.join("\n")).toContain(code);
    expect(other).toEqual([UNKNOWN.id]);
    await a.say("/cari cgk dps");
    for (const typed of [`cek ${code} atau ${othersCode}`, `cek ${code.toLowerCase()} dan ${othersCode}`]) {
      expect(await answerTo(a, typed), typed).toEqual([...own, unknownNamed.id(othersCode)]);
    }
    expect((await a.say("besok"))?.text).toContain("Berapa penumpang?");
  });

  it("en: in a plain chat and with the command, each code is answered", async () => {
    const a = privateAgent("en");
    const code = await bookOne(a, `/search cgk sub ${futureDate(35).wire} 1`);
    const own = await answerTo(a, `/status ${code}`);
    const other = await answerTo(a, `/status ${othersCode}`);
    expect(other).toEqual([UNKNOWN.en]);
    expect(await answerTo(a, `status ${code}, ${othersCode}`)).toEqual([...own, unknownNamed.en(othersCode)]);
    expect(await answerTo(a, `/status ${othersCode} ${code}`)).toEqual([unknownNamed.en(othersCode), ...own]);
    await a.say("/search cgk dps");
    expect(await answerTo(a, `status ${code}, ${othersCode}`)).toEqual([...own, unknownNamed.en(othersCode)]);
    expect((await a.say("tomorrow"))?.text).toContain("How many passengers?");
  });

  it.each(["id", "en"] as const)("%s: two unknown codes: each refusal says which code; another chat's reads as a made-up one", async (lang) => {
    const a = privateAgent(lang);
    const command = lang === "id" ? "/cek" : "/status";
    expect(await answerTo(a, `${command} ABC123 XYZ789`)).toEqual([unknownNamed[lang]("ABC123"), unknownNamed[lang]("XYZ789")]);
    expect(await answerTo(a, `${command} ${othersCode} ZZ9Q8W`)).toEqual([unknownNamed[lang](othersCode), unknownNamed[lang]("ZZ9Q8W")]);
    expect(await answerTo(a, `${command} ${othersCode.toLowerCase()}, ZZ9Q8W`)).toEqual([unknownNamed[lang](othersCode), unknownNamed[lang]("ZZ9Q8W")]);
  });

  it.each(["id", "en"] as const)("%s: an outage: each code's refusal starts with the code, another chat's as a made-up one's", async (lang) => {
    const a = privateAgent(lang);
    const command = lang === "id" ? "/cek" : "/status";
    h.sandbox.controls.setFault("getstatusbooking-json", { kind: "http500" }, 1000);
    try {
      const said = await answerTo(a, `${command} ${othersCode} ZZ9Q8W`);
      expect(said).toHaveLength(2);
      expect(said[0]!.startsWith(`${othersCode} — `)).toBe(true);
      expect(said[1]).toBe(said[0]!.replace(othersCode, "ZZ9Q8W"));
      expect(said[0]).not.toMatch(/tidak dikenal|doesn't know/);
    } finally {
      h.sandbox.controls.setFault("getstatusbooking-json", null);
    }
  });

  it.each(["id", "en"] as const)("%s, group: a stranger's lookup of the group's code and a made-up one read alike, each named", async (lang) => {
    const group = { id: -1_004_790_000 - (lang === "id" ? 1 : 2), type: "supergroup" as const, title: "Tour" };
    const bot = `@${h.emulator.botInfo.username}`;
    const ani = new Agent(h, { id: nextId++, first_name: "Ani", language_code: "id" }, group);
    const code = await bookInGroup(ani, "Mrs Ani Lestari", "CGK DPS", 36);
    const member = new Agent(h, { id: nextId++, first_name: "Eva", language_code: lang }, group);
    h.emulator.addMember(group.id, member.user.id);
    const stranger = new Agent(h, { id: nextId++, first_name: "Stan", language_code: lang }, group);
    h.emulator.kickMember(group.id, stranger.user.id);
    const command = lang === "id" ? "/cek" : "/status";
    const answers = async (who: Agent, typed: string) => {
      const n = h.emulator.chatMessages(group.id).length;
      await who.say(typed);
      return h.emulator.chatMessages(group.id).slice(n).filter((m) => m.fromBot).map((m) => m.text);
    };
    expect(await answers(member, `${command}${bot} ABC123 XYZ789`)).toEqual([unknownNamed[lang]("ABC123"), unknownNamed[lang]("XYZ789")]);
    expect(await answers(stranger, `${command}${bot} ${code} ZZ9Q8W`)).toEqual([unknownNamed[lang](code), unknownNamed[lang]("ZZ9Q8W")]);
    // The member still sees the group's booking.
    expect((await answers(member, `${command}${bot} ${code} ZZ9Q8W`))[0]).toContain(code);
  });

  it("id: issuing still asks which of two codes (money moves on one code only)", async () => {
    const a = privateAgent("id");
    expect((await a.say("/issued ABC123 DEF456"))?.text).toBe("Ada 2 kode booking berbeda: ABC123, DEF456. Yang mana? Ketik salah satu: /issued ABC123");
  });
});
