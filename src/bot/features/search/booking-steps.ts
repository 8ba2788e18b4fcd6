import { InlineKeyboard, InputFile } from "grammy";
import type { Booking } from "../../../domain/booking.js";
import type { FlightOffer, ProviderId, Quote } from "../../../domain/flight.js";
import type { FlightProvider } from "../../../domain/flight-provider.js";
import { ProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import type { Contact, PassengerInput, PaxCount } from "../../../domain/passenger.js";
import { totalPax } from "../../../domain/passenger.js";
import { bookingRecord } from "../../../store/booking-store.js";
import type { ConvoContext } from "../../context.js";
import { localeOf } from "../../format.js";
import { bookingKeyboard } from "../booking/booking-keyboard.js";
import { providerErrorText } from "../provider-error-text.js";
import { ask, askAgain, say, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { providerCall } from "./provider-call.js";
import { bookingText, priceMoved, quoteText, summaryText } from "./quote-view.js";

type Choice<V extends string> = Promise<{ value: V; ctx: ConvoContext }>;

export function choose<V extends string>(conversation: Convo, ctx: ConvoContext, text: string, step: string, options: readonly [V, string][]): Choice<V> {
  const kb = new InlineKeyboard();
  options.forEach(([value, label]) => kb.text(label, cb.choice(step, value)));
  const values = options.map(([v]) => v);
  return ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<V> => {
    if (a.kind === "text") return { ok: false, hint: ctx.t("use-buttons") };
    const v = parseChoice(a.data, step, values);
    return v ? { ok: true, value: v } : stale(ctx);
  });
}

/** The provider that owns an offer, in the account this chat uses. */
async function ownerOf(outer: BotContext, provider: ProviderId): Promise<FlightProvider> {
  const owner = (await outer.deps.accounts.forChat(outer.chat!, outer.from!.id)).byId[provider];
  if (!owner) throw new ProviderError("unavailable", `provider ${provider} is not configured`);
  return owner;
}

export type QuoteOutcome = { kind: "quote"; quote: Quote; ctx: ConvoContext } | { kind: "back"; ctx: ConvoContext } | { kind: "cancel"; ctx: ConvoContext };

/** Live price and seats of the chosen flight; says how much it moved since the search. */
export async function quoteStep(conversation: Convo, ctx: ConvoContext, offer: FlightOffer, pax: PaxCount): Promise<QuoteOutcome> {
  const r = await providerCall(conversation, async (outer) => (await ownerOf(outer, offer.provider)).quote(offer, pax));
  if (!r.ok) {
    await say(conversation, ctx, providerErrorText(ctx, r));
    return { kind: "back", ctx };
  }
  const quote = r.value;
  if (quote.seatsLeft < totalPax(pax)) {
    await say(conversation, ctx, ctx.t("quote-not-enough-seats", { seats: quote.seatsLeft }));
    return { kind: "back", ctx };
  }
  // The search price is per adult; it compares with a quote only for adults-only parties.
  const searched = pax.child + pax.infant === 0 ? offer.price * pax.adult : undefined;
  const choice = await choose(conversation, ctx, quoteText(ctx.t.bind(ctx), localeOf(ctx), quote, searched), "q", [
    ["go", ctx.t("quote-continue")], ["back", ctx.t("quote-back")], ["cancel", ctx.t("cancel-button")],
  ] as const);
  if (choice.value === "go") return { kind: "quote", quote, ctx: choice.ctx };
  return { kind: choice.value, ctx: choice.ctx };
}

export type SummaryChoice = "book" | "change" | "cancel";

export function summaryStep(conversation: Convo, ctx: ConvoContext, quote: Quote, passengers: PassengerInput[], contact: Contact): Choice<SummaryChoice> {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  return choose(conversation, ctx, summaryText(ctx.t.bind(ctx), localeOf(ctx), quote, passengers, contact, group), "sum", [
    ["book", ctx.t("summary-book")], ["change", ctx.t("summary-change")], ["cancel", ctx.t("cancel-button")],
  ] as const);
}

/** Lion Air on tiket.com: show the airline's captcha image and take the agent's reading of it. */
async function askCaptcha(conversation: Convo, ctx: ConvoContext, captcha: { image: string; session: string }) {
  const chatId = ctx.chat!.id;
  const caption = ctx.t("captcha-ask");
  await conversation.external(async (outer) => {
    const bytes = Buffer.from(captcha.image.replace(/^data:[^,]*,/, ""), "base64");
    await outer.api.sendPhoto(chatId, new InputFile(bytes, "captcha.png"), { caption });
  });
  const r = await askAgain(conversation, ctx, 0, (a): Parsed<string> => {
    const v = a.kind === "text" ? a.text.trim() : "";
    return /^[A-Za-z0-9]{3,10}$/.test(v) ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("captcha-invalid") };
  });
  return { value: { answer: r.value, session: captcha.session }, ctx: r.ctx };
}

export type BookOutcome = { kind: "booked"; booking: Booking } | { kind: "retry" | "stop" | "change"; ctx: ConvoContext };

/**
 * Re-prices right before booking (money rule): any change is shown and asked again. The booking call
 * itself is made once; if its outcome is unknown the agent is told so, never that it worked.
 */
export async function bookStep(conversation: Convo, ctx: ConvoContext, quote: Quote, passengers: PassengerInput[], contact: Contact): Promise<BookOutcome> {
  const fresh = await providerCall(conversation, async (outer) => (await ownerOf(outer, quote.offer.provider)).quote(quote.offer, quote.pax));
  if (!fresh.ok) {
    await say(conversation, ctx, providerErrorText(ctx, fresh));
    return { kind: "retry", ctx };
  }
  if (fresh.value.seatsLeft < totalPax(quote.pax)) {
    await say(conversation, ctx, ctx.t("quote-not-enough-seats", { seats: fresh.value.seatsLeft }));
    return { kind: "stop", ctx };
  }
  if (fresh.value.total !== quote.total) {
    const again = await choose(conversation, ctx, priceMoved(ctx.t.bind(ctx), quote.total, fresh.value.total), "rp", [
      ["ok", ctx.t("reprice-accept")], ["no", ctx.t("cancel-button")],
    ] as const);
    if (again.value === "no") return { kind: "stop", ctx: again.ctx };
    ctx = again.ctx;
  }
  let captcha: { answer: string; session: string } | undefined;
  if (fresh.value.captcha) ({ value: captcha, ctx } = await askCaptcha(conversation, ctx, fresh.value.captcha));
  await ctx.replyWithChatAction("typing");
  const o = quote.offer;
  const booked = await providerCall(conversation, async (outer) => {
    const providers = await outer.deps.accounts.forChat(outer.chat!, outer.from!.id);
    const owner = providers.byId[o.provider];
    if (!owner) throw new ProviderError("unavailable", `provider ${o.provider} is not configured`);
    const booking = await owner.book({
      provider: o.provider, offerRef: o.ref, flightCode: o.flightCode, from: o.from, to: o.to, date: o.date, pax: quote.pax, passengers, contact, captcha,
    });
    const from = outer.from!;
    await outer.deps.bookings.save(bookingRecord(booking, outer.chat!.id, { id: from.id, name: [from.first_name, from.last_name].filter(Boolean).join(" ") }, outer.deps.now(), localeOf(outer), providers.account));
    await outer.deps.contacts.remember(outer.chat!.id, contact);
    await outer.deps.jobs?.scheduleReminders(booking, outer.chat!.id);
    return booking;
  });
  if (!booked.ok) {
    await say(conversation, ctx, providerErrorText(ctx, booked));
    if (booked.code === "validation") return { kind: "change", ctx };
    return { kind: "stop", ctx };
  }
  const booking = booked.value;
  const now = await conversation.now();
  const cardId = await say(conversation, ctx, bookingText(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, booking, new Date(now)), bookingKeyboard(ctx.t.bind(ctx), booking.provider, booking.code));
  await conversation.external((outer) => outer.deps.bookings.update(booking.provider, booking.code, (r) => ({ ...r, messageId: cardId })));
  return { kind: "booked", booking };
}
