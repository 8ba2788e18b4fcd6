import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { cutWithEllipsis } from "../../../presenters/cut-text.js";
import { topicOf } from "../../../telegram/topic-thread.js";

/**
 * Where a member's answer belongs in a group. One flow per member and chat spans the whole group (every
 * forum topic), and with privacy mode on every answer is a reply to some question of hers: a line typed in
 * another topic, a reply to a question she answered already ("Where from?" again, meaning to correct it), or
 * to a question of a flow a newer one replaced (a booking dropped for a new search) would otherwise be read
 * as the answer to the question open now: her destination taken as the new search's origin, a passenger's
 * name as an airport. Such a line is told where the open question is (or gets it asked again), and nothing
 * moves. The state kept here is rebuilt on every replay from the updates the flow saw, so nothing is stored.
 */

type Convo = Conversation<BotContext, ConvoContext>;

/** The message the flow started from (the command, or the message of the tapped button): anything older is an earlier flow's. */
const FLOW_START = new WeakMap<Convo, number>();
/** The flow's questions already answered, with what was typed (undefined: tapped). */
const ANSWERED = new WeakMap<Convo, Map<number, string | undefined>>();
/** Topic names seen in the flow's updates (a topic message that replies to nothing carries its topic's creation). */
const TOPIC_NAMES = new WeakMap<Convo, Map<number, string>>();

const isGroup = (ctx: ConvoContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** Called (on every replay) for every context of the flow, its first one first: see the plugin in index.ts. */
export function noteFlowUpdate(conversation: Convo, ctx: ConvoContext): void {
  if (!FLOW_START.has(conversation)) FLOW_START.set(conversation, ctx.msg?.message_id ?? 0);
  const thread = topicOf(ctx.msg)?.threadId;
  const name = ctx.msg?.reply_to_message?.forum_topic_created?.name;
  if (thread !== undefined && name !== undefined) {
    const names = TOPIC_NAMES.get(conversation) ?? new Map<number, string>();
    TOPIC_NAMES.set(conversation, names.set(thread, name));
  }
}

/** The member's own messages taken as answers by this flow (see `wasAnswer`). */
const ANSWER_MESSAGES = new WeakMap<Convo, Set<number>>();

/**
 * The messages of a question answered (its copies and hints included), with the typed answer, and the
 * member's message that answered it (`answerId`, a typed answer's).
 */
export function noteAnswered(conversation: Convo, messageIds: number[], typed: string | undefined, answerId?: number): void {
  const answered = ANSWERED.get(conversation) ?? new Map<number, string | undefined>();
  ANSWERED.set(conversation, answered);
  for (const id of messageIds) answered.set(id, typed);
  if (answerId === undefined) return;
  const answers = ANSWER_MESSAGES.get(conversation) ?? new Set<number>();
  ANSWER_MESSAGES.set(conversation, answers.add(answerId));
}

/**
 * Whether a message of the member was taken as an answer by this flow. With privacy mode off she answers with
 * plain lines, neither replies nor mentions: editing one ("Tn Joko Susilp" → "Susilo") must be told edits
 * aren't read, or she believes the typo corrected and it is booked. Her chatter, never an answer, stays unanswered.
 */
export function wasAnswer(conversation: Convo, messageId: number): boolean {
  return ANSWER_MESSAGES.get(conversation)?.has(messageId) ?? false;
}

/**
 * Why a typed line is no answer to the question open now, if it is none: `answered`, a reply to a question of
 * this flow answered before (with that answer, to show); `closed`, a reply to a question of hers from before this
 * flow started; `elsewhere`, the question waits in another forum topic (`link`, `topic`: where it is). A reply
 * to one of the question's own messages (`current`) is always its answer.
 */
export type Misplaced = { why: "answered" | "closed" | "here"; typed?: string; elsewhere?: Elsewhere };
export interface Elsewhere { link: string; topic?: string }

export async function misplacedAnswer(conversation: Convo, asked: ConvoContext, answer: ConvoContext, current: number[]): Promise<Misplaced | undefined> {
  if (!isGroup(answer)) return undefined;
  const elsewhere = otherTopic(conversation, asked, answer, current.at(-1) ?? 0);
  const target = answer.message?.reply_to_message;
  if (target?.from?.id === answer.me.id && !current.includes(target.message_id)) {
    const answered = ANSWERED.get(conversation);
    if (answered?.has(target.message_id)) return { why: "answered", typed: answered.get(target.message_id), elsewhere };
    const start = FLOW_START.get(conversation) ?? 0;
    if (target.message_id < start) {
      // Only a question of hers counts (noted when sent, foreign-replies.ts): a reply to a booking card or a
      // results list goes on as before. Read only for such a reply, so most answers cost no call.
      const chatId = answer.chat!.id;
      const userId = answer.from?.id;
      const hers = await conversation.external(async (outer) => {
        const owner = await outer.deps.messageOwners.ownerOf(chatId, target.message_id);
        return owner !== undefined && owner.id === userId && owner.question === true;
      });
      if (hers) return { why: "closed", elsewhere };
    }
  }
  return elsewhere ? { why: "here", elsewhere } : undefined;
}

/** The open question's topic when the line comes from another topic of a forum (General counts as one). */
function otherTopic(conversation: Convo, asked: ConvoContext, answer: ConvoContext, questionId: number): Elsewhere | undefined {
  // Read from the messages, not the chat's is_forum: the replay log keeps a chat's id and type only. A forum's
  // General topic has no topic mark; outside forums both have none. A tapped message without the mark may be one
  // logged before its topic was kept (slim-replay-log.ts): its topic is unknown, and nothing is said.
  const tapped = asked.message === undefined;
  if (tapped && asked.callbackQuery?.message?.is_topic_message !== true) return undefined;
  const there = topicOf(asked.msg)?.threadId;
  if (there === topicOf(answer.msg)?.threadId) return undefined;
  const chat = answer.chat!;
  // https://t.me/c/<the id without -100>/<topic>/<message>: opens the question for the group's members.
  const internal = String(chat.id).replace(/^-100/, "");
  const path = [there, questionId || undefined].filter((x) => x !== undefined).join("/");
  const topic = there === undefined ? undefined : TOPIC_NAMES.get(conversation)?.get(there);
  return { link: `https://t.me/c/${internal}/${path}`, ...(topic ? { topic } : {}) };
}

/** The line that says why nothing was taken, the open question's place named when it is in another topic. */
export function misplacedNotice(ctx: ConvoContext, m: Misplaced): string {
  const why = m.why === "answered"
    ? m.typed === undefined ? ctx.t("flow-reply-answered-already-tapped") : ctx.t("flow-reply-answered-already", { answer: escapeHtml(cutWithEllipsis(masked(m.typed), 40)) })
    : m.why === "closed" ? ctx.t("flow-reply-closed-flow") : undefined;
  const where = m.elsewhere && (m.elsewhere.topic !== undefined
    ? ctx.t("flow-waits-in-named-topic", { link: m.elsewhere.link, topic: escapeHtml(m.elsewhere.topic) })
    : ctx.t("flow-waits-in-topic", { link: m.elsewhere.link }));
  return [why, where].filter(Boolean).join("\n");
}

/** A passport or ID number typed as that answer is not repeated whole in the group: 31…01. */
const masked = (text: string) => text.trim().replace(/\s+/g, " ").replace(/\d{6,}/g, (run) => `${run.slice(0, 2)}…${run.slice(-2)}`);
