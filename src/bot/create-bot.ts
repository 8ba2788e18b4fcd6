import { conversations } from "@grammyjs/conversations";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, SessionData } from "./context.js";
import type { BotDeps } from "./deps.js";
import { createI18n } from "./i18n.js";
import { LeanComposer } from "./lean-composer.js";
import { botApiFetch } from "../telegram/bot-api-fetch.js";
import { harmlessRefusals } from "../telegram/harmless-refusals.js";
import { callbackAnswerLimit } from "../telegram/callback-answer-limit.js";
import { upgradedChats } from "../telegram/upgraded-chats.js";
import { upgradeGroup } from "./upgrade-group.js";
import { answersInPlace } from "./middlewares/answers-in-place.js";
import { attachDeps } from "./middlewares/attach-deps.js";
import { claimUpdate } from "./middlewares/claim-update.js";
import { commandCase } from "./middlewares/command-case.js";
import { createErrorHandler } from "./middlewares/error-handler.js";
import { outsiderFlowTaps } from "./middlewares/outsider-flow-taps.js";
import { upgradedGroupTaps } from "./middlewares/upgraded-group-taps.js";
import { balanceFeature } from "./features/booking/balance.js";
import { bookingsFeature } from "./features/booking/bookings-list.js";
import { issueFeature } from "./features/booking/issue.js";
import { statusFeature } from "./features/booking/status.js";
import { ticketFeature } from "./features/booking/ticket.js";
import { stopRemindersFeature } from "./features/booking/stop-reminders.js";
import { anonymousSendersFeature } from "./features/anonymous-senders.js";
import { cancelFeature } from "./features/cancel.js";
import { chatLifecycleFeature } from "./features/chat-lifecycle.js";
import { languageFeature } from "./features/language.js";
import { foreignRepliesFeature, noteGroupMessageOwners } from "./features/foreign-replies.js";
import { searchFeature } from "./features/search/index.js";
import { cameTooLate } from "./features/search/ask.js";
import { timeoutNotice } from "./features/search/results-actions.js";
import { startFeature } from "./features/start.js";
import { settingsFeature } from "./features/settings/index.js";
import { noteSeenMember } from "./features/settings/seen-members.js";
import { inlineFeature } from "./features/inline/index.js";
import { unhandledFeature } from "./features/unhandled.js";
import { typedRequestsFeature } from "./features/typed-requests.js";
import { outsiderFlowsFeature } from "./features/outsider-flows.js";
import { privateDetailsAsideFeature } from "./features/private-details-aside.js";
import { flowRequestAsideFeature } from "./features/flow-request-aside.js";
import { awaitedCodeFeature, bareCodeFeature, commandEndsAwaitedCode } from "./features/booking/bare-code.js";
import { accountFeature } from "./features/account/index.js";
import { approvalFeature } from "./features/approval.js";
import { customerCardFeature } from "./features/customer-card/index.js";
import { fareCalendarDayFeature, fareCalendarFeature } from "./features/fare-calendar/index.js";
import { digestSettingsFeature } from "./features/settings/digest-settings.js";
import { digestFeature } from "./features/digest/index.js";

/** Conversation state belongs to one member in one chat, so group members never share a booking flow. */
export function conversationKey(ctx: BotContext): string {
  return ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : "none";
}

export function createBot(deps: BotDeps, botInfo?: UserFromGetMe): Bot<BotContext> {
  const { settings, storage } = deps;
  const bot = new Bot<BotContext>(settings.token, { botInfo, client: { apiRoot: settings.apiRoot, fetch: botApiFetch() } });
  // A group's id dies when it is upgraded: on Telegram's first refusal (in case the upgrade's service message
  // never came) its bookings and settings move to the new id, and the old one is never called again.
  const onUpgraded = (from: number, to: number) => upgradeGroup(deps, from, to).then(
    (moved) => void (moved !== undefined && deps.logger.info({ from, to, moved }, "group upgraded to supergroup (learnt from a refusal): bookings moved")),
    (e: unknown) => deps.logger.warn({ err: e, from, to }, "upgraded group not moved"),
  );
  bot.api.config.use(autoRetry(settings.autoRetry), harmlessRefusals(), callbackAnswerLimit(), upgradedChats(onUpgraded));
  const i18n = createI18n(settings.defaultLocale);
  // One error boundary: bot.catch covers the whole stack (dedupe, sessions and conversations fail when
  // Redis does) and is what the runner and the webhook endpoint call; the features use the same one.
  const onError = createErrorHandler(i18n, settings.defaultLocale, deps.logger);
  bot.catch(onError);

  // A channel the bot was added to: its posts come from no person, so there is no session to read or flow to
  // answer, and the bot serves agents, not channels. Let go quietly, before anything reads the session.
  bot.use((ctx, next) => (ctx.update.channel_post !== undefined || ctx.update.edited_channel_post !== undefined ? undefined : next()));
  // "/Search", "/CARI ..." read as "/search", "/cari ..." by everything after (commands and conversations alike).
  bot.use(commandCase);
  // Every group update of a member notes her, whichever feature takes it (a /help, a /cek, a tap): /allow @username.
  bot.use(attachDeps(deps), answersInPlace, noteGroupMessageOwners, noteSeenMember);
  // Runner concurrency: updates of one chat and member run in order, matching the storage keys below.
  bot.use(sequentialize((ctx) => [ctx.chat?.id.toString(), ctx.from?.id.toString()].filter((k): k is string => !!k)));
  // The update_id claim, the person's lock across processes (webhook mode) and the reads of their session
  // (per person) and conversation state (per chat and member) in one round trip; the writes and the
  // release in one more at the end.
  bot.use(claimUpdate((ctx) => (ctx.chat && ctx.from ? [`${storage.sessionPrefix}${ctx.from.id}`, `${storage.conversationPrefix}${conversationKey(ctx)}`] : [])));
  const sessions = session<SessionData, BotContext>({
    initial: () => ({}),
    prefix: storage.sessionPrefix,
    // Language is a person's choice, so sessions are per user; chat data lives in the booking store.
    getSessionKey: (ctx) => ctx.from?.id.toString(),
    storage: storage.session<SessionData>(),
  });
  // Inline queries have no chat: they must not read or write any session or conversation state.
  bot.use(async (ctx, next) => (ctx.chat ? sessions(ctx, next) : next()));
  bot.use(i18n);
  // A tap in a group upgraded to a supergroup is pointed there before a flow paused in the old chat takes it.
  bot.use(upgradedGroupTaps);
  const conversationState = conversations<BotContext, BotContext>({
    // The version changes when the steps a paused conversation replays change: states paused by an older
    // flow would not replay, so they are dropped (the next message is handled afresh). 2: the search ends
    // at the results and booking is its own conversation. 3: group private details step back in place.
    // 4: passengers kept when going back past them; the route questions read a place with more.
    // 5: passport and ID answers kept in parts; captions read as answers; the age rule from the quote.
    // 6: a passport expiry past ten years ahead, "ID No. 3174…" and "31122031 A1234567" read otherwise.
    // 7: "is this the name?" asked; the first question reads a whole line; a day or a party count asked
    // ("2 jan 3"); date, party and change words read otherwise at the route, date and passenger steps;
    // pasted lists drop chat lines; in groups, chatter that neither replies to the bot nor mentions it
    // goes on or cancels nothing. 8: "first"/"the 2nd"/"yes" at a two-way passenger date, "5 2" again,
    // "tanggal"/"penumpang" at its date question, and asking words around a date or a party read otherwise.
    // 9: a party said with the date at the date question ("tomorrow for 2") is taken with it. 10: "me and my
    // wife" / "saya dan istri" at the party question. 11: "5 2" once more after it was taken as the party.
    // 12: a new date or party, a name or a contact typed at the live price card; a date, a party, (at a
    // choice of the origin's airports) the destination or a whole request typed at the place questions; a
    // pasted name line with a birth date or passport number after the name takes the name. 13: that data answers
    // the passenger's own questions (private chats); a return or two numbers that can only be a date read otherwise.
    // 14: a party no provider here takes is refused before the search's progress message. 15: a tiket.com
    // booking's contact is asked fresh, without the chat's last or default contact offered. 16: a price re-check
    // for another party or flight at booking brings the list back (passengers and contact kept), not the summary.
    // 17: "tgl 5 bulan 3" at the date question is a date (it was refused as unreadable). 18: an e-mail or phone
    // typed at the summary is the new contact, shown in a fresh summary; a party only tiket.com refuses is asked
    // again with its limit; "31 2 2 org" at the date question keeps the party; "jadi 3 org" and a whole new search
    // read at the party, place and name questions; birth dates on name lines kept on every flight (a details step
    // follows the name); a dd-mm-yyyy birth date not asked about, and typed again at the two-way question, taken.
    // 19: contact details typed at passenger questions kept (the contact question asks only what is missing); a
    // mobile number at the passport or ID question is the contact; label words on pasted name lines, a repeated ID
    // number refused, a corrected name keeps the other passengers; changes of the search explained at every question
    // after the pick; typed corrections at the summary and one-field edits at ✏️ a passenger. 20: a passport and its
    // expiry typed at the ID question answer both; a phone at the name question or at ✏️ is the contact; a name
    // typed alone at ✏️ keeps the passenger's details; names and details the flight doesn't take, at the summary.
    // 21: the route questions' airport look-ups replayed as an outcome (a failed airport list is the provider's
    // fault, asked again); a number at "which airport?" picks that option; "Search again?" reads typed words; a
    // search line's airline and "direct" kept (QuickForm); labelled passenger blocks, a phone at the birth date.
    // 22: another day or flight asked at the summary searched inside the booking, everyone kept (conversation.now()).
    // 23: passengers kept for another flight placed by type and asked only what they lack (a birth date that no
    // longer fits said first); an adult or child added at the summary searched inside the booking; a date/KTP line
    // under a pasted name is that name's; gender words, "Mstr X" and "(cowok)" answer the boy/girl question; a
    // child's untitled name asked boy/girl; questions at the name question refused; a paste's problems said before
    // its title questions; "<weekday> ini" on that weekday is today; "jam 7an", prayer times and "dewsa" read;
    // after-booking requests read inside flows; a birth date at a place question not noted; an edited plain answer
    // in a privacy-off group answered with the edits hint; "yg pagi aja", "kok mahal", "kurangi 1 bayi" at the price
    // card or the summary bring the list back (filtered, cheapest first) or search with the infant dropped.
    // 24: an answer that mentions the bot read without the mention; a birth date (labelled or not) typed at the next
    // passenger's name kept for the one before; contact answers with label words around them; names corrected at the
    // summary by place or alone (a confirm step), an untitled name at ✏️ keeps the title; a child's pasted line placed
    // in a child's seat, titles after the name or in brackets, gender words last on the line; a larger party at the name
    // question searched inside the booking; the search's and the booking's new arguments (the lines pasted under a
    // request).
    storage: { type: "key", version: 24, prefix: storage.conversationPrefix, getStorageKey: conversationKey, adapter: storage.conversation() },
    onExit: async (id, ctx) => {
      // A group flow ended (/batal, a new search, a timeout): its private-details link must not take details any more.
      if (ctx.from && (ctx.chat?.type === "group" || ctx.chat?.type === "supergroup")) await ctx.deps.personalData.closeOpen(ctx.chat.id, ctx.from.id);
      // A timeout is found only when the next update comes. Meant as an answer, it is not used and gets
      // the one notice, with the way back; a command or a button of the list is done as asked, quietly
      // (search/ask.ts `waitInTime`), as after the plugin's own timeout, used only where the list is on
      // screen to act on (booking-conversation `repick`). Flows replaced or cancelled say their own thing.
      if (ctx.cancelling || !ctx.chat || !cameTooLate(ctx)) return;
      const minutes = Math.max(1, Math.round(settings.conversationTimeoutMs / 60_000));
      await timeoutNotice(ctx, id, minutes).catch((e: unknown) => ctx.log.warn({ err: e }, "timeout notice not sent"));
    },
  });
  // Someone removed from a group with a flow open: his taps on its questions never reach the conversation.
  bot.use(outsiderFlowTaps);
  bot.use(async (ctx, next) => (ctx.chat ? conversationState(ctx, next) : next()));

  const features = new LeanComposer<BotContext>();
  bot.errorBoundary(onError, features);
  // Any command ends a wait for a booking code typed next ("type the booking code"); it reads only the command entity.
  features.use(commandEndsAwaitedCode);
  // Linked accounts first: a /login answer (a password) must be taken and deleted before anything else sees it.
  features.use(accountFeature);
  // Commands and booking buttons first: they must work while a search conversation is waiting.
  features.use(chatLifecycleFeature, anonymousSendersFeature, cancelFeature, startFeature, languageFeature, awaitedCodeFeature, statusFeature, balanceFeature, bookingsFeature, issueFeature, ticketFeature, stopRemindersFeature, settingsFeature, approvalFeature, fareCalendarFeature, digestSettingsFeature, digestFeature, customerCardFeature);
  // Inline queries have no chat and so no conversation state: they are answered before the search feature.
  features.use(inlineFeature);
  // Before any flow reads it: a reply to another member's question is not an answer of the replier's own.
  features.use(foreignRepliesFeature);
  // Someone removed from a group with a flow open: what he types there is a stranger's line, not an answer.
  features.use(outsiderFlowsFeature);
  // A balance or an e-ticket asked in the group while the member's details are given in her private chat.
  features.use(privateDetailsAsideFeature);
  // The balance or a refund asked while a question waits: answered as outside a flow, the question keeps waiting.
  features.use(flowRequestAsideFeature);
  // The flows live in a chat: a tap on a button of an inline message (no chat, only inline_message_id)
  // goes past them to the stale-button answer instead of into conversations it has no state for.
  features.filter((ctx) => ctx.chat !== undefined, searchFeature(deps, i18n));
  features.use(fareCalendarDayFeature);
  // A code typed alone, after every feature and flow had its say: only text nothing else took.
  features.use(bareCodeFeature);
  // Then words that ask for something ("cek ABC123", "issued dong", "saldo", "cariin tiket jkt bali"), run as its command.
  features.use(typedRequestsFeature);
  features.use(unhandledFeature);
  return bot;
}
