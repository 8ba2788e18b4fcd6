import { InlineKeyboard } from "grammy";
import { dayInZone } from "../../../domain/zoned-time.js";
import { LeanComposer } from "../../lean-composer.js";
import { isProviderError } from "../../../domain/errors.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { calendarDates, fareCalendar, type FareDay } from "../../../services/fare-calendar.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import { actorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";
import { throttle } from "../../middlewares/throttle.js";
import { holdTap, refuseNotFound } from "../booking/status.js";
import { providerErrorText } from "../provider-error-text.js";
import type { QuickForm } from "../search/quick-form.js";
import { SEARCH_CONVERSATION } from "../search/search-conversation.js";
import { BOOKING_CONVERSATION } from "../search/booking-conversation.js";
import { PERSONAL_DATA_CONVERSATION } from "../search/personal-data-conversation.js";
import { renderCalendar } from "./calendar-view.js";
import { CALENDAR_PREFIX, calendarKeepData, calendarLeaveData, parseCalendarData } from "./callback-data.js";
import { colleagueOf } from "./whose-list.js";
import { cutText } from "../../../presenters/cut-text.js";

/** At most about one progress edit a second: a group stays well under Telegram's limits. */
const PROGRESS_EVERY_MS = 1_000;

/** A day's search to open, handed from the early handler (which ends the old flow) to the late one (which starts the new). */
const dayToOpen = new WeakMap<BotContext, QuickForm>();

function today(ctx: BotContext): string {
  return dayInZone(ctx.deps.now().getTime(), ctx.deps.settings.timeZone);
}

/** Forged, malformed and expired buttons get the same answer: nothing tells them apart. */
function answerExpired(ctx: BotContext): Promise<unknown> {
  return ctx.answerCallbackQuery({ text: ctx.t("farecal-expired"), show_alert: true });
}

/** In a group the calendar answers the member who searched (privacy mode: replies are what they see). */
function anchorOf(ctx: BotContext): number | undefined {
  const results = ctx.callbackQuery?.message;
  return results?.reply_to_message?.message_id ?? results?.message_id;
}

async function showCalendar(ctx: BotContext, sid: string, entry: SearchEntry): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = localeOf(ctx);
  const chatId = ctx.chat!.id;
  const query = entry.query;
  const dates = calendarDates(query.date, today(ctx)).map((d) => d.date);
  const days = new Map<string, FareDay>();
  const first = renderCalendar(t, locale, query, dates, days, false);
  const anchor = anchorOf(ctx);
  const sent = await ctx.reply(first.text, { parse_mode: "HTML", ...(anchor ? { reply_parameters: { message_id: anchor, allow_sending_without_reply: true } } : {}) });
  let lastEdit = 0;
  let shown = first.text;
  let finished = false;
  let edit: Promise<unknown> = Promise.resolve();
  const onDay = (day: FareDay) => {
    days.set(day.date, day);
    // The first day shows at once, then at most one edit a second; the complete calendar always.
    if (finished || Date.now() - lastEdit < PROGRESS_EVERY_MS) return;
    const view = renderCalendar(t, locale, query, dates, days, false);
    if (view.text === shown) return;
    lastEdit = Date.now();
    shown = view.text;
    edit = edit.then(() => ctx.api.editMessageText(chatId, sent.message_id, view.text, { parse_mode: "HTML" })).catch(() => undefined);
  };
  try {
    await fareCalendar(ctx.deps, actorOf(ctx), { query, today: today(ctx), known: { date: query.date, sid }, onDay });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    finished = true;
    await edit;
    return void (await ctx.api.editMessageText(chatId, sent.message_id, providerErrorText(ctx, e), { parse_mode: "HTML" }));
  }
  // No progress edit may land after the finished calendar.
  finished = true;
  await edit;
  const done = renderCalendar(t, locale, query, dates, days, true);
  await ctx.api.editMessageText(chatId, sent.message_id, done.text, { parse_mode: "HTML", reply_markup: done.keyboard });
}

/** A booking being filled in (passengers, contact, the summary; a group's private details): what a day tapped would drop. */
function bookingOpen(ctx: BotContext): boolean {
  return ctx.conversation.active(BOOKING_CONVERSATION) > 0 || ctx.conversation.active(PERSONAL_DATA_CONVERSATION) > 0;
}

/** Where the calendar's follow-ups go in a group: the member's own message the calendar answers. */
function answering(ctx: BotContext): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  const anchor = ctx.chat?.type === "private" ? undefined : anchorOf(ctx);
  return anchor === undefined ? {} : { reply_parameters: { message_id: anchor, allow_sending_without_reply: true } };
}

/**
 * A day tapped (an older calendar, most often) while a booking is being filled in: the booking is not
 * dropped without a word, as it would be silently replaced by that day's results. Asked first, with the
 * day and the booking each a tap away; a typed /cari, deliberate, starts at once and says the booking
 * was left (search/new-search.ts).
 */
async function askBeforeLeaving(ctx: BotContext, sid: string, entry: SearchEntry): Promise<void> {
  await ctx.answerCallbackQuery();
  const day = shortDate(entry.query.date, localeOf(ctx));
  const keyboard = new InlineKeyboard().text(ctx.t("farecal-leave-open", { day }), calendarLeaveData(sid)).text(ctx.t("farecal-leave-keep"), calendarKeepData(sid));
  await ctx.reply(ctx.t("farecal-leave-ask", { day: escapeHtml(day) }), { parse_mode: "HTML", reply_markup: keyboard, ...answering(ctx) });
}

/** Only the question's own buttons act on it (forged data on another message edits nothing). */
function onOwnButton(ctx: BotContext): boolean {
  const data = ctx.callbackQuery?.data;
  return (ctx.callbackQuery?.message?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => "callback_data" in b && b.callback_data === data);
}

/** "Keep the booking": the question goes, the booking's own question above still waits for its answer. */
async function keepBooking(ctx: BotContext): Promise<void> {
  if (!onOwnButton(ctx) || !bookingOpen(ctx)) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
    if (onOwnButton(ctx)) await ctx.editMessageReplyMarkup().catch(() => undefined);
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("farecal-kept-toast") });
  await ctx.editMessageText(ctx.t("farecal-kept"), { parse_mode: "HTML" }).catch(() => undefined);
}

/** A day's results open as a fresh search conversation for that date, answered from the search cache. */
function formOf(entry: SearchEntry): QuickForm {
  const [y, m, d] = entry.query.date.split("-");
  const { adult, child, infant } = entry.query.pax;
  return { origin: entry.query.from, destination: entry.query.to, date: `${d}-${m}-${y}`, pax: `${adult} ${child} ${infant}` };
}

/**
 * The fare calendar's buttons, handled before the conversations so they work while a search waits.
 * `cal:r:` draws the calendar around a search's results; `cal:d:` ends this member's current flow and
 * hands the day to `fareCalendarDayFeature`, registered after the search conversation (a conversation
 * can only be entered from behind its own middleware).
 */
export const fareCalendarFeature = new LeanComposer<BotContext>();

const calendarButtons = fareCalendarFeature.callbackQuery(new RegExp(`^${CALENDAR_PREFIX}`));

calendarButtons.use(async (ctx, next) => {
  const action = parseCalendarData(ctx.callbackQuery.data);
  // Keeping a booking needs no search: only a member's own question (the checks below) is answered.
  const entry = action && action.kind !== "keep" && ctx.chat ? await ctx.deps.searches.get(action.sid, ctx.chat.id) : undefined;
  if (!action || (!entry && action.kind !== "keep") || !ctx.chat || !ctx.from) return void (await answerExpired(ctx));
  // Nobody draws a calendar on an account they may not use: they are told how to /login instead.
  const access = await ctx.deps.access.access(actorOf(ctx));
  // Someone outside the group tapping its results: what a forged or expired one gets, and nothing said to the group.
  if (!access.ok && access.reason === "not_member") return void (await answerExpired(ctx));
  if (!access.ok) {
    // In a group, to the tapper alone (a toast); in a private chat, a message.
    if (!holdTap(ctx)) await ctx.answerCallbackQuery();
    return refuseNotFound(ctx, { kind: "denied", reason: access.reason });
  }
  // A colleague's list or calendar: hers, said to the tapper alone.
  const owner = await colleagueOf(ctx);
  if (owner !== undefined) return void (await ctx.answerCallbackQuery({ text: ctx.t("farecal-not-yours", { name: cutText(owner, 40) }), show_alert: true }));
  if (action.kind === "keep") return keepBooking(ctx);
  if (!entry) return void (await answerExpired(ctx));
  if (action.kind === "day" && bookingOpen(ctx)) return askBeforeLeaving(ctx, action.sid, entry);
  await throttle("search")(ctx, async () => {
    if (action.kind === "open") {
      await ctx.answerCallbackQuery({ text: ctx.t("farecal-searching") });
      return showCalendar(ctx, action.sid, entry);
    }
    await ctx.answerCallbackQuery();
    // Asked, and the day chosen over the booking: the question says so, and keeps no buttons.
    if (action.kind === "leave" && onOwnButton(ctx)) {
      const day = escapeHtml(shortDate(entry.query.date, localeOf(ctx)));
      await ctx.editMessageText(ctx.t("farecal-left", { day }), { parse_mode: "HTML" }).catch(() => undefined);
    }
    ctx.cancelling = true; // a day opened replaces the flow in progress without a timeout notice
    await ctx.conversation.exitAll();
    ctx.cancelling = false;
    dayToOpen.set(ctx, formOf(entry));
    await next();
  });
});

/** Registered after the search feature: starts the search conversation for the day the early handler accepted. */
export const fareCalendarDayFeature = new LeanComposer<BotContext>();

fareCalendarDayFeature.on("callback_query:data", async (ctx, next) => {
  const form = dayToOpen.get(ctx);
  if (!form) return next();
  dayToOpen.delete(ctx);
  await ctx.conversation.enter(SEARCH_CONVERSATION, form);
});
