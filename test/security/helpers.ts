import { expect } from "vitest";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { futureDate, type Agent, type Harness } from "../support/bot-harness.js";
import { givePrivately } from "../bot/journey-steps.js";
import type { UserRef } from "../support/telegram/index.js";

/** Sends a callback query with any data on the chat's newest bot message (what a modified client can do). */
export async function forge(agent: Agent, data: string): Promise<{ toast?: string; reply?: string }> {
  const { h } = agent;
  const target = h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).at(-1);
  if (!target) throw new Error(`no bot message in chat ${agent.chat.id} to forge a callback on`);
  const before = h.emulator.calls.length;
  const sentBefore = h.emulator.chatMessages(agent.chat.id).length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agent.chat, from: agent.user, messageId: target.message_id, data }));
  const toast = h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text as string | undefined;
  const newer = h.emulator.chatMessages(agent.chat.id).slice(sentBefore).filter((m) => m.fromBot);
  return { toast, reply: newer.at(-1)?.text };
}

/** Runs one inline query and returns the first article's title and text. */
export async function inlineFirst(h: Harness, from: UserRef, query: string): Promise<{ title: string; text: string }> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
  const answer = h.emulator.calls.slice(before).find((c) => c.method === "answerInlineQuery");
  expect(answer?.ok).toBe(true);
  const first = (answer!.payload.results as InlineQueryResultArticle[])[0]!;
  return { title: first.title, text: (first.input_message_content as InputTextMessageContent).message_text };
}

/** What the provider was asked to do with money, and the deposit: every spending test checks both. */
export function money(h: Harness) {
  const c = h.sandbox.controls;
  return { issues: c.callCount("getissued-json"), bookings: c.callCount("postbooking-json"), balance: c.getBalance() };
}

/** One member's booking in a privacy-mode group, every typed answer a reply to the bot's question. */
export async function bookInGroup(agent: Agent, name: string, route: string, days: number): Promise<string> {
  await agent.say(`/cari@${agent.h.emulator.botInfo.username} ${route} ${futureDate(days).wire} 1`);
  const results = agent.lastForMe()!;
  const flight = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
  await agent.tap({ data: flight.callback_data });
  await agent.tap("Lanjut");
  let msg = await agent.reply(name);
  if (msg?.text?.includes("data pribadi")) msg = await givePrivately(agent);
  if (msg?.text?.includes("kontak terakhir")) await agent.tap("✏️");
  await agent.reply(`${name.split(" ")[1]!.toLowerCase()}@example.com`);
  await agent.reply("081234567890");
  await agent.tap("✅ Booking");
  const code = /Kode: ([A-Z0-9]{6})/.exec(agent.lastForMe()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(8));
  return code;
}
