import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "./helpers.js";

/**
 * A member removed from the group is a stranger to it: whatever he types or taps there gets what a
 * made-up code or button gets, and nothing he does makes the bot post in the group. Not the digest
 * (its bookings, totals, commission and Issue buttons), not his old buttons (a flight, another page or
 * day, the language chooser), not a colleague's issue confirmation.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const group = { id: -1_005_610_100, type: "group" as const, title: "Sentosa Tour" };
const bos = { id: 56_101, first_name: "Bos", language_code: "id" };
const ani = { id: 56_102, first_name: "Ani", language_code: "id" };
const removed = {
  id: { id: 56_103, first_name: "Eko", language_code: "id" },
  en: { id: 56_104, first_name: "Eric", language_code: "en" },
} as const;
/** Never had anything open in the group: what he gets is what a stranger gets. */
const stranger = { id: 56_199, first_name: "Stan", language_code: "id" };
const U = () => h.emulator.botInfo.username;
const MADE_UP = "AAAAAAAA";

let code = "";

const postedSince = (from: number) => h.emulator.chatMessages(group.id).slice(from).filter((m) => m.fromBot);
const datas = (m: StoredMessage) => m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));

/** Taps `data` on the message as `who`: what the tap was answered, and every message the bot sent or edited meanwhile. */
async function tapAs(who: { id: number; first_name: string; language_code: string }, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: who, messageId, data }));
  const calls = h.emulator.calls.slice(from);
  return {
    answers: calls.filter((c) => c.method === "answerCallbackQuery").map(({ payload: { callback_query_id: _, ...rest } }) => rest),
    sent: calls.filter((c) => /^(send|edit|delete|copy|forward)/.test(c.method)).map((c) => c.method),
  };
}

/** What the bot posted in the group for one typed line. */
async function said(who: Agent, text: string): Promise<{ text?: string; buttons: string[] }[]> {
  const from = h.emulator.chatMessages(group.id).length;
  await who.say(text);
  return postedSince(from).map((m) => ({ text: m.text, buttons: m.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [] }));
}

beforeAll(async () => {
  h.emulator.setChatAdministrators(group.id, [bos.id]);
  for (const u of Object.values(removed)) h.emulator.addMember(group.id, u.id);
  code = await bookInGroup(new Agent(h, ani, group), "Mrs Ani Lestari", "CGK DPS", 30);
}, 60_000);

for (const lang of ["id", "en"] as const) {
  describe(`a member removed from the group (${lang})`, () => {
    const who = removed[lang];
    const inGroup = () => new Agent(h, who, group);
    let list: StoredMessage;
    let chooser: StoredMessage;

    beforeAll(async () => {
      // While still a member: his own search and the language chooser.
      await inGroup().say(`/cari@${U()} CGK SUB ${futureDate(26 + (lang === "en" ? 1 : 0)).wire} 1`);
      list = inGroup().lastForMe()!;
      expect(datas(list).some((d) => /^r:.*:o:0$/.test(d))).toBe(true);
      chooser = (await inGroup().say(`/language@${U()}`))!;
      expect(datas(chooser)).toContain(`lang:en:${who.id}`);
      h.emulator.kickMember(group.id, who.id);
    }, 60_000);

    it("/digest answers as /bookings answers him: no code, totals or Issue button", async () => {
      const bookings = await said(inGroup(), `/bookings@${U()}`);
      const digest = await said(inGroup(), `/digest@${U()}`);
      const ringkasan = await said(inGroup(), `/ringkasan@${U()}`);
      expect(bookings).toHaveLength(1);
      expect(digest).toEqual(bookings);
      expect(ringkasan).toEqual(bookings);
      expect(JSON.stringify(digest)).not.toMatch(new RegExp(`${code}|Rp|DPS`));
    });

    it("every button of his old results list: a toast as for a made-up one, nothing posted or edited, no search", async () => {
      const searches = h.sandbox.controls.callCount("getflights-json");
      const sid = /^r:([\w-]+):/.exec(datas(list).find((d) => d.startsWith("r:"))!)![1]!;
      const tried = datas(list).filter((d) => d !== "c:noop");
      expect(tried.some((d) => d.endsWith(":d:1"))).toBe(true);
      for (const data of tried) {
        const real = await tapAs(who, list.message_id, data);
        const madeUp = await tapAs(who, list.message_id, data.replace(sid, MADE_UP));
        expect(real.sent, data).toEqual([]);
        expect(real.answers, data).toEqual(madeUp.answers);
        expect(real.answers, data).toHaveLength(1);
      }
      expect(h.sandbox.controls.callCount("getflights-json")).toBe(searches);
    });

    it("the language chooser: a toast as for a made-up button, nothing posted, his language unchanged", async () => {
      const other = lang === "id" ? "en" : "id";
      const real = await tapAs(who, chooser.message_id, `lang:${other}:${who.id}`);
      const madeUp = await tapAs(who, chooser.message_id, "lang:xx");
      expect(real.sent).toEqual([]);
      expect(real.answers).toEqual(madeUp.answers);
      const dm = new Agent(h, who, { id: who.id, type: "private" });
      expect((await dm.say("/help"))?.text).toContain(lang === "id" ? "/cari" : "/search");
    });

    it("a colleague's issue confirmation: what a made-up confirmation gets, nothing posted, no money moves", async () => {
      const before = money(h);
      const confirm = (await new Agent(h, bos, group).say(`/issued@${U()} ${code}`))!;
      const [ok, cancel] = datas(confirm);
      expect(ok).toMatch(/^ic:/);
      expect(cancel).toMatch(/^ix:/);
      for (const data of [ok!, cancel!]) {
        const real = await tapAs(who, confirm.message_id, data);
        const madeUp = await tapAs(who, confirm.message_id, `${data.slice(0, 3)}${MADE_UP}`);
        expect(real.sent, data).toEqual([]);
        expect(real.answers, data).toEqual(madeUp.answers);
      }
      expect(money(h)).toEqual(before);
      // Still Bos's to answer: withdrawn by him, not by the stranger's tap.
      expect((await tapAs(bos, confirm.message_id, cancel!)).answers[0]?.text).not.toBe((await tapAs(who, confirm.message_id, `ix:${MADE_UP}`)).answers[0]?.text);
    });

    it("typed requests answer as the same command does", async () => {
      expect(await said(inGroup(), `@${U()} issued dong`)).toEqual(await said(inGroup(), `/issued@${U()}`));
      expect(await said(inGroup(), `@${U()} saldo brp`)).toEqual(await said(inGroup(), `/saldo@${U()}`));
    });

    it("his booking half done (the flight's quote): its buttons get a made-up button's toast, nothing asked in the group", async () => {
      // Back in for a moment to open a flight, then removed again with the booking open.
      h.emulator.addMember(group.id, who.id);
      await inGroup().say(`/cari@${U()} CGK DPS ${futureDate(28 + (lang === "en" ? 1 : 0)).wire} 1`);
      const fresh = inGroup().lastForMe()!;
      await inGroup().tap({ data: datas(fresh).find((d) => /^r:.*:o:0$/.test(d))! });
      const quote = inGroup().lastForMe()!;
      const buttons = datas(quote).filter((d) => d.startsWith("c:"));
      expect(buttons.length).toBeGreaterThan(0);
      h.emulator.kickMember(group.id, who.id);
      for (const data of buttons) {
        const real = await tapAs(who, quote.message_id, data);
        const madeUp = await tapAs(who, quote.message_id, "c:q:zz");
        expect(real.sent, data).toEqual([]);
        expect(real.answers, data).toEqual(madeUp.answers);
      }
    });

    it("typed to the bot with his flow and list still open: answered as a stranger's same line", async () => {
      const as = (user: typeof stranger) => new Agent(h, { ...user, language_code: who.language_code }, group);
      // Not in the group either (as in a public supergroup), but with nothing of his open there.
      h.emulator.kickMember(group.id, stranger.id);
      for (const line of [`@${U()} issued dong`, `@${U()} 2`, `@${U()} batal`]) {
        const from = h.emulator.chatMessages(group.id).length;
        await as(who).say(line);
        const his = postedSince(from).map((m) => m.text);
        const mid = h.emulator.chatMessages(group.id).length;
        await as(stranger).say(line);
        expect(his, line).toEqual(postedSince(mid).map((m) => m.text));
      }
      // A pick replying to his old list is no pick: told it answers no open question, as after /cancel.
      const from = h.emulator.chatMessages(group.id).length;
      await as(who).say("2", list.message_id);
      const answer = postedSince(from).map((m) => m.text);
      expect(answer).toHaveLength(1);
      expect(answer[0]).toMatch(lang === "id" ? /tidak menjawab pertanyaan/ : /doesn't answer a question/);
      expect(h.sandbox.controls.callCount("postbooking-json")).toBe(1);
    });
  });
}
