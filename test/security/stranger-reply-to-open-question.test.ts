import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName, dayWith, firstPageAsksOnlyName } from "../support/sandbox-days.js";

/**
 * Someone not in the group (never joined, or removed; anyone posting in a public supergroup) who replies
 * to a member's open question (her summary, her results list, her name question) learns nothing of it:
 * he gets exactly what a reply to a bot message that is nobody's question gets, with the same calls, and
 * no member is named. A member replying to the same question still hears whose it is.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const U = () => h.emulator.botInfo.username;
const WORDS = {
  id: { search: "cari", cont: "Lanjut", help: "bantuan", cancel: "batal", typed: "nama ani salah, harusnya Mrs Ani Lestarina", mine: "Pertanyaan itu untuk Ani" },
  en: { search: "search", cont: "Continue", help: "help", cancel: "cancel", typed: "Ani's name is wrong, should be Mrs Ani Lestarina", mine: "That question is for Ani" },
} as const;
type Lang = keyof typeof WORDS;

const flightOnlyNamed = (list: StoredMessage) =>
  (list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && asksOnlyName(b.text.split(" ")[0]!, "CGK", "SUB")) as { callback_data: string }).callback_data;

/** Her search, in the group: the list, then (for `upTo` "name" or "summary") a flight picked and answered so far. */
async function openQuestion(a: Agent, lang: Lang, upTo: "list" | "name" | "summary", days: number): Promise<StoredMessage> {
  const w = WORDS[lang];
  await a.say(`/${w.search}@${U()} cgk sub ${dayWith(["CGK", "SUB"], firstPageAsksOnlyName("CGK", "SUB"), days).wire} 1`);
  const list = a.lastForMe()!;
  expect(list.text).toContain("CGK → SUB");
  if (upTo === "list") return list;
  await a.tap({ data: flightOnlyNamed(list) });
  const name = (await a.tap(w.cont))!;
  if (upTo === "name") return name;
  await a.reply("Mrs Ani Lestari");
  await a.reply("ani@example.com");
  const summary = (await a.reply("081234567890"))!;
  expect(summary.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("c:"))).toBe(true);
  return summary;
}

/** Every call the bot made for one reply, with the ids of the two messages involved put out of the way. */
async function callsFor(who: Agent, line: string, target: number) {
  const from = h.emulator.calls.length;
  const chat = h.emulator.chatMessages(who.chat.id);
  const mine = (chat.at(-1)?.message_id ?? 0) + 1;
  await who.say(line, target);
  expect(h.emulator.chatMessages(who.chat.id).find((m) => m.message_id === mine)?.from.id).toBe(who.user.id);
  const ids = (_: string, v: unknown) => (v === mine ? "MINE" : v === target ? "TARGET" : v);
  const calls = h.emulator.calls.slice(from).map((c) => `${c.method} ${JSON.stringify(c.payload, ids)}`);
  const texts = h.emulator.chatMessages(who.chat.id).filter((m) => m.fromBot && m.message_id > mine).map((m) => m.text);
  return { calls, texts };
}

let n = 0;
for (const lang of ["id", "en"] as const) {
  describe.each(["group", "supergroup"] as const)(`a stranger replying to a member's open question (${lang}, %s)`, (type) => {
    const w = WORDS[lang];
    const questions: Record<"summary" | "list" | "name", StoredMessage> = {} as never;
    let helpAnswer: StoredMessage;
    let stranger: Agent;
    let colleague: Agent;

    beforeAll(async () => {
      n++;
      const group = { id: -1_006_277_000 - n, type, title: `Publik ${lang}` };
      const person = (id: number, first_name: string) => ({ id: 62_700 + n * 10 + id, first_name, language_code: lang });
      h.emulator.setChatAdministrators(group.id, [62_699]);
      const ani = new Agent(h, person(1, "Ani"), group);
      questions.summary = await openQuestion(ani, lang, "summary", 30 + n);
      questions.list = await openQuestion(new Agent(h, person(2, "Ani"), group), lang, "list", 30 + n);
      questions.name = await openQuestion(new Agent(h, person(3, "Ani"), group), lang, "name", 30 + n);
      // The made-up case: a reply to a bot message that is nobody's question (a member's /help answer).
      helpAnswer = (await new Agent(h, person(4, "Eva"), group).say(`/${w.help}@${U()}`))!;
      colleague = new Agent(h, person(5, "Citra"), group);
      h.emulator.addMember(group.id, colleague.user.id);
      stranger = new Agent(h, person(6, "Stan"), group);
      h.emulator.kickMember(group.id, stranger.user.id);
    }, 60_000);

    const lines = [w.typed, "batal", "cancel", `/${w.cancel}@bot`];
    describe.each(["summary", "list", "name"] as const)("her %s", (which) => {
      it.each(lines)("%j: what a reply to nobody's question gets, same calls, no member named", async (raw) => {
        const line = raw.replace("@bot", `@${U()}`);
        const real = await callsFor(stranger, line, questions[which].message_id);
        const madeUp = await callsFor(stranger, line, helpAnswer.message_id);
        expect(real.texts).toHaveLength(1);
        expect(real.texts).toEqual(madeUp.texts);
        expect(real.calls).toEqual(madeUp.calls);
        expect(real.texts.join("\n")).not.toContain("Ani");
      });

      it.each(lines)("%j from a member: told the question is Ani's", async (raw) => {
        const { texts } = await callsFor(colleague, raw.replace("@bot", `@${U()}`), questions[which].message_id);
        expect(texts).toEqual([expect.stringContaining(w.mine)]);
      });
    });
  });
}
