import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire } from "../support/jobs.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { bookInOpenGroup } from "./journey-steps.js";

// An agency's forum supergroup: "/cari" asked in its Booking topic is answered in that topic, questions,
// results and the flight card included, not only the messages sent with ctx.reply. (Our emulator has no
// topics: the updates are marked as topic messages here, and every post's thread is checked.)
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const TOPIC = 77;
function inTopic(update: Update): Update {
  const m = (update.message ?? update.callback_query?.message) as unknown as Record<string, unknown>;
  Object.assign(m, { is_topic_message: true, message_thread_id: TOPIC });
  Object.assign(m.chat as Record<string, unknown>, { is_forum: true });
  return update;
}

describe("a forum topic", () => {
  it("gets every answer of a search and a flight tap, in both languages", async () => {
    for (const [language_code, id] of [["id", 936_401], ["en", 936_402]] as const) {
      const chat = { id: -100_936_400 - id, type: "supergroup" as const, title: "Agen Forum" };
      const user = { id, first_name: "Tia", language_code };
      const from = h.emulator.calls.length;
      await h.app.bot.handleUpdate(inTopic(h.emulator.sendText({ chat, from: user, text: `/cari cgk dps ${futureDate(20).wire}` })!));
      const question = h.emulator.lastBotMessage(chat.id)!;
      await h.app.bot.handleUpdate(inTopic(h.emulator.sendText({ chat, from: user, text: "1", replyToMessageId: question.message_id })!));
      const list = h.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
      const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && /Rp/.test(b.text)) as { callback_data: string };
      await h.app.bot.handleUpdate(inTopic(h.emulator.clickButton({ chat, from: user, messageId: list.message_id, data: flight.callback_data })));
      const posts = h.emulator.calls.slice(from).filter((c) => /^send/.test(c.method) && String(c.payload.chat_id) === String(chat.id));
      expect(posts.length).toBeGreaterThanOrEqual(3);
      expect(posts.filter((c) => c.payload.message_thread_id !== TOPIC).map((c) => c.method)).toEqual([]);
    }
  });

  it("keeps a booking made there: its reminder goes to the same topic", async () => {
    // Privacy mode off, as forum groups often run: the agent answers without replying to each question.
    const emulator = await startTelegramEmulator({ privacyMode: false });
    const f = await startHarness({ emulator, env: { REMINDER_OFFSETS: "30m" } });
    const chat = { id: -100_936_499, type: "supergroup" as const, title: "Agen Forum" };
    const agent = new Agent(f, { id: 936_499, first_name: "Tia", language_code: "id" }, chat);
    // Every update of this chat comes from the topic.
    const handle = f.app.bot.handleUpdate.bind(f.app.bot);
    f.app.bot.handleUpdate = (update, ...rest) => handle((update.message ?? update.callback_query?.message)?.chat.id === chat.id ? inTopic(update) : update, ...rest);
    try {
      const code = await bookInOpenGroup(agent, `/cari CGK SUB ${futureDate(31).wire} 1`);
      const from = f.emulator.calls.length;
      await fire(f, bookingJobIds(code, [30 * 60_000]).reminders[0]!);
      const reminder = await f.emulator.waitFor(() => f.emulator.calls.slice(from).find((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(chat.id)));
      expect(String(reminder.payload.text)).toContain(code);
      expect(reminder.payload.message_thread_id).toBe(TOPIC);
    } finally {
      f.app.bot.handleUpdate = handle;
      await f.close();
      await emulator.close();
    }
  });
});
