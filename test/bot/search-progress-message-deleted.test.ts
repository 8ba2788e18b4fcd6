import type { Transformer } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * The "🔎 Searching…" message is deleted while the search runs (in a private chat she can delete the bot's
 * message for both sides; in a group an admin or a cleaner bot can). Telegram then refuses every edit of it
 * with "message to edit not found". The list must still arrive, as a new message, and the message that is
 * gone is not edited again. Here the message is really deleted (through the emulator's deleteMessage) just
 * before the bot's first edit of it, or just before the edit drawing the finished list.
 */
let h: Harness;
/** Which chat's progress message to delete, and before which edit. */
let deleting: { chatId: number; before: "first" | "final"; done: boolean } | undefined;
const STILL_SEARCHING = /Other airlines are still searching|Maskapai lain masih mencari/;
const FAILED = /kesalahan|went wrong/;

const deleteBeforeEdit: Transformer = async (prev, method, payload, signal) => {
  const p = payload as { chat_id?: number; message_id?: number; text?: string; reply_markup?: unknown };
  const d = deleting;
  if (method === "editMessageText" && d && !d.done && p.chat_id === d.chatId && p.message_id !== undefined) {
    const final = p.reply_markup !== undefined && !STILL_SEARCHING.test(p.text ?? "");
    if (d.before === "first" || final) {
      d.done = true;
      const res = await prev("deleteMessage", { chat_id: d.chatId, message_id: p.message_id } as never, signal);
      expect(res.ok).toBe(true);
    }
  }
  return prev(method, payload, signal);
};

beforeAll(async () => {
  h = await startHarness();
  h.app.bot.api.config.use(deleteBeforeEdit);
});
afterAll(async () => {
  await h?.close();
});

let nextId = 46_500;
// Each search on its own day: a search answered from the cache draws no list while it runs.
let nextDay = 40;
const hasFlights = (m: { reply_markup?: { inline_keyboard: object[][] } }) =>
  m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && String(b.callback_data).includes(":o:")) === true;

describe("the searching message deleted before the list is drawn into it", () => {
  for (const lang of ["id", "en"] as const) {
    for (const kind of ["private", "supergroup"] as const) {
      for (const before of ["first", "final"] as const) {
        const when = before === "first" ? "while the list grows (a slow airline still searching)" : "just before the finished list";
        it(`${lang}, ${kind}, deleted ${when}: the list comes as a new message`, async () => {
          const id = nextId++;
          const chat = kind === "private" ? { id, type: kind } : { id: -1_004_650_000 - id, type: kind, title: "Agen Makmur" };
          const agent = new Agent(h, { id, first_name: "Sari", language_code: lang }, chat);
          deleting = { chatId: chat.id, before, done: false };
          const from = h.emulator.calls.length;
          if (before === "first") {
            // The all-airlines answer and Lion Air are held: the fast airlines' flights are drawn first.
            h.sandbox.controls.hold("getflights-json");
            h.sandbox.controls.hold("getflightLion");
          }
          const searching = agent.say(`${lang === "id" ? "/cari" : "/search"} cgk dps ${futureDate(nextDay++).wire} 1`);
          if (before === "first") {
            await h.emulator.waitFor(() => h.emulator.calls.slice(from).find((c) => c.method === "editMessageText" && !c.ok), 5_000);
            // More airlines answer after the message is gone.
            await new Promise((r) => setTimeout(r, 300));
            h.sandbox.controls.release();
          }
          await searching;
          const list = await h.emulator.waitFor(() => h.emulator.chatMessages(chat.id).find((m) => m.fromBot && hasFlights(m)), 5_000);
          const calls = h.emulator.calls.slice(from);
          expect(deleting.done, "the searching message was edited at all").toBe(true);
          const progress = calls.find((c) => c.method === "sendMessage" && /Searching|Mencari/.test(String(c.payload.text)))!;
          const progressId = (progress.response as { result: { message_id: number } }).result.message_id;
          // The edit that found the message gone is the last one tried on it.
          const edits = calls.filter((c) => c.method === "editMessageText" && c.payload.message_id === progressId);
          expect(edits.filter((c) => !c.ok), JSON.stringify(edits.map((c) => c.ok))).toHaveLength(1);
          expect(edits.at(-1)!.ok).toBe(false);
          expect(list.message_id).not.toBe(progressId);
          expect(list.text).not.toMatch(STILL_SEARCHING);
          if (kind === "supergroup") expect(list.reply_to_message_id).toBeDefined();
          expect(agent.botTexts().join("\n")).not.toMatch(FAILED);
          // The new message is her list: what she types or taps at the results acts on it.
          expect((await h.app.deps.searches.board(chat.id, id))?.messageId).toBe(list.message_id);
        });
      }
    }
  }
});
