import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

/**
 * A member's flow in a group asks its question in one place: a line typed in another forum topic, a reply
 * to one of her questions already answered, or to a question of a flow a newer one replaced, is never taken
 * as the answer of the question open now. She is told where that question is (or asked it again), and nothing moves.
 */
let open: Harness; // privacy mode off: every line reaches the bot
let priv: Harness; // privacy mode on: only replies and mentions
beforeAll(async () => {
  open = await startHarness({ use: "mmbc", emulator: await startTelegramEmulator({ privacyMode: false }) });
  priv = await startHarness({ use: "mmbc" });
});
afterAll(async () => { await open?.close(); await priv?.close(); });

const BOT = "@AgenTiketBot";
const words = {
  en: {
    search: "/search", origin: "🛫 Where from?", to: (from: string) => `🛬 From ${from} to where?`, route: (a: string, b: string) => `Route ${a} → ${b}.`,
    elsewhere: "↩️ Your open question waits in", answered: (a: string) => `↩️ That question was answered already (${a}), so nothing was taken from this reply.`,
    closed: "↩️ That question is from an earlier search or booking, closed when a newer one started, so nothing was taken from this reply.",
    now: "Now asking:", topic: "the topic", passenger: "Passenger 1 of 2", airport: "as a departure airport", name: "Mr Budi Santoso", cont: "Continue",
  },
  id: {
    search: "/cari", origin: "🛫 Berangkat dari mana?", to: (from: string) => `🛬 Dari ${from} ke mana?`, route: (a: string, b: string) => `Rute ${a} → ${b}.`,
    elsewhere: "↩️ Pertanyaan Anda yang masih terbuka ada di", answered: (a: string) => `↩️ Pertanyaan itu sudah dijawab (${a}), jadi balasan ini tidak dipakai.`,
    closed: "↩️ Pertanyaan itu dari pencarian atau booking sebelumnya, yang sudah ditutup waktu yang baru dimulai, jadi balasan ini tidak dipakai.",
    now: "Sekarang yang ditanyakan:", topic: "topik", passenger: "Penumpang 1 dari 2", airport: "bandara keberangkatan", name: "Tn Budi Santoso", cont: "Lanjut",
  },
} as const;

let n = 947_100;
const forum = (h: Harness, title: string) => {
  const chat = { id: -1_000_947_100_000 - n++, type: "supergroup" as const, title };
  return { chat, booking: h.emulator.createForumTopic(chat, "Booking"), ops: h.emulator.createForumTopic(chat, "Ops") };
};
const botSince = (h: Harness, chatId: number, from: number) => h.emulator.chatMessages(chatId).slice(from).filter((m) => m.fromBot);
const count = (h: Harness, chatId: number) => h.emulator.chatMessages(chatId).length;

describe("answers where the question is", () => {
  for (const lang of ["en", "id"] as const) {
    const w = words[lang];

    it(`${lang}: forum, privacy off: a line typed in the topic of a replaced flow is no answer of the flow open in another topic`, async () => {
      const { chat, booking, ops } = forum(open, "Maju Forum");
      const id = n++;
      open.emulator.addMember(chat.id, id);
      const inBooking = new Agent(open, { id, first_name: "Ana", language_code: lang }, chat, booking);
      const inOps = new Agent(open, inBooking.user, chat, ops);
      await inBooking.say(w.search);
      expect((await inBooking.say("CGK"))?.text).toContain(w.to("CGK"));
      // As Telegram sends it: a topic message that replies to nothing points at the topic's creation, with its name.
      const start = open.emulator.sendText({ chat, from: inOps.user, text: w.search, threadId: ops })!;
      Object.assign(start.message!, { reply_to_message: { message_id: ops, date: start.message!.date, chat: start.message!.chat, from: { id: 777000, is_bot: false, first_name: "Telegram" }, message_thread_id: ops, is_topic_message: true, forum_topic_created: { name: "Ops", icon_color: 7322096 } } });
      await open.app.bot.handleUpdate(start);
      const originQ = open.emulator.lastBotMessage(chat.id)!;
      expect(originQ.text).toContain(w.origin);
      const from = count(open, chat.id);
      await inBooking.say("DPS");
      const mine = open.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.text === "DPS").at(-1);
      const said = botSince(open, chat.id, from);
      expect(said.map((m) => m.text)).toHaveLength(1);
      expect(said[0]!.text).toContain(`${w.elsewhere} ${w.topic} Ops:`);
      const link = said[0]!.entities?.find((e) => e.type === "text_link") as { url: string } | undefined;
      expect(link?.url).toBe(`https://t.me/c/${String(chat.id).slice(4)}/${ops}/${originQ.message_id}`);
      expect(said[0]!.message_thread_id).toBe(booking);
      expect(said[0]!.reply_to_message_id).toBe(mine!.message_id);
      // Chatter there goes on unanswered: told once per question.
      const again = count(open, chat.id);
      await inBooking.say("ok");
      expect(botSince(open, chat.id, again).map((m) => m.text)).toEqual([]);
      // The flow in Ops still asks where from: DPS was not taken.
      expect((await inOps.say("SUB"))?.text).toContain(w.to("SUB"));
    });

    it(`${lang}: forum, privacy on: a reply to a replaced booking's passenger question in its topic is no departure airport of the new search`, async () => {
      const { chat, booking, ops } = forum(priv, "Maju Forum");
      const id = n++;
      priv.emulator.addMember(chat.id, id);
      const inBooking = new Agent(priv, { id, first_name: "Ana", language_code: lang }, chat, booking);
      const inOps = new Agent(priv, inBooking.user, chat, ops);
      const list = (await inBooking.say(`${w.search}${BOT} CGK DPS ${futureDate(62).wire} 2`))!;
      const offer = list.reply_markup!.inline_keyboard.flat().find((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { callback_data: string };
      await priv.app.bot.handleUpdate(priv.emulator.clickButton({ chat, from: inBooking.user, messageId: list.message_id, data: offer.callback_data }));
      await inBooking.tap(w.cont);
      const nameQ = priv.emulator.chatMessages(chat.id).filter((m) => m.fromBot).at(-1)!;
      expect(nameQ.text).toContain(w.passenger);
      await inOps.say(`${w.search}${BOT}`);
      const from = count(priv, chat.id);
      await inBooking.say(w.name, nameQ.message_id);
      const said = botSince(priv, chat.id, from);
      const text = said.map((m) => m.text).join("\n");
      expect(text).toContain(w.closed);
      expect(text).toContain(w.elsewhere);
      expect(text).not.toContain(w.airport);
      expect(said.every((m) => m.message_thread_id === booking)).toBe(true);
      // The new search's question in Ops still waits for its answer.
      expect((await inOps.reply("SUB"))?.text).toContain(w.to("SUB"));
    });

    it(`${lang}: a reply to one's own answered question, or to a replaced flow's, is no answer of the question open now`, async () => {
      const chat = { id: -1_009_472_000 - n++, type: "supergroup" as const, title: "Maju Travel" };
      const id = n++;
      priv.emulator.addMember(chat.id, id);
      const ana = new Agent(priv, { id, first_name: "Ana", language_code: lang }, chat);
      await ana.say(`${w.search}${BOT}`);
      const originQ = ana.lastForMe()!;
      await ana.reply("CGK");
      const destQ = ana.lastForMe()!;
      expect(destQ.text).toContain(w.to("CGK"));
      let from = count(priv, chat.id);
      await ana.say("SUB", originQ.message_id);
      let text = botSince(priv, chat.id, from).map((m) => m.text).join("\n");
      expect(text).toContain(w.answered("CGK"));
      expect(text).toContain(`${w.now}\n\n${w.to("CGK")}`);
      expect(text).not.toContain(w.route("CGK", "SUB"));
      // The question asked again takes the answer.
      from = count(priv, chat.id);
      await ana.reply("SUB");
      expect(botSince(priv, chat.id, from).map((m) => m.text).join("\n")).toContain(w.route("CGK", "SUB"));
      // A new search: the old flow's destination question is no question of it.
      await ana.say(`${w.search}${BOT}`);
      from = count(priv, chat.id);
      await ana.say("DPS", destQ.message_id);
      text = botSince(priv, chat.id, from).map((m) => m.text).join("\n");
      expect(text).toContain(w.closed);
      expect(text).toContain(`${w.now}\n\n${w.origin}`);
      expect(text).not.toContain(w.to("DPS"));
      expect((await ana.reply("DPS"))?.text).toContain(w.to("DPS"));
    });
  }

  it("a reply to the question itself after a hint under it is still its answer", async () => {
    const chat = { id: -1_009_473_000 - n++, type: "supergroup" as const, title: "Maju Travel" };
    const id = n++;
    priv.emulator.addMember(chat.id, id);
    const ana = new Agent(priv, { id, first_name: "Ana", language_code: "en" }, chat);
    await ana.say(`/search${BOT}`);
    const originQ = ana.lastForMe()!;
    await ana.reply("Xqzwv");
    expect((await ana.say("CGK", originQ.message_id))?.text).toContain("From CGK to where?");
  });
});
