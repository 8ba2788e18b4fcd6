import type { NextFunction } from "grammy";
import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { takeAnswer } from "./flow-answer.js";
import { endFlow, saveFlow, stopAtPassword } from "./flow-state.js";
import type { FlowStep } from "./flow-steps.js";
import { deleteSecret, maskUsername } from "./linked.js";
import { commandOf, isBackWord, isCancelCommand, isCancelWord, looksLikePassword, startsAccountFlow } from "./password-words.js";

/** What a person sends besides text: any of it may show or speak the password. */
const SENT = ["caption", "photo", "document", "video", "voice", "audio", "video_note", "sticker", "animation", "contact", "location", "venue", "poll", "dice", "story", "paid_media"] as const;

/**
 * A message while a flow waits for a password (/login's, /resetpassword's new one). The rules, secret first:
 * - Whatever could hold the password is deleted before anything else is done with it: any line but one of
 *   this bot's own commands alone (with words after it, they may be the password), any media (a caption, a screenshot, a voice note), an edit turning an earlier
 *   message into one line. Nothing of it is ever logged, and nothing reaches another feature.
 * - A command doesn't end the flow behind the person's back. /batal and /cancel stop it, saying so;
 *   /login, /resetpassword (and their /start links) start over; any other command is not run, and the
 *   person is told the bot still waits for the password, and how to stop first. So no other flow opens
 *   whose question the password, typed next, would answer in the clear.
 * - "kembali"/"back" goes back to the question before; "batal"/"cancel" stops as /batal does. Neither is
 *   ever sent to the provider as a password (each wrong try counts towards a locked account).
 * - Once stopped here (cancelled, or too late), the flow is kept a few minutes as "stopped" (flow-state.ts):
 *   the next line, if it is a lone one that looks like a password, is deleted too and the person told the
 *   login had stopped and how to start again (`afterStop`).
 */
export async function atPasswordQuestion(ctx: BotContext, accounts: LinkedAccounts, flow: AccountFlow, steps: readonly FlowStep[], index: number, next: NextFunction): Promise<void> {
  if (ctx.editedMessage) return edited(ctx, accounts, flow, next);
  const message = ctx.message;
  // Service messages (a pin, say) are nothing the person typed or sent.
  if (!message || (message.text === undefined && !SENT.some((k) => k in message))) return next();
  const text = message.text;
  const command = text === undefined ? undefined : commandOf(text);
  // A known command alone can't be the password; with words after it ("/login joko Rahasia-77", an agent
  // who thinks /login takes both), those words may be. /login and /resetpassword with words delete their
  // own message when they start over (account/index.ts): not here too, or the second try would fail and warn.
  const restarts = command?.known === true && startsAccountFlow(command) && command.name !== "start";
  if ((!command?.known || command.arg !== "") && !restarts) await deleteSecret(ctx);
  if (ctx.deps.now().getTime() > flow.until) {
    await stopAtPassword(ctx, accounts, flow.kind);
    await ctx.reply(ctx.t("account-flow-expired"), { parse_mode: "HTML" });
    // Too late for the flow: a command was meant for itself and runs (/batal has nothing left to stop).
    return command?.known && !isCancelCommand(command) ? next() : undefined;
  }
  const username = escapeHtml(maskUsername(flow.data.username ?? "-"));
  if (text === undefined) return void (await ctx.reply(ctx.t("account-password-as-text", { kind: flow.kind, username }), { parse_mode: "HTML" }));
  if (command) {
    if (isCancelCommand(command)) return cancel(ctx, accounts, flow.kind);
    if (command.known && startsAccountFlow(command)) return next();
    // Not run, and said; an unknown "/word" (deleted: it may be the password) is never repeated back.
    const waiting = command.known
      ? ctx.t("account-password-still-waiting", { kind: flow.kind, username, command: `/${command.name}` })
      : ctx.t("account-password-unknown-command", { kind: flow.kind, username });
    return void (await ctx.reply(waiting, { parse_mode: "HTML" }));
  }
  if (isCancelWord(text)) return cancel(ctx, accounts, flow.kind);
  if (isBackWord(text)) return back(ctx, accounts, flow, steps, index);
  await takeAnswer(ctx, accounts, flow, steps, index, text);
}

/**
 * An edit while the password is awaited (the /saldo just answered, turned into the password): a single
 * line that isn't one of this bot's commands may be the password, so it goes and is not used. Longer
 * edits (an old passenger list) are no password and are left to the other features.
 */
async function edited(ctx: BotContext, accounts: LinkedAccounts, flow: AccountFlow, next: NextFunction): Promise<void> {
  const m = ctx.editedMessage!;
  const typed = (m.text ?? m.caption)?.trim();
  if (!typed || /[\r\n]/.test(typed) || commandOf(typed)?.known) return next();
  await deleteSecret(ctx);
  if (ctx.deps.now().getTime() > flow.until) {
    await stopAtPassword(ctx, accounts, flow.kind);
    return void (await ctx.reply(ctx.t("account-flow-expired"), { parse_mode: "HTML" }));
  }
  await ctx.reply(ctx.t("account-password-edited", { kind: flow.kind }), { parse_mode: "HTML" });
}

async function cancel(ctx: BotContext, accounts: LinkedAccounts, kind: AccountFlow["kind"]): Promise<void> {
  await stopAtPassword(ctx, accounts, kind);
  // The word every flow of the bot answers a cancel with; the next line, if it is the password, says more.
  await ctx.reply(ctx.t("cancelled"), { reply_markup: { remove_keyboard: true } });
}

/** Back to the question before (the username, for /login): its answer and any after it are dropped. */
async function back(ctx: BotContext, accounts: LinkedAccounts, flow: AccountFlow, steps: readonly FlowStep[], index: number): Promise<void> {
  const previous = steps[index - 1];
  if (!previous) return cancel(ctx, accounts, flow.kind);
  const data: Record<string, string> = {};
  for (const s of steps.slice(0, index - 1)) if (flow.data[s.name] !== undefined) data[s.name] = flow.data[s.name]!;
  await saveFlow(ctx, accounts, { kind: flow.kind, step: previous.name, data });
  await ctx.reply(ctx.t(previous.prompt), { parse_mode: "HTML" });
}

/**
 * The first line typed after a flow stopped at its password question, within a few minutes: if it is a
 * lone line that looks like a password, it is taken for the password typed too late — deleted, and the
 * person told the login had stopped and how to start again — instead of being answered (and left in the
 * chat) by the other features. One line only: whatever it is, the stop is no longer the chat's last step
 * after it. Media, buttons and edits pass and leave the window open.
 */
export async function afterStop(ctx: BotContext, accounts: LinkedAccounts, flow: AccountFlow, next: NextFunction): Promise<void> {
  const text = ctx.message?.text;
  if (text === undefined) return next();
  await endFlow(ctx, accounts);
  if (ctx.deps.now().getTime() > flow.until || commandOf(text)?.known || !looksLikePassword(text)) return next();
  await deleteSecret(ctx);
  await ctx.reply(ctx.t("account-password-after-stop", { kind: flow.kind }), { parse_mode: "HTML" });
}
