import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

/**
 * A code typed in a hurry after /cek, /issued or /etiket: punctuation around it, a '#', filler words,
 * the same code twice or split in two halves still find it; two different codes are each looked up by /cek,
 * asked about by /issued and /etiket.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const OTHER = "K2L8PQ";

describe("booking codes typed in a hurry", () => {
  it("/cek, /status, /issued and /etiket find the one code among the words", async () => {
    const id = 952_1001;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari cgk sub ${futureDate(26).wire} 1`);
    const card = (await a.say(`/cek ${code}`))?.text;
    expect(card).toContain(code);
    const lower = code.toLowerCase();
    for (const typed of [`/cek ${code}.`, `/cek kode ${code}`, `/cek #${lower}`, `/status ${code} ${code}`, `/cek ${code.slice(0, 3)} ${code.slice(3)}`,
      `/cek ${lower} dong`, `/status kode booking: ${code}, tolong ya kak`]) {
      expect((await a.say(typed))?.text, typed).toBe(card);
    }
    expect((await a.say(`/issued ${lower} dong`))?.text).toContain(`Issued ${code}?`);
    expect((await a.say(`/issued #${code}`))?.text).toContain(`Issued ${code}?`);
    const ticket = (await a.say(`/etiket ${code}`))?.text;
    expect((await a.say(`/etiket kode ${code}!`))?.text).toBe(ticket);
  });

  it("two different codes: each one's status; issuing and the e-ticket ask which, and take the code typed next; in English too", async () => {
    const id = 952_1002;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari cgk sub ${futureDate(27).wire} 1`);
    const card = (await a.say(`/cek ${code}`))?.text;
    const before = h.emulator.chatMessages(a.chat.id).length;
    await a.say(`/cek ${code} ${OTHER}`);
    expect(a.botTexts(before)).toEqual([card, `🔎 Kode booking ${OTHER} tidak dikenal provider. Periksa lalu coba lagi.`]);
    expect((await a.say(`/issued ${code} #${OTHER.toLowerCase()}`))?.text).toBe(`Ada 2 kode booking berbeda: ${code}, ${OTHER}. Yang mana? Ketik salah satu: /issued ${code}`);
    expect((await a.say(code))?.text).toContain(`Issued ${code}?`);

    const en = new Agent(h, { id: 952_1003, first_name: "Ann", language_code: "en" }, { id: 952_1003, type: "private" });
    const asked = h.emulator.chatMessages(en.chat.id).length;
    await en.say(`/status ${OTHER} ${code}`);
    expect(en.botTexts(asked)).toEqual([`🔎 The provider doesn't know booking code ${OTHER}. Check it and try again.`, `🔎 The provider doesn't know booking code ${code}. Check it and try again.`]);
    expect((await en.say(`/ticket ${code} or ${OTHER}?`))?.text).toBe(`That's 2 different booking codes: ${code}, ${OTHER}. Which one? Type it: /ticket ${code}`);
  });

  it("filler words alone are no code: asked for one, as the command alone is", async () => {
    const id = 952_1004;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    expect((await a.say("/cek kode booking dong"))?.text).toBe("Ketik kode booking: /cek ABC123");
    expect((await a.say("/issued dong"))?.text).toBe("Ketik kode booking: /issued ABC123");
  });

  it("in a group, 'type the booking code' and 'which one' reply to the member's command", async () => {
    const group = { id: -952_2000, type: "group" as const, title: "Agen Kode" };
    const ani = new Agent(h, { id: 952_2001, first_name: "Ani", language_code: "id" }, group);
    const bot = `@${h.emulator.botInfo.username}`;
    for (const [typed, answer] of [[`/cek${bot}`, "Ketik kode booking: /cek ABC123"], [`/issued${bot} Z7A9DN ${OTHER}`, `Ada 2 kode booking berbeda: Z7A9DN, ${OTHER}. Yang mana? Ketik salah satu: /issued Z7A9DN`]]) {
      await ani.say(typed!);
      const asked = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === ani.user.id).at(-1)!;
      const last = h.emulator.lastBotMessage(group.id)!;
      expect(last.text).toBe(answer);
      expect(last.reply_to_message_id).toBe(asked.message_id);
    }
  });
});
