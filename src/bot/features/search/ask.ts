import type { Conversation } from "@grammyjs/conversations";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext, ConvoContext } from "../../context.js";

export type Convo = Conversation<BotContext, ConvoContext>;
export type Answer = { kind: "text"; text: string } | { kind: "button"; data: string };

/**
 * What a step's parser says about an answer: the value, or a hint to send (typed answers), or a
 * toast (buttons; e.g. a button of an older message), or nothing (keep waiting quietly).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; hint?: string; toast?: string };

export function stale(ctx: ConvoContext): Parsed<never> {
  return { ok: false, toast: ctx.t("button-stale") };
}

export interface Prompt {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

function isGroup(ctx: ConvoContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/**
 * Sends a question. In groups the bot sees (with privacy mode on) only commands and replies to its own
 * messages, so a question without buttons is a selective ForceReply addressed to the asking member.
 */
export async function sendPrompt(ctx: ConvoContext, prompt: Prompt): Promise<number> {
  const group = isGroup(ctx);
  const markup = prompt.keyboard ?? (group ? { force_reply: true as const, selective: true } : undefined);
  const msg = await ctx.reply(prompt.text, {
    parse_mode: "HTML",
    reply_markup: markup,
    link_preview_options: { is_disabled: true },
  });
  return msg.message_id;
}

/** Waits for the next text or button press of this user; anything else (stickers, edits) is ignored. */
export async function waitAnswer(conversation: Convo): Promise<{ answer: Answer; ctx: ConvoContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) return { answer: { kind: "button", data }, ctx };
    const text = ctx.message?.text;
    if (text !== undefined) return { answer: { kind: "text", text }, ctx };
  }
}

/**
 * Asks until the answer parses. Buttons are answered at once (Telegram shows a spinner until then);
 * a button from an older message gets a short toast instead of derailing the step.
 */
export async function ask<T>(conversation: Convo, ctx: ConvoContext, prompt: Prompt, parse: (a: Answer) => Parsed<T> | Promise<Parsed<T>>): Promise<{ value: T; ctx: ConvoContext; promptId: number }> {
  const promptId = await sendPrompt(ctx, prompt);
  return { ...(await askAgain(conversation, ctx, promptId, parse)), promptId };
}

export async function askAgain<T>(conversation: Convo, ctx: ConvoContext, promptId: number, parse: (a: Answer) => Parsed<T> | Promise<Parsed<T>>): Promise<{ value: T; ctx: ConvoContext }> {
  for (;;) {
    const { answer, ctx: answerCtx } = await waitAnswer(conversation);
    if (answer.kind === "button" && answer.data === "c:noop") {
      await answerCtx.answerCallbackQuery();
      continue;
    }
    const owner = answerCtx.callbackQuery?.message?.reply_to_message?.from;
    if (answer.kind === "button" && owner && !owner.is_bot && owner.id !== answerCtx.from?.id) {
      // A button of another member's flow (groups): say whose it is; this flow keeps waiting.
      await answerCtx.answerCallbackQuery({ text: answerCtx.t("button-not-yours", { name: owner.first_name }) });
      continue;
    }
    const result = await parse(answer);
    if (answer.kind === "button") {
      await answerCtx.answerCallbackQuery(!result.ok && result.toast ? { text: result.toast } : undefined);
    }
    if (result.ok) return { value: result.value, ctx: answerCtx };
    if (result.hint) await sendPrompt(answerCtx, { text: result.hint });
  }
}
