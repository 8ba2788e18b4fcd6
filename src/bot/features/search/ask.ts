import type { Conversation } from "@grammyjs/conversations";
import type { Api } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext, ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { cutWithEllipsis } from "../../../presenters/cut-text.js";
import { contactAside } from "./contact-aside.js";
import { misplacedAnswer, misplacedNotice, noteAnswered, wasAnswer } from "./answer-place.js";
import { saveDraft } from "./flow-draft.js";

export type Convo = Conversation<BotContext, ConvoContext>;
/**
 * What a step receives. A shared contact card arrives as text (its phone number, `contact: true`), so
 * the phone step reads it like a typed number and every other step answers it with its usual hint.
 */
export type Answer = { kind: "text"; text: string; contact?: true; /** In a group: neither a reply to the bot nor a mention of it (see `addressedToBot`). */ unaddressed?: true } | { kind: "button"; data: string };

/**
 * Whether a message is addressed to the bot: any message in a private chat; in a group, a reply to one
 * of its messages or a mention of it. A group bot with privacy mode off sees every member's chatter:
 * there "gak usah kak" or "ok gas" said to a colleague must not cancel or go on with her flow (the
 * strict words, "batal" or a button's own label, still do).
 */
export function addressedToBot(ctx: { chat?: { type: string }; me: { id: number; username?: string }; msg?: { text?: string; caption?: string; reply_to_message?: { from?: { id: number } } } }): boolean {
  if (ctx.chat?.type !== "group" && ctx.chat?.type !== "supergroup") return true;
  if (ctx.msg?.reply_to_message?.from?.id === ctx.me.id) return true;
  const text = (ctx.msg?.text ?? ctx.msg?.caption ?? "").toLowerCase();
  return !!ctx.me.username && text.includes(`@${ctx.me.username.toLowerCase()}`);
}

/**
 * An answer without the mention of this bot before or after it ("@AgenTiketBot Mr Ben Carter", "ben@example.com
 * @agentiketbot"): with privacy mode a mention is, with a reply, the only way a member's answer reaches the bot, and
 * it is no part of a name, an e-mail or a number. A mention of anyone else stays (it is what she typed); a mention
 * alone stays too, so it is read (and hinted at) as typed.
 */
export function withoutBotMention(text: string, username: string | undefined): string {
  if (!username) return text;
  const at = `@${username}(?![\\w])`;
  const bare = text.replace(new RegExp(`^\\s*${at}[\\s,:]*`, "i"), "").replace(new RegExp(`[\\s,]*${at}\\s*$`, "i"), "");
  return bare.trim() === "" ? text : bare;
}

/**
 * What a step's parser says about an answer: the value, or a hint to send (typed answers), or a
 * toast (buttons; e.g. a button of an older message), or nothing (keep waiting quietly).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; hint?: string; toast?: string };

export function stale(ctx: ConvoContext): Parsed<never> {
  return { ok: false, toast: ctx.t("button-stale") };
}

/**
 * A question. Text and keyboard may be given as functions: a conversation re-runs every earlier step
 * on each update (replay), and a message sent before is not sent again, so what is built only to be
 * sent (a quote's text, a month calendar) is then built only when it is actually sent.
 */
export interface Prompt {
  text: Lazy<string>;
  keyboard?: Lazy<InlineKeyboardMarkup>;
}

export type Lazy<T> = T | (() => T);
const made = <T>(value: Lazy<T>): T => (typeof value === "function" ? (value as () => T)() : value);

/**
 * "Back" typed at a step: thrown out of the step so the conversation's step machine goes one step
 * back. Only conversations that call `allowBack` get it; elsewhere the words are ordinary answers.
 */
export class GoBack {
  constructor(readonly ctx: ConvoContext) {}
}

const BACK_ALLOWED = new WeakSet<Convo>();

/** Called at the top of a conversation (on every replay) that handles `GoBack`. */
export function allowBack(conversation: Convo): void {
  BACK_ALLOWED.add(conversation);
}

/**
 * "kembali", typed in a hurry: any case, a slip ("kmbali"), "go back", with an emoji or punctuation
 * around it ("kembali 🙏", "Back."). Only the word alone: inside a longer answer it is that answer's.
 */
export const BACK_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*(?:kembali|kmbali|kembli|kmbl|balik|mundur|back|go\s+back)[\s\p{P}\p{S}\p{M}\p{Cf}]*$/iu;

function isGroup(ctx: ConvoContext): boolean {
  // A flow's updates are messages and button taps: read where they are before grammY's \`ctx.chat\`, a
  // chain of a dozen getters that every replayed step would walk again.
  const type = (ctx.update.message?.chat ?? ctx.update.callback_query?.message?.chat ?? ctx.chat)?.type;
  return type === "group" || type === "supergroup";
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
export function say(conversation: Convo, ctx: ConvoContext, text: Lazy<string>, keyboard?: Lazy<InlineKeyboardMarkup>, forceReply = false): Promise<number> {
  const send = flowMessage(ctx, text, keyboard, forceReply);
  return conversation.external(async (outer) => {
    const id = await send(outer.api);
    // A booking flow notes how far it got each time it asks, live only (flow-draft.ts): what a cancel keeps.
    await saveDraft(conversation, outer);
    return id;
  });
}

/**
 * A message of this flow, sent when the returned function is called (with the outer context's api):
 * `say` without the replay log, for messages sent from inside another external call.
 */
export function flowMessage(ctx: ConvoContext, text: Lazy<string>, keyboard?: Lazy<InlineKeyboardMarkup>, forceReply = false): (api: Api) => Promise<number> {
  return async (api) => {
    // Read and built here, inside the call a replay skips (see Prompt): a replay sends nothing.
    const group = isGroup(ctx);
    const chatId = ctx.chat!.id;
    // An edited message is answered too (the "edits aren't read" hint): it replies to the edit, like any answer.
    const anchor = ctx.message?.message_id ?? ctx.editedMessage?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
    const markup = keyboard !== undefined ? made(keyboard) : group && forceReply ? { force_reply: true as const, selective: true } : undefined;
    const msg = await api.sendMessage(chatId, made(text), {
      parse_mode: "HTML",
      reply_markup: markup,
      reply_parameters: group && anchor !== undefined ? { message_id: anchor, allow_sending_without_reply: true } : undefined,
      link_preview_options: { is_disabled: true },
    });
    return msg.message_id;
  };
}

/** Keyboards whose question may also be answered by typing: a calendar, party sizes, airport suggestions. */
const TYPED_TOO = /^c:(d|px|ap):/;

/**
 * A question: a ForceReply in groups when it has no buttons (privacy mode shows the bot only replies).
 * A question with buttons that also takes a typed answer can't be a ForceReply, so in groups a
 * selective ForceReply follows it: a privacy-mode bot sees a typed answer only as a reply.
 */
export async function sendPrompt(conversation: Convo, ctx: ConvoContext, prompt: Prompt): Promise<number> {
  if (!isGroup(ctx)) return say(conversation, ctx, prompt.text, prompt.keyboard, true);
  // In groups whether a reply prompt follows depends on the keyboard, so it is built on replays too.
  const keyboard = prompt.keyboard !== undefined ? made(prompt.keyboard) : undefined;
  const id = await say(conversation, ctx, prompt.text, keyboard, true);
  const typedToo = keyboard?.inline_keyboard.flat().some((b) => "callback_data" in b && TYPED_TOO.test(b.callback_data));
  if (typedToo) await say(conversation, ctx, ctx.t("nav-reply-here"), undefined, true);
  return id;
}

/** Kinds of messages that carry no text to read, each with its own one-line hint. */
export const MEDIA = ["voice", "audio", "video_note", "video", "photo", "sticker", "animation", "document", "location", "venue", "poll", "dice"] as const;

/** This flow's buttons start with "c:"; anything else (results lists, other features' buttons) belongs to someone else. */
const OWN_BUTTON = /^c:/;

/** Media that may carry a caption: a caption is read as the typed answer (the media itself never is). */
const CAPTIONED = ["photo", "video", "animation", "document", "audio", "voice"] as const;

function isCommand(message: { entities?: { type: string; offset: number }[]; caption_entities?: { type: string; offset: number }[] } | undefined): boolean {
  return !!(message?.entities ?? message?.caption_entities)?.some((e) => e.type === "bot_command" && e.offset === 0);
}

/**
 * /start or /help (/bantuan) while a question waits: start.ts has sent the help and passed the command
 * on, so the flow says it is still open and asks its question again (the help pushed it up).
 */
function isHelpCommand(ctx: ConvoContext): boolean {
  const m = /^\/(start|help|bantuan)(?:@(\w+))?\s*$/i.exec(ctx.message?.text ?? "");
  return !!m && (m[2] === undefined || m[2].toLowerCase() === ctx.me.username.toLowerCase());
}

/**
 * Waits for the next text or button press of this user. Whatever is not an answer for this step goes
 * on to the rest of the bot (`skip({ next: true })`): commands, other features' buttons, updates of
 * other kinds. Media and edited messages get a one-line hint and the step keeps waiting; a caption is
 * taken as the typed answer (and the hint says the media itself was not read). `repeat`: sends the
 * question again, for /start or /help typed while it waits.
 */
export async function waitAnswer(conversation: Convo, repeat?: (ctx: ConvoContext) => Promise<unknown>, heard?: (text: string) => boolean): Promise<{ answer: Answer; ctx: ConvoContext }> {
  for (;;) {
    const ctx = await waitInTime(conversation);
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) {
      if (OWN_BUTTON.test(data)) return { answer: { kind: "button", data }, ctx };
      await conversation.skip({ next: true });
    }
    if (ctx.editedMessage) {
      // In a group that shows the bot every message, a member correcting a typo in their chatter is not
      // editing an answer: only an edit addressed to the bot gets the hint, as for typed lines.
      // A line plainly meant for the question (`heard`: "DSP" corrected to "DPS") is told so as well, and so is
      // a plain line this flow took as an answer (answer-place.ts): the edit would otherwise seem to correct it.
      const edited = ctx.editedMessage;
      if (addressedToBot(ctx) || heard?.(withoutBotMention(edited.text ?? edited.caption ?? "", ctx.me.username)) || wasAnswer(conversation, edited.message_id)) await say(conversation, ctx, ctx.t("nav-edited"), undefined, true);
      continue;
    }
    const message = ctx.message;
    if (!message) await conversation.skip({ next: true });
    if (isHelpCommand(ctx)) {
      await (repeat ? repeat(ctx) : say(conversation, ctx, ctx.t("flow-still-open"), undefined, true));
      continue;
    }
    const captioned = CAPTIONED.find((m) => message![m] !== undefined);
    const caption = captioned && message!.caption?.trim() ? message!.caption : undefined;
    const typed = message!.text ?? caption;
    const text = typed === undefined ? undefined : withoutBotMention(typed, ctx.me.username);
    if (text !== undefined) {
      // A command is never an answer: it goes on to its handler (a new /cari starts over).
      if (isCommand(message)) await conversation.skip({ next: true });
      if (caption !== undefined) await say(conversation, ctx, captionRead(ctx, captioned!, caption), undefined, true);
      if (BACK_ALLOWED.has(conversation) && BACK_WORD.test(text)) throw new GoBack(ctx);
      return { answer: { kind: "text", text, ...(addressedToBot(ctx) || heard?.(text) ? {} : { unaddressed: true as const }) }, ctx };
    }
    if (message!.contact) return { answer: { kind: "text", text: message!.contact.phone_number, contact: true }, ctx };
    const media = MEDIA.find((m) => message![m] !== undefined);
    if (media) {
      await say(conversation, ctx, ctx.t("nav-media", { kind: media }), undefined, true);
      continue;
    }
    // Service messages (members joining, pins…) are not for this flow.
    await conversation.skip({ next: true });
  }
}

/**
 * The line under an answer read from a caption. A caption at a passenger question is personal data
 * (a name with its NIK, birth date, passport): in a group it is never repeated, only said to be read;
 * in the private chat it is echoed with its long digit runs masked, enough to recognise the answer.
 */
function captionRead(ctx: ConvoContext, kind: string, caption: string): string {
  if (isGroup(ctx)) return ctx.t("flow-caption-read-group", { kind });
  const masked = maskedDigits(caption);
  return ctx.t("flow-caption-read", { kind, caption: escapeHtml(cutWithEllipsis(masked, 61)) });
}

/** Runs of 6 or more digits (an ID or phone number, a passport's digits) shown by their ends only: 31…01. */
export function maskedDigits(text: string): string {
  return text.replace(/\d{6,}/g, (run) => `${run.slice(0, 2)}…${run.slice(-2)}`);
}

const LAST_SEEN = new WeakMap<Convo, number>();

/** Updates that came too late for the flow they were meant for (see `waitInTime`; read by the exit hook). */
const LATE = new WeakSet<object>();

/** The update ended its flow by coming too late, and was not used: the exit hook says so, once. */
export function cameTooLate(ctx: object): boolean {
  return LATE.has(ctx);
}

const ON_TIMEOUT = new WeakMap<Convo, (outer: BotContext) => Promise<void>>();

/**
 * Called at the top of a conversation (on every replay): what to undo when the flow times out, run
 * once with the outer context before the flow halts (e.g. a private-details link that must go dead).
 */
export function onTimeout(conversation: Convo, cleanUp: (outer: BotContext) => Promise<void>): void {
  ON_TIMEOUT.set(conversation, cleanUp);
}

/**
 * `conversation.wait()` with the flow's timeout measured from the previous update: one clock reading
 * per update in the replay log instead of the plugin's two (one when a wait is reached, one when the
 * update arrives). Too late, the conversation halts. A command or another feature's button (a new
 * /cari, a flight tapped on the list) is still done as asked, quietly; anything meant as an answer to
 * the old question is not used, and the exit hook sends the one notice that says so and offers the
 * way back (create-bot.ts, `timeoutNotice` in results-actions.ts). Nothing else answers that update.
 */
async function waitInTime(conversation: Convo): Promise<ConvoContext> {
  let since = LAST_SEEN.get(conversation);
  if (since === undefined) LAST_SEEN.set(conversation, (since = await conversation.now()));
  const ctx = await conversation.wait({ maxMilliseconds: undefined });
  const now = await conversation.now();
  if (now - since >= ctx.deps.settings.conversationTimeoutMs) {
    const data = ctx.callbackQuery?.data;
    const passOn = (data !== undefined && !OWN_BUTTON.test(data)) || (isCommand(ctx.message) && !isHelpCommand(ctx));
    const cleanUp = ON_TIMEOUT.get(conversation);
    // Reached only live, at the update that ends the flow: a halted flow is never replayed again.
    if (!passOn || cleanUp) {
      await conversation.external(async (outer) => {
        if (!passOn) LATE.add(outer);
        await cleanUp?.(outer);
      });
    }
    await conversation.halt({ next: passOn });
  }
  LAST_SEEN.set(conversation, now);
  return ctx;
}

/**
 * Asks until the answer parses. Buttons are answered at once (Telegram shows a spinner until then);
 * a button from an older message gets a short toast instead of derailing the step.
 */
export async function ask<T>(conversation: Convo, ctx: ConvoContext, prompt: Prompt, parse: (a: Answer) => Parsed<T> | Promise<Parsed<T>>, options: AskOptions = {}): Promise<{ value: T; ctx: ConvoContext; promptId: number }> {
  const promptId = await sendPrompt(conversation, ctx, prompt);
  return askAgain(conversation, ctx, promptId, parse, { ...options, prompt });
}

export interface AskOptions {
  /**
   * Buttons count only on the prompt's own message. For choices whose data names no flight or price
   * ("book", "book at the new price", "continue"); self-describing buttons (a date, an airport) and
   * buttons sent again on another message (the group's "Continue" after private details) don't need it.
   */
  onlyFromPrompt?: boolean;
  /** The question, asked again (under a line saying the flow is still open) when /start or /help comes meanwhile. */
  prompt?: Prompt;
  /**
   * In a group that shows the bot every message: a line of the member's own, neither a reply to the bot nor a
   * mention of it, that is still plainly meant for this question (an airport code mistyped at the place question,
   * the customer's contact at the 🔒 prompt, a booking code at a name question). Read and answered as a reply
   * is, its edit told edits aren't read; any other such line stays chatter, unanswered.
   */
  heard?: (text: string) => boolean;
}

export async function askAgain<T>(conversation: Convo, ctx: ConvoContext, promptId: number, parse: (a: Answer) => Parsed<T> | Promise<Parsed<T>>, options: AskOptions = {}): Promise<{ value: T; ctx: ConvoContext; promptId: number }> {
  // The question's messages: the first, and the copies sent again after /help (their buttons count the same).
  const prompts = [promptId];
  const { prompt } = options;
  const repeat = prompt && (async (at: ConvoContext) => {
    prompts.push(await sendPrompt(conversation, at, { text: () => `${at.t("flow-still-open-question")}\n\n${made(prompt.text)}`, keyboard: prompt.keyboard }));
  });
  // Hints sent under the question: a reply to one answers the question too.
  const hints: number[] = [];
  // Forum topics told already where the question waits: chatter there (privacy mode off) is told once.
  const told = new Set<number | undefined>();
  for (;;) {
    const { answer, ctx: answerCtx } = await waitAnswer(conversation, repeat, options.heard);
    // In a group: a line from another topic, or a reply to an earlier question, is no answer (answer-place.ts).
    const misplaced = answer.kind === "text" ? await misplacedAnswer(conversation, ctx, answerCtx, [promptId, ...prompts, ...hints]) : undefined;
    if (misplaced) {
      const topic = answerCtx.msg?.message_thread_id;
      if (misplaced.why === "here" && answer.kind === "text" && answer.unaddressed && told.has(topic)) continue;
      told.add(topic);
      const notice = misplacedNotice(answerCtx, misplaced);
      // Here, the question is asked again under the notice (a reply to it answers it); in another topic only pointed at.
      if (misplaced.elsewhere) await say(conversation, answerCtx, notice);
      else if (prompt) prompts.push(await sendPrompt(conversation, answerCtx, { text: () => `${notice}\n${answerCtx.t("flow-reply-now-asking")}\n\n${made(prompt.text)}`, keyboard: prompt.keyboard }));
      else hints.push(await sendPrompt(conversation, answerCtx, { text: `${notice}\n${answerCtx.t("flow-reply-open-question")}` }));
      continue;
    }
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
    // A choice answers only the question it came with. "Book at the new price" on an earlier price
    // change, or "Book" on the summary of an earlier flow, carries no price or flight of its own: taken
    // as an answer here it would book what the agent never saw.
    const tappedOn = answerCtx.callbackQuery?.message?.message_id;
    // Any button on a message older than the question belongs to an earlier question or flow: a date
    // or an airport tapped there was chosen for another search, not this one.
    const older = tappedOn !== undefined && tappedOn < promptId;
    if (answer.kind === "button" && (older || (options.onlyFromPrompt && tappedOn !== undefined && !prompts.includes(tappedOn)))) {
      await answerCtx.answerCallbackQuery({ text: answerCtx.t("button-stale") });
      continue;
    }
    // The customer's e-mail and phone pasted with a passenger's answer are kept for the contact question (contact-aside.ts).
    const aside = answer.kind === "text" && !answer.contact && !answer.unaddressed ? contactAside(conversation, answerCtx, answer.text) : undefined;
    if (aside?.rest === "" && prompt) {
      // Only the contact, at a question that wants something else: said kept, and the question asked again.
      prompts.push(await sendPrompt(conversation, answerCtx, { text: () => `${aside.note}\n\n${made(prompt.text)}`, keyboard: prompt.keyboard }));
      continue;
    }
    // With no question to repeat, the line itself is read as before ("tap Continue"), under the kept note.
    const result = await parse(aside && aside.rest !== "" ? { kind: "text", text: aside.rest } : answer);
    if (answer.kind === "button") {
      await answerCtx.answerCallbackQuery(!result.ok && result.toast ? { text: result.toast } : undefined);
    }
    if (result.ok) {
      if (aside) await say(conversation, answerCtx, aside.note);
      noteAnswered(conversation, [promptId, ...prompts, ...hints], answer.kind === "text" ? answer.text : undefined, answer.kind === "text" ? answerCtx.message?.message_id : undefined);
      return { value: result.value, ctx: answerCtx, promptId: prompts.at(-1)! };
    }
    // A group where the bot reads every message: a line that neither replies to it nor mentions it and is no
    // answer is the member talking with colleagues. A hint for each would flood the group; a reply gets one.
    const hint = aside ? [aside.note, result.hint].filter(Boolean).join("\n\n") : result.hint;
    if (hint && !(answer.kind === "text" && answer.unaddressed)) hints.push(await sendPrompt(conversation, answerCtx, { text: hint }));
  }
}
