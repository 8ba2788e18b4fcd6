import { dayInZone } from "../../../domain/zoned-time.js";
import { LeanComposer } from "../../lean-composer.js";
import { isProviderError } from "../../../domain/errors.js";
import { localeOf } from "../../../presenters/format.js";
import { calendarDates, fareCalendar, type FareDay } from "../../../services/fare-calendar.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import { actorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";
import { throttle } from "../../middlewares/throttle.js";
import { deniedText } from "../booking/access-replies.js";
import { providerErrorText } from "../provider-error-text.js";
import type { QuickForm } from "../search/quick-form.js";
import { SEARCH_CONVERSATION } from "../search/search-conversation.js";
import { renderCalendar } from "./calendar-view.js";
import { CALENDAR_PREFIX, parseCalendarData } from "./callback-data.js";

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
  const entry = action && ctx.chat ? await ctx.deps.searches.get(action.sid, ctx.chat.id) : undefined;
  if (!action || !entry || !ctx.chat || !ctx.from) return void (await answerExpired(ctx));
  // Nobody draws a calendar on an account they may not use: they are told how to /login instead.
  const access = await ctx.deps.access.access(actorOf(ctx));
  // Someone outside the group tapping its results: what a forged or expired one gets, and nothing said to the group.
  if (!access.ok && access.reason === "not_member") return void (await answerExpired(ctx));
  if (!access.ok) {
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(deniedText(ctx, access.reason), { parse_mode: "HTML" }));
  }
  await throttle("search")(ctx, async () => {
    if (action.kind === "open") {
      await ctx.answerCallbackQuery({ text: ctx.t("farecal-searching") });
      return showCalendar(ctx, action.sid, entry);
    }
    await ctx.answerCallbackQuery();
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
