import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * An admin closes the forum topic while a member is mid-flow: her tap on a flight is answered in General
 * (the bot is no admin, so the topic refuses it: 400 TOPIC_CLOSED), naming her, rather than lost with
 * "something went wrong" refused the same way. (The emulator lets nobody write in a closed topic; real
 * admins can, which makes no difference here: the member taps.)
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

async function resultsInClosedTopic(id: number, language_code: string, search: string, beforeTap = () => {}) {
  const chat = { id: -100_952_7200 - id % 100, type: "supergroup" as const, title: "Agen Forum" };
  const tia = { id, first_name: "Tia <Agen>", language_code };
  const topic = h.emulator.createForumTopic(chat, "Booking");
  const a = new Agent(h, tia, chat, topic);
  await a.say(`${search.split(" ")[0]}@${h.emulator.botInfo.username} ${search.split(" ").slice(1).join(" ")}`);
  const list = h.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
  const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && /Rp/.test(b.text)) as { callback_data: string };
  h.emulator.closeForumTopic(chat.id, topic);
  beforeTap();
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.clickButton({ chat, from: tia, messageId: list.message_id, data: flight.callback_data }));
  const calls = h.emulator.calls.slice(from);
  return { chat, tia, topic, calls, posted: calls.filter((c) => c.ok && c.method === "sendMessage") };
}

describe("a forum topic closed mid-flow", () => {
  for (const [language_code, id, search, next] of [["id", 952_7201, `/cari CGK SUB ${futureDate(28).wire} 1`, "✅ Lanjut"], ["en", 952_7202, `/search CGK SUB ${futureDate(29).wire} 1`, "✅ Continue"]] as const) {
    it(`a tap on a flight is answered in General, naming the member (${language_code})`, async () => {
      const { chat, tia, calls, posted } = await resultsInClosedTopic(id, language_code, search);
      expect(calls.filter((c) => !c.ok).map((c) => [c.method, (c.response as { description?: string }).description])).toEqual([["sendMessage", "Bad Request: TOPIC_CLOSED"]]);
      expect(posted.length).toBeGreaterThan(0);
      for (const c of posted) {
        expect(c.payload.message_thread_id).toBeUndefined();
        expect(String(c.payload.text)).toMatch(new RegExp(`^<a href="tg://user\\?id=${tia.id}">Tia &lt;Agen&gt;</a>:\\n`));
      }
      // The flight's card, in General, and the flow goes on from there.
      const card = h.emulator.lastBotMessage(chat.id)!;
      expect(card.text).toMatch(new RegExp(`^Tia <Agen>:\n✈️ `));
      const go = card.reply_markup!.inline_keyboard.flat().find((b) => b.text === next) as { callback_data: string };
      const before = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.clickButton({ chat, from: tia, messageId: card.message_id, data: go.callback_data }));
      expect(h.emulator.calls.slice(before).filter((c) => !c.ok)).toEqual([]);
      expect(h.emulator.lastBotMessage(chat.id)!.message_id).toBeGreaterThan(card.message_id);
      expect(h.emulator.chatMessages(chat.id).map((m) => m.text ?? "").join("\n")).not.toMatch(/Terjadi kesalahan|Something went wrong/);
    });
  }

  for (const [language_code, id, search, alert] of [
    ["id", 952_7203, `/cari CGK SUB ${futureDate(30).wire} 1`, "🔒 Topik ini sudah ditutup, jadi saya tidak bisa membalas di sini. Minta admin membukanya lagi, atau tulis ke saya di General."],
    ["en", 952_7204, `/search CGK SUB ${futureDate(31).wire} 1`, "🔒 This topic is closed, so I can't answer here. Ask an admin to reopen it, or write to me in General."],
  ] as const) {
    it(`General refusing too: no 'something went wrong' refused the same way, the tap told the topic is closed (${language_code})`, async () => {
      // General refuses the moved post as well (closed by an admin too): two refusals, the topic's and General's.
      const { calls } = await resultsInClosedTopic(id, language_code, search, () => h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: TOPIC_CLOSED" }, 2));
      const after = calls.slice(calls.findIndex((c) => c.method === "sendMessage"));
      expect(after.map((c) => [c.method, c.payload.message_thread_id, c.payload.show_alert])).toEqual([["sendMessage", 1, undefined], ["sendMessage", undefined, undefined], ["answerCallbackQuery", undefined, true]]);
      // Every flow answers a tap at once, so Telegram refuses this second answer; a tap not answered yet shows it.
      expect(after.at(-1)!.payload.text).toBe(alert);
    });
  }
});

