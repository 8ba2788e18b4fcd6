import type { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import type { FlowDraft } from "../../../store/cancelled-flows.js";
import type { Contact, PassengerInput } from "../../../domain/passenger.js";
import { actorOf } from "../../actor.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { tappedHas } from "../../tapped-keyboard.js";
import { cb, parseUndo } from "./callback-data.js";
import { drawResults } from "./results-step.js";
import { BOOKING_CONVERSATION } from "./booking-conversation.js";

/** What a resumed booking starts with: the passengers and contact given before the cancel, and the card's total agreed then. */
export type KeptDetails = { passengers?: PassengerInput[]; contact?: Contact; agreed?: number };

/**
 * A cancel by mistake (/batal, "gk jd deh", ✖️ at the summary) must not cost a busy agent everything typed.
 * When the member had something worth keeping (a results list on screen, maybe a flight being booked with
 * its passengers and contact), it is kept for as long as the list lives (TTL.search, as the timeout
 * notice's way back) under a token its ↩️ Resume button carries. Called before the flow is ended and the
 * list cleared. `draft`: the booking flow's own (a cancel inside it); by default the one it noted in Redis
 * as it asked, if a booking flow is open. The token, or nothing worth keeping.
 */
export async function keepForUndo(ctx: BotContext, draft?: FlowDraft): Promise<string | undefined> {
  if (!ctx.chat || !ctx.from) return undefined;
  const [chatId, userId] = [ctx.chat.id, ctx.from.id];
  const board = await ctx.deps.searches.board(chatId, userId);
  const entry = board && (await ctx.deps.searches.get(board.sid, chatId));
  if (!board || !entry || entry.offers.length === 0) return undefined;
  if (!draft && BOOKING_CONVERSATION in (await ctx.conversation.active())) draft = await ctx.deps.cancelledFlows.draft(chatId, userId);
  // A draft of another list (a day searched inside the booking since) is not this list's flight.
  const kept = draft?.sid === board.sid ? draft : undefined;
  return ctx.deps.cancelledFlows.keep(chatId, userId, { board: { sid: board.sid, messageId: board.messageId, view: board.view, ...(board.locale && { locale: board.locale }) }, ...(kept && { draft: kept }) });
}

/** The cancel's answer carries this: one tap back. */
export function undoKeyboard(t: (key: string) => string, token: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: t("cancel-undo"), callback_data: cb.undo(token) }]] };
}

export type EnterKept = (ctx: BotContext, sid: string, index: number, kept: KeptDetails) => Promise<void>;

/**
 * ↩️ Resume: the flight being booked opened again (its price and seats checked afresh, as the timeout
 * notice's 🔁 does) with the passengers and contact kept, so the summary comes right after ✅ Continue; or,
 * with no flight picked, the list again in the tapped message. Only the member who cancelled, in that chat,
 * and once: anyone else, another chat, made-up data, a second tap, a flow kept longer than its list, or one
 * replaced by a new search gets what an expired button gets.
 */
export function undoCancelActions(enterBooking: EnterKept): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  composer.callbackQuery(/^uc:/, async (ctx) => {
    const stale = async () => void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    const token = parseUndo(ctx.callbackQuery.data);
    // This very button, not just any Resume: another member's own token sent on Ben's "Cancelled" would
    // otherwise draw her list over his message (or use up his button).
    if (!token || !ctx.chat || !tappedHas(ctx, cb.undo(token))) return stale();
    if (await ctx.deps.access.outsider(actorOf(ctx))) return stale();
    const kept = await ctx.deps.cancelledFlows.take(ctx.chat.id, ctx.from.id, token);
    const entry = kept && (await ctx.deps.searches.get(kept.board.sid, ctx.chat.id));
    if (!kept || !entry) return stale();
    speakAsFlow(ctx, kept.board.locale);
    await ctx.answerCallbackQuery();
    const draft = kept.draft;
    if (draft?.index !== undefined && entry.offers[draft.index]) {
      // Used: the button goes (the "Cancelled" line stays as it was said).
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...kept.board, picked: { index: draft.index, at: ctx.deps.now().getTime() } });
      return enterBooking(ctx, draft.sid, draft.index, { ...(draft.passengers && { passengers: draft.passengers }), ...(draft.contact && { contact: draft.contact }), ...(draft.total !== undefined && { agreed: draft.total }) });
    }
    // The answer becomes the list, as the timeout notice's 📋 does.
    if (!(await drawResults(ctx, kept.board.sid, kept.board.view, { messageId: ctx.callbackQuery.message?.message_id }))) await ctx.reply(ctx.t("search-expired"));
  });
  return composer;
}
