import { InlineKeyboard, type NextFunction } from "grammy";
import type { Message } from "grammy/types";
import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { actorOf } from "../actor.js";
import { readTypedRequest, type TypedRequest } from "../../domain/typed-request.js";
import { searchWithDetails } from "../../domain/search-with-details.js";
import { isPayable } from "../../domain/booking.js";
import type { ProviderId } from "../../domain/flight.js";
import { bookingOfCard, recentBookings } from "../../services/chat-bookings.js";
import { bookingStatus } from "../../services/booking-status.js";
import { confirmationsOnScreen } from "../../services/issue-request.js";
import { bookingActionData, parseBookingAction } from "../../presenters/booking-keyboard.js";
import { statusLabel } from "../../presenters/booking-card.js";
import { deadline, localeOf, providerName } from "../../presenters/format.js";
import { escapeHtml } from "../../presenters/html.js";
import { anonymousSendersFeature } from "./anonymous-senders.js";
import { refuseNotFound, statusFeature } from "./booking/status.js";
import { issueFeature } from "./booking/issue.js";
import { offerPayable } from "./booking/code-offers.js";
import { ticketFeature } from "./booking/ticket.js";
import { askForIssue } from "./booking/issue-ask.js";
import { asksSomeoneToIssue } from "../../domain/issue-ask-words.js";
import { balanceFeature } from "./booking/balance.js";
import { newSearchFeature } from "./search/new-search.js";
import { startSearch } from "./search/index.js";

/**
 * The commands typed words stand for, with what runs ahead of them for a typed command (a group's
 * anonymous sender is turned away from a search or an issue). Their handlers are the one place each
 * answer is written: words run them as if the command had been typed.
 */
const COMMANDS = new LeanComposer<BotContext>(anonymousSendersFeature, statusFeature, balanceFeature, issueFeature, ticketFeature, newSearchFeature(startSearch));

/**
 * The update seen as if `line` ("/cek ABC123", "/cari jkt bali bsk") had been typed instead, for the
 * command handlers above; everything else (who, where, the reply anchor, session, language) is the update's.
 */
async function runAs(ctx: BotContext, line: string, next: NextFunction): Promise<void> {
  const command = line.split(" ", 1)[0]!;
  const message = { ...ctx.message!, text: line, entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] };
  const view = Object.create(ctx, { update: { value: { ...ctx.update, message } } }) as BotContext;
  await COMMANDS.middleware()(view, next);
}

const COMMAND_OF = { status: "/cek", issue: "/issued", ticket: "/etiket" } as const;
const ACTION_OF = { status: "s", issue: "i", ticket: "t" } as const;
/** How many of the chat's newest bookings are offered when the words name none. */
const OFFERED = 6;

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** In a group, the answer replies to the member's message: several members' requests stay apart. */
const anchored = (ctx: BotContext) => (isGroup(ctx) ? { reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true } } : {});

/** The booking of the bot's message replied to: its buttons name it (a card, a reminder, a status), else the card's record. */
async function bookingRepliedTo(ctx: BotContext): Promise<{ code: string; provider: ProviderId } | undefined> {
  const target: Message | undefined = ctx.message?.reply_to_message;
  if (!target || target.from?.id !== ctx.me.id) return undefined;
  for (const b of target.reply_markup?.inline_keyboard.flat() ?? []) {
    const parsed = "callback_data" in b && b.callback_data ? parseBookingAction(b.callback_data) : undefined;
    if (parsed) return { code: parsed.code, provider: parsed.provider };
  }
  const record = await bookingOfCard(ctx.deps, actorOf(ctx), target.message_id);
  return record && { code: record.booking.code, provider: record.booking.provider };
}

/**
 * The words addressed to the bot, and the booking a group reply stands for: a private chat's words; in a
 * group, a message that mentions the bot (the mention left out), or a reply to one of its messages (a
 * booking card, a reminder, a status or an issue confirmation standing for their booking). A reply that
 * came this far answers no open question (the flows and a colleague's question took theirs before): when
 * it is a whole request it is that request, else it is told it answers nothing open (unhandled.ts).
 * Other group messages are not read here: chatter stays chatter.
 */
async function addressed(ctx: BotContext): Promise<{ text: string; card?: { code: string }; mentioned?: boolean } | undefined> {
  const text = ctx.message?.text ?? "";
  const card = ctx.message?.reply_to_message ? await bookingRepliedTo(ctx) : undefined;
  if (ctx.chat?.type === "private") return { text, card };
  const name = ctx.me.username;
  if (name && new RegExp(`@${name}\\b`, "i").test(text)) return { text: text.replace(new RegExp(`@${name}\\b`, "gi"), " ").trim(), card, mentioned: true };
  return card || ctx.message?.reply_to_message?.from?.id === ctx.me.id ? { text, card } : undefined;
}

/** Typed at an open issue confirmation: which button confirms it (words never pay). */
async function pointAtConfirmation(ctx: BotContext): Promise<boolean> {
  const shown = await confirmationsOnScreen(ctx.deps, actorOf(ctx));
  if (shown.length === 0) return false;
  const repliedTo = ctx.message?.reply_to_message?.message_id;
  const open = shown.find((s) => s.messageId === repliedTo) ?? shown.reduce((a, b) => (b.messageId > a.messageId ? b : a));
  await ctx.reply(ctx.t("typed-tap-to-confirm", {
    code: escapeHtml(open.code), confirm: ctx.t("issue-confirm-button", { amount: "" }).trim(), cancel: ctx.t("cancel-button"),
  }), { parse_mode: "HTML", reply_parameters: { message_id: open.messageId, allow_sending_without_reply: true } });
  return true;
}

/** Status, issue or e-ticket of the booking the words mean: named, replied to, or just made; else which one is asked. */
async function bookingCommand(ctx: BotContext, kind: "status" | "issue" | "ticket", code: string | undefined, next: NextFunction, ordinal = false): Promise<void> {
  if (code) return runAs(ctx, `${COMMAND_OF[kind]} ${code}`, next);
  const recent = await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), OFFERED);
  // "issued yg pertama": one of several by its place, which the one just made may not be: asked with buttons.
  if (recent.justMade && !(ordinal && recent.newest.length > 1)) return runAs(ctx, `${COMMAND_OF[kind]} ${recent.justMade.booking.code}`, next);
  // No bookings here (or someone outside the group): what the command without a code answers, taking the code typed next.
  if (recent.newest.length === 0) return runAs(ctx, COMMAND_OF[kind], next);
  // To pay: only what /issued without a code offers (an issue whose outcome is unclear is no button to pay again).
  if (kind === "issue") return offerPayable(ctx, ctx.t("typed-which-booking", { action: kind }));
  const kb = new InlineKeyboard();
  recent.newest.forEach((r, i) => {
    const b = r.booking;
    kb.text(`${b.code} · ${b.from}→${b.to}`, bookingActionData(ACTION_OF[kind], b.provider, b.code));
    if (i % 2 === 1) kb.row();
  });
  await ctx.reply(ctx.t("typed-which-booking", { action: kind }), { parse_mode: "HTML", reply_markup: kb, ...anchored(ctx) });
}

/**
 * Cancelling, rescheduling, refunds and name fixes are not done here: said plainly, for the booking meant
 * when one is (found through the status use case, so another chat's code reads like an unknown one).
 */
async function notDoneHere(ctx: BotContext, request: Extract<TypedRequest, { kind: "cancel" | "change" }>, code: string | undefined): Promise<void> {
  const what = request.kind === "cancel" ? "cancel" : request.what;
  const general = () => ctx.reply(ctx.t("typed-not-here-general", { what }), { parse_mode: "HTML", ...anchored(ctx) });
  if (!code) {
    const { justMade } = await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), 1);
    if (!justMade) return void (await general());
    code = justMade.booking.code;
  }
  await ctx.replyWithChatAction("typing");
  const o = await bookingStatus(ctx.deps, actorOf(ctx), code);
  // In a group the refusal replies to her message, as the answers below do.
  if (o.kind !== "own" && o.kind !== "outside") return refuseNotFound(ctx, o);
  const provider = providerName(o.kind === "own" ? o.record.booking.provider : o.provider);
  const payBefore = o.kind === "own" && isPayable(o.status) ? escapeHtml(deadline(o.record.booking.timelimit, localeOf(ctx), ctx.deps.settings.timeZone)) : "none";
  // A cancelled booking may still have a refund coming: only the other requests are over with it.
  const ended = (o.status === "cancel" || o.status === "expired") && what !== "refund";
  const state = o.status === "issued" ? "issued" : isPayable(o.status) ? "waiting" : ended ? "ended" : "other";
  await ctx.reply(ctx.t("typed-not-here", { what, state, code: escapeHtml(code), provider, deadline: payBefore, status: statusLabel(ctx.t.bind(ctx), o.status) }).trim(), {
    parse_mode: "HTML", ...anchored(ctx),
  });
}

/**
 * What an agent types outside any question, read for what it asks (src/domain/typed-request.ts) and
 * answered by the command that does it: "cek ABC123", "issued dong", "saldo brp", "cariin tiket jkt
 * bali bsk 2 org". Registered after every flow and the code typed alone, before the way in (unhandled.ts):
 * only text nothing else took. Paying still takes the confirmation's tap.
 */
export const typedRequestsFeature = new LeanComposer<BotContext>();

typedRequestsFeature.on("message:text", async (ctx, next) => {
  const words = await addressed(ctx);
  if (words === undefined || words.text.startsWith("/")) return next();
  // A customer's request pasted whole ("cgk dps besok 2 dewasa\nTn Budi Santoso\n…"): its first lines are the request.
  const pasted = searchWithDetails(words.text);
  const request = readTypedRequest(pasted?.search ?? words.text);
  // "ya", "ok", "gas", "issued", "jgn dulu" at an open confirmation: its buttons answer it, words don't.
  const couldAnswer = !request || request.kind === "answer" || (request.kind === "issue" && !request.code);
  if (couldAnswer && (await pointAtConfirmation(ctx))) return;
  if (!request || request.kind === "answer") {
    // In a group, chatter replying to a booking card ("mantap, makasih bu Rina") answers no question: it stays
    // chatter; with a mention, the way in (unhandled.ts would call it a reply to a closed question).
    if (isGroup(ctx) && words.card) {
      if (words.mentioned) await ctx.reply(ctx.t("unhandled"), { parse_mode: "HTML", ...anchored(ctx) });
      return;
    }
    return next();
  }
  switch (request.kind) {
    case "thanks":
      return void (await ctx.reply(ctx.t("typed-thanks"), { parse_mode: "HTML", ...anchored(ctx) }));
    case "balance":
      return runAs(ctx, "/saldo", next);
    case "search":
      // The passengers and contact pasted under it go along, kept for the booking (search/index.ts startSearch).
      return runAs(ctx, `/cari ${request.text}${pasted ? `\n${pasted.details}` : ""}`.trim(), next);
    case "issue":
      // "minta issue ABC123" from a member who may not spend goes to the group's issuers at once (issue-ask.ts);
      // someone who may pay it gets the confirmation, as "/issued ABC123" would.
      if (request.code && !request.codes && isGroup(ctx) && asksSomeoneToIssue(words.text)) {
        const code = request.code;
        return askForIssue(ctx, code, undefined, () => runAs(ctx, `${COMMAND_OF.issue} ${code}`, next));
      }
    // falls through
    case "status":
    case "ticket":
      // Two different codes ("cek Z7A9DN atau K2L8PQ"): answered as "/cek Z7A9DN K2L8PQ" is (each status; issuing asks which).
      if (request.codes) return runAs(ctx, `${COMMAND_OF[request.kind]} ${request.codes.join(" ")}`, next);
      return bookingCommand(ctx, request.kind, request.code ?? words.card?.code, next, request.ordinal === true);
    case "cancel":
    case "change":
      return notDoneHere(ctx, request, request.code ?? words.card?.code);
  }
});
