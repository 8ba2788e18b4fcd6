import { createConversation, type Conversation } from "@grammyjs/conversations";
import { autoRetry } from "@grammyjs/auto-retry";
import { harmlessRefusals } from "../../../telegram/harmless-refusals.js";
import { callbackAnswerLimit } from "../../../telegram/callback-answer-limit.js";
import { placeAnswers } from "../../middlewares/answers-in-place.js";
import { type NextFunction } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import type { BotContext, ConvoContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import type { I18n } from "@grammyjs/i18n";
import { parseQuickForm } from "./quick-form.js";
import { searchWithDetails } from "../../../domain/search-with-details.js";
import { flowI18n } from "../../flow-i18n.js";
import { SEARCH_CONVERSATION, searchConversation } from "./search-conversation.js";
import { PERSONAL_DATA_START } from "./personal-data.js";
import { PERSONAL_DATA_CONVERSATION, personalDataConversation } from "./personal-data-conversation.js";
import { answeredAsOthersLink } from "./personal-data-link.js";
import { BOOKING_CONVERSATION, bookingConversation } from "./booking-conversation.js";
import { resultsActions, type Enter } from "./results-actions.js";
import { asCommand, newSearchFeature } from "./new-search.js";
import { statusAsideFeature } from "./status-aside.js";
import { noteFlowUpdate } from "./answer-place.js";
import { undoCancelActions } from "./undo-cancel.js";
import { offerReturnAfterBooking, partyForReturn, returnTripActions } from "./return-trip.js";

/** Each run (and replay) of a conversation reads its language once; see the plugins below. */
const LOCALES = new WeakMap<Conversation<BotContext, ConvoContext>, string>();

/**
 * A new flow replaces the one in progress without a timeout notice, and a flow cancelled before it is no
 * longer offered back (its ↩️ Resume answers as an expired button, as the timeout notice's do once a new list replaced theirs).
 */
async function leaveCurrent(ctx: BotContext): Promise<void> {
  ctx.cancelling = true;
  await ctx.conversation.exitAll();
  ctx.cancelling = false;
  if (ctx.chat && ctx.from) await ctx.deps.cancelledFlows.forget(ctx.chat.id, ctx.from.id);
}

/** /cari, and a search typed in words without it (typed-requests.ts): the same start. */
export async function startSearch(ctx: BotContext, quickForm: string): Promise<void> {
  await leaveCurrent(ctx);
  // A customer's request pasted whole: the trip is searched, its passengers' and contact lines kept for the booking.
  const split = searchWithDetails(quickForm);
  if (split) await ctx.conversation.enter(SEARCH_CONVERSATION, parseQuickForm(split.search), null, split.details);
  else await ctx.conversation.enter(SEARCH_CONVERSATION, parseQuickForm(quickForm));
}

/** /cari itself: also what a whole search typed at a results list runs (results-actions.ts). */
const SEARCH_COMMAND = newSearchFeature(startSearch);

const enter: Enter = {
  search: async (ctx, resume) => {
    await leaveCurrent(ctx);
    await ctx.conversation.enter(SEARCH_CONVERSATION, {}, resume);
  },
  booking: async (ctx, sid, index, kept) => {
    // A flight of the return's search, after its outbound was booked: that booking's passengers are offered
    // (unless passengers given here already come back with ↩️ Resume).
    const offered = kept?.passengers ? undefined : await partyForReturn(ctx, sid);
    // Passengers and contact pasted under this list's search ("cgk dps besok 2 dewasa\nTn Budi…"): the first name question reads them.
    const pasted = kept?.passengers || offered || !ctx.chat || !ctx.from ? undefined : await ctx.deps.pastedDetails.take(ctx.chat.id, ctx.from.id, sid);
    await leaveCurrent(ctx);
    // Only a resumed booking (or a return's, or one with pasted passengers) carries more: the others' arguments stay as they were.
    const more = pasted ? [kept ?? null, null, pasted] : offered ? [kept ?? null, offered] : kept ? [kept] : [];
    await ctx.conversation.enter(BOOKING_CONVERSATION, sid, index, ...more);
  },
  typed: (ctx, line) => asCommand(SEARCH_COMMAND, ctx, `/cari ${line}`),
};

/**
 * The search command and its conversation. Inside conversations, outer plugins and API transformers
 * don't apply (grammy-stack §1.11): deps, i18n (with the session's locale) and auto-retry are
 * installed again as conversation plugins.
 */
export function searchFeature(deps: BotDeps, i18n: I18n<BotContext>) {
  const composer = new LeanComposer<BotContext>();
  const plugins = (conversation: Conversation<BotContext, ConvoContext>) => [
    async (ctx: ConvoContext, next: NextFunction) => {
      ctx.deps = deps;
      ctx.log = deps.logger;
      ctx.api.config.use(autoRetry(deps.settings.autoRetry), harmlessRefusals(), callbackAnswerLimit());
      placeAnswers(ctx);
      // The language is read once, when the conversation starts, and kept for its steps: one entry in
      // the replay log instead of one per update (a /language change applies from the next flow on).
      // flowI18n below translates in it: every step replayed would otherwise negotiate it again
      // (in groups a Redis read of the chat's settings per replayed step).
      let locale = LOCALES.get(conversation);
      // A flow entered from another one's results (a flight, another day) speaks that flow's language.
      if (locale === undefined) LOCALES.set(conversation, (locale = await conversation.external((outer) => outer.flowLocale ?? outer.i18n.getLocale())));
      ctx.flowLocale = locale;
      // Where the flow started and the topics it was in: a line meant for another flow or topic is told so (answer-place.ts).
      noteFlowUpdate(conversation, ctx);
      await next();
    },
    flowI18n(i18n, deps.settings.defaultLocale),
  ];
  const options = { maxMillisecondsToWait: deps.settings.conversationTimeoutMs, plugins };
  // Around the flows: a return typed with the search goes on the outbound's booking card once it is booked.
  composer.use(offerReturnAfterBooking);
  // Ahead of the conversations: a booking's status asked in words is answered without touching the open question.
  composer.use(statusAsideFeature);
  composer.use(createConversation<BotContext, ConvoContext>(searchConversation, { id: SEARCH_CONVERSATION, ...options }));
  // Booking one flight is its own conversation, entered from the results (results-actions.ts).
  composer.use(createConversation<BotContext, ConvoContext>(bookingConversation, { id: BOOKING_CONVERSATION, ...options }));
  // Personal details of a group booking, given in the private chat (a member's flow in the group waits meanwhile).
  composer.use(createConversation<BotContext, ConvoContext>(personalDataConversation, { id: PERSONAL_DATA_CONVERSATION, ...options }));
  composer.chatType("private").command("start", async (ctx, next) => {
    if (!ctx.match.startsWith(PERSONAL_DATA_START)) return next();
    const token = ctx.match.slice(PERSONAL_DATA_START.length);
    if (await answeredAsOthersLink(ctx, token)) return;
    await leaveCurrent(ctx);
    await ctx.conversation.enter(PERSONAL_DATA_CONVERSATION, token);
  });
  composer.use(SEARCH_COMMAND);
  // The results list: its buttons and what is typed at it (no conversation waits there).
  composer.use(resultsActions(enter));
  // ↩️ Resume on the answer to a cancel: after the conversations, which it may enter again.
  composer.use(undoCancelActions((ctx, sid, index, kept) => enter.booking(ctx, sid, index, kept)));
  // 🔁 Search the return on a booking card, and "pulangnya" typed after the booking.
  composer.use(returnTripActions(enter.search));
  return composer;
}
