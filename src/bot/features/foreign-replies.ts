import type { Context, NextFunction, Transformer } from "grammy";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { actorOf } from "../actor.js";
import type { MessageOwner, MessageOwners } from "../../store/message-owners.js";

const isGroup = (ctx: Context) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
/** Sent as the group itself or a channel: no member to own the message (they are told to write as themselves). */
const ANONYMOUS = new Set([1087968824, 136817688]);

/**
 * Notes the member each question in a group is for: sends made while handling a member's update that
 * force a reply or carry a flow's buttons (questions, results lists, quotes) are that member's.
 */
function noteOwners(owners: MessageOwners, chatId: number, owner: MessageOwner): Transformer {
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    const p = payload as { chat_id?: number | string; message_id?: number; reply_markup?: { force_reply?: boolean; inline_keyboard?: { callback_data?: string }[][] } };
    // Questions (a forced reply, a flow's or a results list's buttons, an issue confirmation); a booking card or a status is no question.
    const buttons = (pattern: RegExp) => p.reply_markup?.inline_keyboard?.some((row) => row.some((b) => pattern.test(b.callback_data ?? ""))) ?? false;
    const question = p.reply_markup?.force_reply === true || buttons(/^c:/);
    if (res.ok && (question || buttons(/^(?:r|ic):/)) && String(p.chat_id) === String(chatId)) {
      // A results list is drawn into the search's progress message: edited into a question.
      const id = method.startsWith("send") ? (res.result as { message_id?: number }).message_id : method.startsWith("edit") ? p.message_id : undefined;
      // A question is marked so: a reply to one of an earlier flow is told so by the flow open now (search/answer-place.ts).
      if (typeof id === "number") await owners.note(chatId, id, question ? { ...owner, question: true } : owner);
    }
    return res;
  };
}

/** Installed before every feature and flow, so their group messages are noted whoever sends them. */
export async function noteGroupMessageOwners(ctx: BotContext, next: NextFunction): Promise<void> {
  if (isGroup(ctx) && ctx.from && !ANONYMOUS.has(ctx.from.id)) {
    ctx.api.config.use(noteOwners(ctx.deps.messageOwners, ctx.chat!.id, { id: ctx.from.id, name: ctx.from.first_name }));
  }
  await next();
}

/**
 * A typed reply to another member's question in a group is not an answer of the replier's own flow
 * (it would land a name or a route in the wrong booking): it is told whose question that is, and
 * nothing moves. Commands still go through; replies to messages of no known flow go on as before.
 */
export const foreignRepliesFeature = new LeanComposer<BotContext>();

foreignRepliesFeature.on("message", async (ctx, next) => {
  if (ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) return next();
  if (!(await answerReplyToOthersQuestion(ctx))) return next();
});

/**
 * When the message is a group reply to another member's question (a flow message noted as theirs), says
 * whose question that is and returns true; nothing of the replier's moves. Also used by cancel.ts, which
 * runs before the flows: "cancel" or "/cancel" replying to a colleague's question cancels nothing of hers.
 * Only members hear whose question it is: a stranger's reply is left to go on as a made-up one does.
 */
export async function answerReplyToOthersQuestion(ctx: BotContext): Promise<boolean> {
  const message = ctx.message;
  const target = message?.reply_to_message;
  if (!message || !ctx.chat || !ctx.from || !isGroup(ctx) || target?.from?.id !== ctx.me.id) return false;
  const owner = await ctx.deps.messageOwners.ownerOf(ctx.chat.id, target.message_id);
  if (owner?.id === ctx.from.id) return false;
  // Someone not in the group learns nothing of whose booking is open: his reply goes on as one to a bot
  // message of nobody's question. Asked for nobody's messages too, so both cases make the same calls.
  if ((await ctx.deps.access.outsider(actorOf(ctx))) || !owner) return false;
  // A colleague's issue confirmation is no question to answer: only her tap confirms or cancels it.
  const confirmation = (await ctx.deps.intents.onScreen(ctx.chat.id, owner.id)).some((s) => s.messageId === target.message_id);
  await ctx.reply(ctx.t(confirmation ? "reply-confirmation-not-yours" : "reply-not-yours", { name: owner.name }), {
    reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
  });
  return true;
}
