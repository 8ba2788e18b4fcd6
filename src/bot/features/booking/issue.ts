import { Composer, InlineKeyboard } from "grammy";
import { isProviderError } from "../../../domain/errors.js";
import type { ProviderId } from "../../../domain/flight.js";
import { issueOnce, type IssueOutcome } from "../../../services/issue-booking.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../html.js";
import { localeOf, money } from "../../format.js";
import { providerErrorText } from "../provider-error-text.js";
import { parseBookingAction } from "./booking-keyboard.js";
import { parseBookingCode } from "./booking-code.js";
import { statusLabel, ticketCaption } from "./booking-card.js";
import { issuerPolicy, type IssuerPolicy } from "./issuers.js";
import { bookingSource } from "./booking-source.js";
import { sendTicket } from "./send-ticket.js";

/** Step one: say what will be spent and the deposit, and ask for an explicit confirmation. */
async function askToIssue(ctx: BotContext, code: string, provider?: ProviderId): Promise<void> {
  const { deps } = ctx;
  const policy = await issuerPolicy(deps, ctx.api, ctx.chat!, ctx.from!.id);
  if (!policy.allowed) return void (await ctx.reply(ctx.t("issue-not-allowed", { who: whoMayIssue(ctx, policy) }), { parse_mode: "HTML" }));
  const { record, source } = await bookingSource(ctx, code, provider);
  if (!source) return void (await ctx.reply(ctx.t("error-unavailable"), { parse_mode: "HTML" }));
  try {
    const [{ status }, balance] = await Promise.all([source.status(code), source.balance()]);
    if (status === "issued") return void (await ctx.reply(ctx.t("issue-already", { code }), { parse_mode: "HTML" }));
    if (status !== "waiting" && status !== "pending") {
      return void (await ctx.reply(ctx.t("issue-not-possible", { code, status: statusLabel(ctx.t.bind(ctx), status) }), { parse_mode: "HTML" }));
    }
    const nta = record?.booking.fares.nta;
    const text = ctx.t("issue-confirm", {
      code, amount: nta === undefined ? ctx.t("issue-amount-unknown") : money(nta), balance: money(balance),
      after: nta === undefined ? "-" : money(balance - nta),
    });
    if (nta !== undefined && balance < nta) {
      return void (await ctx.reply(`${text}\n${ctx.t("error-insufficient-deposit", { balance: money(balance) })}`, { parse_mode: "HTML" }));
    }
    const id = await deps.intents.create({ provider: source.id, code, chatId: ctx.chat!.id, userId: ctx.from!.id });
    const kb = new InlineKeyboard().text(ctx.t("issue-confirm-button", { amount: nta === undefined ? "" : money(nta) }), `ic:${id}`).text(ctx.t("cancel-button"), `ix:${id}`);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: kb });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    await ctx.reply(providerErrorText(ctx, e), { parse_mode: "HTML" });
  }
}

/** Every refusal says who can: the group's admins, or the people allowed by id (as mentions). */
function whoMayIssue(ctx: BotContext, p: IssuerPolicy): string {
  const people = p.ids.map((id) => `<a href="tg://user?id=${id}">${id}</a>`).join(", ");
  if (p.who === "admins") return people ? `${ctx.t("issuers-admins")}, ${people}` : ctx.t("issuers-admins");
  return people || ctx.t("issue-nobody-configured");
}

function outcomeText(ctx: BotContext, code: string, o: IssueOutcome): string {
  switch (o.kind) {
    case "issued":
      return ctx.t("issue-done", { code, tickets: escapeHtml(o.result.ticketNumbers.join(", ") || "-") });
    case "already_issued":
      return ctx.t("issue-already", { code });
    case "in_progress":
      return ctx.t("issue-in-progress", { code });
    case "not_issuable":
      return ctx.t("issue-not-possible", { code, status: statusLabel(ctx.t.bind(ctx), o.status) });
    case "failed":
      return providerErrorText(ctx, o.error);
    case "unknown":
      return o.status === undefined
        ? ctx.t("issue-unknown", { code })
        : ctx.t("issue-unknown-status", { code, status: statusLabel(ctx.t.bind(ctx), o.status) });
  }
}

export const issueFeature = new Composer<BotContext>();

issueFeature.command(["issue", "issued"], async (ctx) => {
  const code = parseBookingCode(ctx.match);
  if (!code) return void (await ctx.reply(ctx.t("issue-usage"), { parse_mode: "HTML" }));
  await askToIssue(ctx, code);
});

issueFeature.callbackQuery(/^b:i:/, async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (parsed) await askToIssue(ctx, parsed.code, parsed.provider);
});

issueFeature.callbackQuery(/^ix:[\w-]{1,16}$/, async (ctx) => {
  await ctx.deps.intents.drop(ctx.callbackQuery.data.slice(3));
  await ctx.answerCallbackQuery({ text: ctx.t("cancelled") });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
});

/** Step two: the confirmation. The intent is consumed atomically, then issueOnce guards the code. */
issueFeature.callbackQuery(/^ic:[\w-]{1,16}$/, async (ctx) => {
  const { deps } = ctx;
  const intent = await deps.intents.consume(ctx.callbackQuery.data.slice(3));
  if (!intent) return void (await ctx.answerCallbackQuery({ text: ctx.t("issue-intent-gone") }));
  if (intent.userId !== ctx.from.id || !(await issuerPolicy(deps, ctx.api, ctx.chat!, ctx.from.id)).allowed) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("issue-not-yours"), show_alert: true }));
  }
  await ctx.answerCallbackQuery({ text: ctx.t("issue-working") });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const record = await deps.bookings.get(intent.provider, intent.code);
  const source = record
    ? await deps.accounts.forBooking(intent.provider, record.account)
    : (await deps.accounts.forChat(ctx.chat!, ctx.from.id)).byId[intent.provider];
  if (!source) return void (await ctx.reply(ctx.t("error-unavailable"), { parse_mode: "HTML" }));
  await ctx.replyWithChatAction("typing");
  const outcome = await issueOnce({ ledger: deps.ledger, bookings: deps.bookings, now: deps.now }, source, intent.code, ctx.from.id);
  deps.logger.info({ booking: intent.code, outcome: outcome.kind, by: ctx.from.id }, "issue attempt");
  await ctx.reply(outcomeText(ctx, intent.code, outcome), { parse_mode: "HTML" });
  if (outcome.kind !== "issued" && outcome.kind !== "already_issued") return;
  await deps.jobs?.cancelReminders(intent.provider, intent.code);
  // With a worker the PDF is fetched and sent by a retried job, so a slow provider never holds the chat.
  if (deps.jobs) await deps.jobs.scheduleTicket(intent.provider, intent.code, intent.chatId, localeOf(ctx));
  else await deliverTicket(ctx, intent.provider, intent.code);
});

export async function deliverTicket(ctx: BotContext, provider: ProviderId, code: string): Promise<void> {
  const record = await ctx.deps.bookings.get(provider, code);
  const caption = record ? ticketCaption(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, record.booking) : ctx.t("ticket-caption-bare", { code });
  await ctx.replyWithChatAction("upload_document");
  const sent = await sendTicket(ctx.deps, ctx.api, ctx.chat!.id, provider, code, caption);
  if (sent.kind === "emailed") await ctx.reply(ctx.t("ticket-emailed", { email: escapeHtml(sent.email ?? "-") }), { parse_mode: "HTML" });
  if (sent.kind === "failed") await ctx.reply(ctx.t("ticket-failed", { code }), { parse_mode: "HTML" });
}
