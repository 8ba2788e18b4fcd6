import type { Conversation } from "@grammyjs/conversations";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext, ConvoContext } from "../../context.js";

export type Convo = Conversation<BotContext, ConvoContext>;
/** `contact`: the text is the phone number of a shared contact card (answers the phone question). */
export type Answer = { kind: "text"; text: string; contact?: true } | { kind: "button"; data: string };

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
 * Sends a message of the flow and returns only its id. It goes through `external` on purpose: the
 * conversation's replay log then keeps a number instead of the whole Message Telegram returns
 * (keyboards included), which keeps the state in Redis small and replays cheap.
 *
 * In groups every message replies to the member's message (their command or last answer, followed
 * along the chain for button presses): with privacy mode on that is what makes a selective
 * ForceReply reach only them, and it tells others whose flow a message belongs to.
 */
export function say(conversation: Convo, ctx: ConvoContext, text: string, keyboard?: InlineKeyboardMarkup, forceReply = false): Promise<number> {
  const group = isGroup(ctx);
  const chatId = ctx.chat!.id;
  const anchor = ctx.message?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  const markup = keyboard ?? (group && forceReply ? { force_reply: true as const, selective: true } : undefined);
  return conversation.external(async (outer) => {
    const msg = await outer.api.sendMessage(chatId, text, {
      parse_mode: "HTML",
      reply_markup: markup,
      reply_parameters: group && anchor !== undefined ? { message_id: anchor, allow_sending_without_reply: true } : undefined,
      link_preview_options: { is_disabled: true },
    });
    return msg.message_id;
  });
}

/** A question: a ForceReply in groups when it has no buttons (privacy mode shows the bot only replies). */
export function sendPrompt(conversation: Convo, ctx: ConvoContext, prompt: Prompt): Promise<number> {
  return say(conversation, ctx, prompt.text, prompt.keyboard, true);
}

const NEW_SEARCH = /^\/(search|cari)(@\w+)?(\s|$)/i;

/** Waits for the next text or button press of this user; anything else (stickers, edits) is ignored. */
export async function waitAnswer(conversation: Convo): Promise<{ answer: Answer; ctx: ConvoContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) return { answer: { kind: "button", data }, ctx };
    const text = ctx.message?.text;
    // A new search is never an answer: the update goes on to the search command, which starts over.
    if (text !== undefined && NEW_SEARCH.test(text)) await conversation.skip({ next: true });
    if (text !== undefined) return { answer: { kind: "text", text }, ctx };
    if (ctx.message?.contact) return { answer: { kind: "text", text: ctx.message.contact.phone_number, contact: true }, ctx };
  }
}

/**
 * Asks until the answer parses. Buttons are answered at once (Telegram shows a spinner until then);
 * a button from an older message gets a short toast instead of derailing the step.
 */
export async function ask<T>(conversation: Convo, ctx: ConvoContext, prompt: Prompt, parse: (a: Answer) => Parsed<T> | Promise<Parsed<T>>): Promise<{ value: T; ctx: ConvoContext; promptId: number }> {
  const promptId = await sendPrompt(conversation, ctx, prompt);
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
    if (result.hint) await sendPrompt(conversation, answerCtx, { text: result.hint });
  }
}
