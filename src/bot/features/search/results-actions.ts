import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { Composer } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import type { BotContext } from "../../context.js";
import { BACK_WORD, MEDIA } from "./ask.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { cb, parseResults } from "./callback-data.js";
import { drawResults, todayIn } from "./results-step.js";
import { pickTyped, typedNumber } from "./results-view.js";
import { applyView } from "../../../domain/offer-list.js";
import type { SearchResume } from "./search-conversation.js";
import { BOOKING_CONVERSATION } from "./booking-conversation.js";
import { PERSONAL_DATA_CONVERSATION } from "./personal-data-conversation.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import type { InlineKeyboardButton } from "grammy/types";

/** Entering a conversation from the results: the flow in progress (if any) gives way without a timeout notice. */
export type Enter = { search: (ctx: BotContext, resume: SearchResume) => Promise<void>; booking: (ctx: BotContext, sid: string, index: number) => Promise<void> };

/** Two taps on one flight this close together are one tap. */
const DOUBLE_TAP_MS = 5_000;

function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/**
 * The results list is no conversation: its buttons and what is typed at it act on the member's board
 * (search-cache.ts). A flight starts the booking conversation; another day or "back" starts the
 * search conversation again where it applies. Keeping the search short keeps its replay log small.
 */
export function resultsActions(enter: Enter): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  composer.callbackQuery(/^r:/, async (ctx) => {
    const owner = ctx.callbackQuery.message?.reply_to_message?.from;
    if (owner && !owner.is_bot && owner.id !== ctx.from.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("button-not-yours", { name: owner.first_name }) }));
    }
    const board = ctx.chat ? await ctx.deps.searches.board(ctx.chat.id, ctx.from.id) : undefined;
    const action = board && parseResults(ctx.callbackQuery.data, board.sid);
    const entry = board && action && ctx.chat ? await ctx.deps.searches.get(board.sid, ctx.chat.id) : undefined;
    if (!board || !action || !entry) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    speakAsFlow(ctx, board.locale);
    if (action.kind === "offer") {
      if (!entry.offers[action.index]) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
      await ctx.answerCallbackQuery();
      // A hurried double tap opens the flight once (one price check, one quote); the list drawn again
      // (back from the quote) has no pick, so choosing the same flight again still works.
      const now = ctx.deps.now().getTime();
      if (board.picked?.index === action.index && now - board.picked.at < DOUBLE_TAP_MS) return;
      await ctx.deps.searches.setBoard(ctx.chat!.id, ctx.from.id, { ...board, picked: { index: action.index, at: now } });
      return enter.booking(ctx, board.sid, action.index);
    }
    if (action.kind === "day") {
      const date = format(addDays(parseISO(entry.query.date), action.delta), "yyyy-MM-dd");
      const checked = parseTravelDate(date, todayIn(ctx.deps));
      if (!checked.ok) return void (await ctx.answerCallbackQuery({ text: ctx.t("nav-day-unavailable") }));
      await ctx.answerCallbackQuery();
      return enter.search(ctx, { ...entry.query, date: checked.date, step: "search" });
    }
    const view = { ...board.view };
    if (action.kind === "page") view.page = action.page;
    if (action.kind === "sort") Object.assign(view, { sort: action.sort, page: 0 });
    if (action.kind === "time") Object.assign(view, { time: action.time === "all" ? undefined : action.time, page: 0 });
    if (action.kind === "airline") Object.assign(view, { airline: action.code === "all" ? undefined : action.code, page: 0 });
    await ctx.answerCallbackQuery();
    await drawResults(ctx, board.sid, view, { messageId: ctx.callbackQuery.message?.message_id ?? board.messageId, airlineMenu: action.kind === "airlines" });
  });

  // /start or /help passed on by start.ts to a flow that did not take it (the list back on screen with
  // the passengers kept, which is what waits): the help is on screen, this says what is still open.
  composer.command(["start", "help", "bantuan"], async (ctx) => {
    const board = ctx.chat && ctx.from ? await ctx.deps.searches.board(ctx.chat.id, ctx.from.id) : undefined;
    if (!board) return;
    speakAsFlow(ctx, board.locale);
    await ctx.reply(ctx.t("flow-list-still-open"), { parse_mode: "HTML", reply_parameters: isGroup(ctx) ? { message_id: ctx.msg.message_id } : undefined });
  });

  // Typed at the results: a flight (code or number on the page), another date, or "back" to the party.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) return next();
    // In a group only a reply to the bot is meant for it (other chatter stays chatter).
    if (isGroup(ctx) && ctx.message.reply_to_message?.from?.id !== ctx.me.id) return next();
    const board = await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
    const entry = board && (await ctx.deps.searches.get(board.sid, ctx.chat.id));
    if (!board || !entry) return next();
    speakAsFlow(ctx, board.locale);
    const text = ctx.message.text;
    if (BACK_WORD.test(text)) return enter.search(ctx, { ...entry.query, step: "pax" });
    const index = pickTyped(text, entry, board.view);
    // In a group the reply says which list is meant: a pick typed at an older list (another day's) is
    // not a pick of the newest one, whose flights differ.
    const olderList = isGroup(ctx) && ctx.message.reply_to_message !== undefined && ctx.message.reply_to_message.message_id !== board.messageId;
    if (olderList && (index !== undefined || typedNumber(text) !== undefined)) {
      return void (await ctx.reply(ctx.t("nav-results-old-list"), { parse_mode: "HTML", reply_parameters: { message_id: ctx.message.message_id } }));
    }
    if (index !== undefined) {
      // Noted like a tapped flight: a booking that times out offers this flight back (timeoutNotice).
      await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...board, picked: { index, at: ctx.deps.now().getTime() } });
      return enter.booking(ctx, board.sid, index);
    }
    // A number past the list is a mistyped pick, not a day of the month to search instead.
    if (typedNumber(text) !== undefined) {
      const shown = applyView(entry.offers, board.view).items.length;
      return void (await ctx.reply(ctx.t("nav-results-no-number", { n: typedNumber(text)!, shown }), { parse_mode: "HTML", reply_parameters: isGroup(ctx) ? { message_id: ctx.message.message_id } : undefined }));
    }
    const date = parseTravelDate(text, todayIn(ctx.deps));
    if (date.ok) return enter.search(ctx, { ...entry.query, date: date.date, step: "search" });
    await ctx.reply(ctx.t("nav-results-typed"), { parse_mode: "HTML", reply_parameters: isGroup(ctx) ? { message_id: ctx.message.message_id } : undefined });
  });

  // A voice note, photo or sticker sent at the results: the same one-line hint as at any step.
  composer.on("message", async (ctx, next) => {
    const media = MEDIA.find((m) => ctx.message[m] !== undefined);
    if (!media || (isGroup(ctx) && ctx.message.reply_to_message?.from?.id !== ctx.me.id)) return next();
    if (!(await ctx.deps.searches.board(ctx.chat.id, ctx.from.id))) return next();
    await ctx.reply(ctx.t("nav-media", { kind: media }), { reply_parameters: isGroup(ctx) ? { message_id: ctx.message.message_id } : undefined });
  });

  return composer;
}

/**
 * The one reply to an answer that came after its flow had timed out (ask.ts `waitInTime`, sent from the
 * conversations' exit hook): what stopped, that the message was not used, and one tap back — the
 * flight being booked (opened afresh: price and seats checked again), the list it came from, or the
 * same search run again. Without a list still stored, /cari is the way back.
 */
export async function timeoutNotice(ctx: BotContext, flow: string, minutes: number): Promise<void> {
  if (!ctx.chat || !ctx.from) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  const details = flow === PERSONAL_DATA_CONVERSATION;
  const board = details ? undefined : await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
  const entry = board && (await ctx.deps.searches.get(board.sid, ctx.chat.id));
  if (board) speakAsFlow(ctx, board.locale);
  const offer = flow === BOOKING_CONVERSATION && board?.picked ? entry?.offers[board.picked.index] : undefined;
  const lines: string[] = [];
  const rows: InlineKeyboardButton[][] = [];
  if (details) lines.push(ctx.t("flow-timeout-details", { minutes }));
  else if (offer) lines.push(ctx.t("flow-timeout-booking-flight", { minutes, flight: escapeHtml(offer.flightCode) }));
  else lines.push(ctx.t(flow === BOOKING_CONVERSATION ? "flow-timeout-booking" : "flow-timeout-search", { minutes }));
  if (board && entry) {
    const route = `${entry.query.from} → ${entry.query.to}`;
    const date = shortDate(entry.query.date, localeOf(ctx), todayIn(ctx.deps));
    lines.push(ctx.t("flow-timeout-list", { route, date: escapeHtml(date) }));
    if (offer) rows.push([{ text: ctx.t("flow-resume-flight", { flight: offer.flightCode }), callback_data: cb.results(board.sid, `o:${board.picked!.index}`) }]);
    rows.push([
      { text: ctx.t("flow-resume-list"), callback_data: cb.results(board.sid, `p:${board.view.page}`) },
      { text: ctx.t("flow-resume-search"), callback_data: cb.results(board.sid, "d:0") },
    ]);
    // The flight offered back is a fresh tap, not the second half of a double tap.
    if (board.picked) await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...board, picked: undefined });
  } else if (!details) {
    lines.push(ctx.t("flow-timeout-restart"));
  }
  const anchor = ctx.message?.message_id ?? ctx.editedMessage?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  await ctx.reply(lines.join("\n"), {
    parse_mode: "HTML",
    reply_markup: rows.length > 0 ? { inline_keyboard: rows } : undefined,
    // In groups the notice replies to the member: its buttons are theirs (results buttons check that).
    reply_parameters: isGroup(ctx) && anchor !== undefined ? { message_id: anchor, allow_sending_without_reply: true } : undefined,
  });
}
