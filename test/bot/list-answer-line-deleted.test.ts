import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// In a group an answer to a line typed at the results list replies to that line. The agent may delete
// her line (a typo) before the answer goes out (it waited behind her own search, or a 429 pause); Telegram
// then refuses a reply to it unless allow_sending_without_reply is set ("message to be replied not found"),
// and she would see "something went wrong" instead of the answer. The emulator refuses it the same way.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => {
  await h?.close();
});

const FAILED = /kesalahan|went wrong/;
let nextId = 46_100;

/** The update is built (her line in the chat), the line deleted, then the update handled. */
async function deletedBeforeAnswer(a: Agent, update: Update) {
  const sent = update.message!.message_id;
  const res = await fetch(`${h.emulator.apiRoot}/bot${h.emulator.token}/deleteMessage`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat_id: a.chat.id, message_id: sent }),
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(update);
  return h.emulator.calls.slice(from).filter((c) => /^send/.test(c.method)).map((c) => ({ ok: c.ok, text: String(c.payload.text ?? ""), reply: c.payload.reply_parameters }));
}

async function groupWithList(language_code: "id" | "en") {
  const chat = { id: -1_004_610_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
  const agent = new Agent(h, { id: nextId++, first_name: "Rina", language_code }, chat);
  const list = await agent.say(`${language_code === "id" ? "/cari" : "/search"} cgk dps ${futureDate(44).wire} 1`);
  expect(list?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
  return { agent, list: list! };
}

const lines = {
  id: ["hal 9", "pulang tgl 28", "garuda", "2+5 bayi"],
  en: ["page 9", "return on the 28th", "garuda", "2+5 infants"],
} as const;

describe("an answer at the group's results list whose line was deleted meanwhile still arrives", () => {
  for (const lang of ["id", "en"] as const) {
    for (const typed of lines[lang]) {
      it(`${lang}: '${typed}' replying to the list`, async () => {
        const { agent, list } = await groupWithList(lang);
        const update = h.emulator.sendText({ chat: agent.chat, from: agent.user, text: typed, replyToMessageId: list.message_id })!;
        const sends = await deletedBeforeAnswer(agent, update);
        expect(sends.length, JSON.stringify(sends)).toBeGreaterThan(0);
        expect(sends.filter((s) => !s.ok), JSON.stringify(sends)).toEqual([]);
        expect(sends.map((s) => s.text).join("\n")).not.toMatch(FAILED);
      });
    }

    it(`${lang}: a photo sent at the list gets its hint`, async () => {
      const { agent, list } = await groupWithList(lang);
      const update = h.emulator.sendMedia({ chat: agent.chat, from: agent.user, kind: "photo", replyToMessageId: list.message_id })!;
      const sends = await deletedBeforeAnswer(agent, update);
      expect(sends.length, JSON.stringify(sends)).toBe(1);
      expect(sends[0]!.ok, JSON.stringify(sends)).toBe(true);
      expect(sends[0]!.text).not.toMatch(FAILED);
    });
  }
});
