import { InputFile } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import type { CustomerCard } from "../../../domain/customer-card.js";
import { bookingCard, MAX_COMPARED, offersCard, quoteCard, searchForCard, type CustomerQuote } from "../../../services/customer-quote.js";
import { parseCustomerCardData, type CustomerCardAction } from "../../../presenters/customer-card-data.js";
import { customerCardText, customerCardView } from "../../../presenters/customer-card.js";
import { localeOf } from "../../../presenters/format.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { throttle } from "../../middlewares/throttle.js";
import { holdTap, refuseNotFound, releaseTap } from "../booking/status.js";
import { providerErrorText } from "../provider-error-text.js";
import { colleagueOf } from "../fare-calendar/whose-list.js";
import { pickerView } from "./picker-view.js";
import { cutText } from "../../../presenters/cut-text.js";
import { tappedCarries } from "../../tapped-keyboard.js";

/**
 * "📤 For customer": a card the agent forwards to a customer — a PNG and the same words as plain text.
 * Works with or without a search conversation in progress (registered before it). Unknown, forged and
 * expired buttons all get the same answer; a booking nobody here may see reads like an unknown code (in
 * a group, as the tapper's toast: booking/status.ts). In a group a search's flights are its member's:
 * another member's tap on her list's, quote's or picker's 📤 gets a toast saying whose they are.
 */
export const customerCardFeature = new LeanComposer<BotContext>();

/** The renderer (satori, resvg, fonts) is loaded on the first card only: most processes never draw one. */
async function renderPng(ctx: BotContext, card: CustomerCard): Promise<{ text: string; png?: Uint8Array }> {
  const view = customerCardView(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, card);
  const text = customerCardText(view);
  try {
    const { renderCardPng } = await import("../../../presenters/customer-card-image.js");
    return { text, png: await renderCardPng(view) };
  } catch (error) {
    ctx.log.error({ err: error }, "customer card image failed");
    return { text };
  }
}

/** `unknown` answers differently by origin: an alert on a live button, an unknown-code reply for bookings. */
async function sendCard(ctx: BotContext, result: CustomerQuote, unknown: () => Promise<void>): Promise<void> {
  if (result.kind === "unknown") return unknown();
  if (result.kind === "failed") return void (await ctx.reply(providerErrorText(ctx, result.error), { parse_mode: "HTML" }));
  await ctx.replyWithChatAction("upload_photo");
  const { text, png } = await renderPng(ctx, result.card);
  if (png) await ctx.replyWithPhoto(new InputFile(png, "customer-card.png"));
  else await ctx.reply(ctx.t("cust-image-failed"));
  // Plain text, no parse mode: it is meant to be copied into WhatsApp as it is.
  await ctx.reply(text, { link_preview_options: { is_disabled: true } });
}

/** Expired results, a forged id or someone who may use no account here: one answer for all. */
async function expiredAlert(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("cust-expired"), show_alert: true });
}

/** A colleague's search in a group: said to the tapper alone (true), before anything is drawn or priced. */
async function colleaguesSearch(ctx: BotContext): Promise<boolean> {
  const owner = await colleagueOf(ctx);
  if (owner === undefined) return false;
  await ctx.answerCallbackQuery({ text: ctx.t("cust-not-yours", { name: cutText(owner, 40) }), show_alert: true });
  return true;
}

async function showPicker(ctx: BotContext, a: Extract<CustomerCardAction, { kind: "pick" }>): Promise<void> {
  if (a.selected.length > MAX_COMPARED) return void (await ctx.answerCallbackQuery({ text: ctx.t("cust-pick-max"), show_alert: true }));
  const entry = await searchForCard(ctx.deps, actorOf(ctx), a.sid);
  if (!entry) return expiredAlert(ctx);
  if (await colleaguesSearch(ctx)) return;
  await ctx.answerCallbackQuery();
  const { text, keyboard } = pickerView(ctx.t.bind(ctx), localeOf(ctx), a.sid, entry, a.page, a.selected);
  // In a group the picker answers the member's own message, as her list does: its buttons stay hers.
  const list = ctx.callbackQuery?.message;
  const anchor = ctx.chat?.type !== "private" && list?.reply_to_message && !list.reply_to_message.forum_topic_created ? list.reply_to_message.message_id : undefined;
  if (!a.redraw) {
    return void (await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard, ...(anchor !== undefined && { reply_parameters: { message_id: anchor, allow_sending_without_reply: true } }) }));
  }
  // Redrawn only in a picker (its own buttons), never in a message the data was forged on.
  if (!tappedCarries(ctx, "cust:")) return;
  await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard }).catch((e: unknown) => {
    if (!String((e as Error).message).includes("message is not modified")) throw e;
  });
}

customerCardFeature.callbackQuery(/^cust:/, async (ctx) => {
  const action = parseCustomerCardData(ctx.callbackQuery.data);
  if (!action) return expiredAlert(ctx);
  if (action.kind === "noop") return void (await ctx.answerCallbackQuery());
  if (action.kind === "pick") return showPicker(ctx, action);
  if (action.kind === "offers") {
    const result = await offersCard(ctx.deps, actorOf(ctx), action.sid, action.selected);
    if (result.kind === "unknown") return expiredAlert(ctx);
    if (await colleaguesSearch(ctx)) return;
    await ctx.answerCallbackQuery();
    return sendCard(ctx, result, () => expiredAlert(ctx));
  }
  // A live re-price asks the provider and a booking card reads a booking: both count against the person's limits.
  if (action.kind === "quote") {
    // An expired search, or one of another chat, is answered like forged data, before any provider call.
    if (!(await searchForCard(ctx.deps, actorOf(ctx), action.sid))?.offers[action.index]) return expiredAlert(ctx);
    if (await colleaguesSearch(ctx)) return;
    return throttle("search")(ctx, async () => {
      await ctx.answerCallbackQuery();
      await ctx.replyWithChatAction("typing");
      await sendCard(ctx, await quoteCard(ctx.deps, actorOf(ctx), action.sid, action.index), async () => void (await ctx.reply(ctx.t("cust-expired"))));
    });
  }
  // A booking card belongs to the group: any member makes its customer card.
  return throttle("lookup")(ctx, async () => {
    if (!holdTap(ctx)) await ctx.answerCallbackQuery();
    const result = await bookingCard(ctx.deps, actorOf(ctx), action.provider, action.code);
    if (result.kind !== "card") return refuseNotFound(ctx, result);
    await releaseTap(ctx);
    await sendCard(ctx, result, () => refuseNotFound(ctx, { kind: "unknown" }));
  });
});
