import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

/**
 * Booking requests typed without a slash (a private chat, or to the bot in a group) find the one code among
 * hurried words as /cek does (typed-booking-code.ts): the code split in two halves is joined; two different
 * codes are each looked up by a status request, and asked about rather than the first one issued. Chatter stays chatter.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const OTHER = "K2L8PQ";
/**
 * The sandbox's code is random: cut where both halves hold a digit, so neither half reads as a word the bot
 * knows (a three-letter half can be an airport, "DES" a month), which rightly stays chatter. A code with no
 * such cut (all letters, or its digits on one side) is typed whole: halves of it may be words.
 */
const halves = (code: string) => {
  const at = [3, 2, 4].find((i) => /\d/.test(code.slice(0, i)) && /\d/.test(code.slice(i)));
  return at === undefined ? code : `${code.slice(0, at)} ${code.slice(at)}`;
};

describe("booking codes typed without a slash", () => {
  it("id: the same answers as the slash forms, halves joined, two codes each looked up or asked about", async () => {
    const id = 953_1001;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari cgk sub ${futureDate(28).wire} 1`);
    const card = (await a.say(`/cek ${code}`))?.text;
    expect(card).toContain(code);
    const lower = code.toLowerCase();
    for (const typed of [`cek kode ${code}`, `cek ${code} dong`, `status #${code}`, `cek ${halves(code)}`, `cek kode ${halves(code)} dong`]) {
      expect((await a.say(typed))?.text, typed).toBe(card);
    }
    expect((await a.say(`issued ${lower} ya`))?.text).toContain(`Issued ${code}?`);
    expect((await a.say(`issued ${halves(code)}`))?.text).toContain(`Issued ${code}?`);

    let before = h.emulator.chatMessages(a.chat.id).length;
    await a.say(`/cek ${code} ${OTHER}`);
    const slash = a.botTexts(before);
    expect(slash).toEqual([card, `🔎 Kode booking ${OTHER} tidak dikenal provider. Periksa lalu coba lagi.`]);
    before = h.emulator.chatMessages(a.chat.id).length;
    await a.say(`cek ${code} atau ${OTHER}`);
    expect(a.botTexts(before)).toEqual(slash);
    // Never issued on a guess: which one is asked first.
    expect((await a.say(`issued ${code} sama ${OTHER}`))?.text).toBe(`Ada 2 kode booking berbeda: ${code}, ${OTHER}. Yang mana? Ketik salah satu: /issued ${code}`);
    expect((await a.say(code))?.text).toContain(`Issued ${code}?`);
  });

  it("en: two codes each looked up or asked about, halves joined", async () => {
    const id = 953_1002;
    const a = new Agent(h, { id, first_name: "Ann", language_code: "en" }, { id, type: "private" });
    const code = await bookOne(a, `/search cgk sub ${futureDate(29).wire} 1`);
    const card = (await a.say(`/status ${code}`))?.text;
    expect((await a.say(`check ${halves(code)} pls`))?.text).toBe(card);
    const before = h.emulator.chatMessages(a.chat.id).length;
    await a.say(`status ${code} or ${OTHER}?`);
    expect(a.botTexts(before)).toEqual([card, `🔎 The provider doesn't know booking code ${OTHER}. Check it and try again.`]);
    expect((await a.say(`eticket ${code}, ${OTHER}`))?.text).toBe(`That's 2 different booking codes: ${code}, ${OTHER}. Which one? Type it: /ticket ${code}`);
  });

  it("chatter stays chatter: no lookup, no 'which one'", async () => {
    const id = 953_1003;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari cgk sub ${futureDate(30).wire} 1`);
    for (const typed of ["cek dulu ya kak", "cek CGK DPS", `cek ${code} sampai besok`]) {
      const said = (await a.say(typed))?.text ?? "";
      expect(said, typed).not.toMatch(/Yang mana\?|kode booking berbeda/);
      if (typed.startsWith("cek dulu") || typed.includes("CGK")) expect(said, typed).not.toContain(code);
    }
  });

  it("in a group, to the bot: the same answers, replying to the member", async () => {
    const group = { id: -953_2000, type: "group" as const, title: "Agen Tanpa Garis" };
    const ani = new Agent(h, { id: 953_2001, first_name: "Ani", language_code: "id" }, group);
    const bot = `@${h.emulator.botInfo.username}`;
    await ani.say(`${bot} issued Z7A9DN atau ${OTHER}`);
    const asked = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === ani.user.id).at(-1)!;
    const last = h.emulator.lastBotMessage(group.id)!;
    expect(last.text).toBe(`Ada 2 kode booking berbeda: Z7A9DN, ${OTHER}. Yang mana? Ketik salah satu: /issued Z7A9DN`);
    expect(last.reply_to_message_id).toBe(asked.message_id);
  });
});
