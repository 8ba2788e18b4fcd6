import type { Composer, NextFunction } from "grammy";
import type { PaxCount } from "../../../domain/passenger.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import { recentBookings } from "../../../services/chat-bookings.js";
import { asksForReturn } from "../../../domain/return-words.js";
import { bookingKeyboard } from "../../../presenters/booking-keyboard.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import type { ReturnParty, ReturnTrip } from "../../../store/return-trips.js";
import { actorOf } from "../../actor.js";
import { speakAsFlow } from "../../flow-i18n.js";
import type { BotContext } from "../../context.js";
import { LeanComposer } from "../../lean-composer.js";
import { cb, parseReturnTrip } from "./callback-data.js";
import { todayIn } from "./results-step.js";
import { bookedNow } from "./booked-now.js";
import type { SearchResume } from "./search-conversation.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** "🔁 Cari pulang DPS → CGK Kam 24 Des": the return's route and day. */
function returnLabel(t: T, locale: string, trip: ReturnTrip, today: string): string {
  return t("return-search-button", { from: trip.from, to: trip.to, date: shortDate(trip.date, locale, today) });
}

/** The party of a booking, by its passengers' types. */
function partyOf(record: BookingRecord): PaxCount {
  const pax = { adult: 0, child: 0, infant: 0 };
  for (const p of record.booking.passengers) pax[p.type === "child" || p.type === "infant" ? p.type : "adult"]++;
  return pax;
}

/**
 * A return was typed with the search ("pulang tgl 24", "pp 24"), which only said to search it separately: once
 * the outbound is booked, its card gets "🔁 Cari pulang …" for the party just booked (kept with the return, so
 * "pulangnya" typed next does the same). Looked at after each update of a member with a return kept and not
 * yet offered, outside the booking conversation (which replays nothing of this), after an update that showed a
 * booking's card (booked-now.ts): only a booking this member
 * just made here, of the search's route the other way, before the return's day, and not another flight than asked.
 * Its passengers and contact are kept with the return (sealed, same TTL) for the return's booking to offer.
 */
export async function offerReturnAfterBooking(ctx: BotContext, next: NextFunction): Promise<void> {
  await next();
  // Only an update that just showed a booking's card (booked-now.ts): the rest of a flow reads nothing here.
  const party = bookedNow(ctx);
  if (!party || !ctx.chat || !ctx.from || !(ctx.callbackQuery || ctx.message)) return;
  const trip = await ctx.deps.returnTrips.get(ctx.chat.id, ctx.from.id);
  if (!trip || trip.pax) return;
  const record = (await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), 1)).justMade;
  const b = record?.booking;
  if (!record || !b || b.otherFlight || record.messageId === undefined) return;
  if (b.from !== trip.to || b.to !== trip.from || b.departsAt.slice(0, 10) > trip.date) return;
  await ctx.deps.returnTrips.note(ctx.chat.id, ctx.from.id, { ...trip, pax: partyOf(record) });
  // Its passengers and contact, for the return's booking to offer them again ("Pakai penumpang yang sama?").
  await ctx.deps.returnTrips.keepParty(ctx.chat.id, ctx.from.id, party);
  // The card's own language (the flow's), as its other buttons are in.
  speakAsFlow(ctx, record.locale);
  const t = ctx.t.bind(ctx);
  const locale = localeOf(ctx);
  const keyboard = bookingKeyboard(t, b.provider, b.code).row().text(returnLabel(t, locale, trip, todayIn(ctx.deps)), cb.returnTrip(trip.from, trip.to, trip.date));
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, record.messageId, { reply_markup: keyboard }).catch(() => undefined);
}

/** The member's kept return, once its outbound is booked (the party known); nothing for anyone else. */
async function bookedReturn(ctx: BotContext): Promise<Required<ReturnTrip> | undefined> {
  if (!ctx.chat || !ctx.from || (await ctx.deps.access.outsider(actorOf(ctx)))) return undefined;
  const trip = await ctx.deps.returnTrips.get(ctx.chat.id, ctx.from.id);
  return trip?.pax && trip.date >= todayIn(ctx.deps) ? { ...trip, pax: trip.pax } : undefined;
}

/**
 * The outbound's passengers and contact, when the flight picked comes from a search of this member's return
 * (its route, once the outbound is booked): the booking offers them ("Pakai penumpang yang sama?"). Only the
 * member who booked the outbound, in that chat: the return and its party are kept per chat and member, and a
 * new search without a return forgets both. Read only when a flight is picked from a list.
 */
export async function partyForReturn(ctx: BotContext, sid: string): Promise<ReturnParty | undefined> {
  if (!ctx.chat || !ctx.from) return undefined;
  const trip = await ctx.deps.returnTrips.get(ctx.chat.id, ctx.from.id);
  if (!trip?.pax) return undefined;
  const entry = await ctx.deps.searches.get(sid, ctx.chat.id);
  if (!entry || entry.query.from !== trip.from || entry.query.to !== trip.to) return undefined;
  return ctx.deps.returnTrips.party(ctx.chat.id, ctx.from.id);
}

/**
 * 🔁 on the card and "pulangnya" / "skrg pulangnya" / "now the return" typed after the booking: the return searched
 * for the party booked. Only the member who searched, in that chat: anyone else, made-up data, or a return
 * replaced by a newer search gets what an expired button gets (typed words go on as before).
 */
export function returnTripActions(search: (ctx: BotContext, resume: SearchResume) => Promise<void>): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  composer.callbackQuery(/^rt:/, async (ctx) => {
    const tapped = parseReturnTrip(ctx.callbackQuery.data);
    const trip = tapped && (await bookedReturn(ctx));
    if (!tapped || !trip || trip.from !== tapped.from || trip.to !== tapped.to || trip.date !== tapped.date) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    }
    await ctx.answerCallbackQuery();
    await search(ctx, { from: trip.from, to: trip.to, date: trip.date, pax: trip.pax, step: "search" });
  });
  composer.on("message:text", async (ctx, next) => {
    // In a group, "@bot pulangnya": the mention is no word of the request.
    if (!asksForReturn(ctx.message.text.replace(/@\w+/g, " "))) return next();
    const trip = await bookedReturn(ctx);
    if (!trip) return next();
    await search(ctx, { from: trip.from, to: trip.to, date: trip.date, pax: trip.pax, step: "search" });
  });
  return composer;
}
