import { isGroup } from "../services/access-policy.js";
import { escapeHtml } from "../presenters/html.js";
import type { BotContext } from "./context.js";

/**
 * Group taps whose answer waits for their outcome (features/booking/status.ts says why: a refusal is the
 * tapper's toast, never a post in the group). Kept here, not in a feature, because the error boundary
 * settles them too: a held tap whose handler fails must not be left to say "still checking" at its deadline.
 */
const heldTaps = new WeakMap<BotContext, ReturnType<typeof setTimeout>>();

/**
 * Telegram refuses a callback answer once the tap is about 10-15 s old (and harmless-refusals.ts reads that
 * refusal as done), so a toast after a slow provider (a 15 s read timeout, retried) would reach nobody. A tap
 * still held after this long is answered with "still checking…", and its outcome, a refusal included, is
 * posted in the group for the member instead (`lateTaps`). BotSettings.answerDeadlineMs overrides it (tests).
 */
export const ANSWER_DEADLINE_MS = 8_000;

/** Held taps answered at the deadline: what they would have toasted is a message naming the member. */
const lateTaps = new WeakSet<BotContext>();

/** Holds a group tap's answer until its outcome is known (true), at most ANSWER_DEADLINE_MS; anything else is left to the caller. */
export function holdTap(ctx: BotContext): boolean {
  if (!ctx.callbackQuery || !ctx.chat || !isGroup(ctx.chat)) return false;
  const timer = setTimeout(() => void answerAtDeadline(ctx), ctx.deps.settings.answerDeadlineMs ?? ANSWER_DEADLINE_MS);
  timer.unref(); // a process stopping does not wait for it
  heldTaps.set(ctx, timer);
  return true;
}

/** Ends the hold of a tap still held (true): its answer is the caller's to give now. */
export function unhold(ctx: BotContext): boolean {
  const timer = heldTaps.get(ctx);
  if (timer === undefined) return false;
  clearTimeout(timer);
  heldTaps.delete(ctx);
  return true;
}

/** A tap answered "still checking" at its deadline: its outcome is a message for the member. */
export const answeredLate = (ctx: BotContext): boolean => lateTaps.has(ctx);

async function answerAtDeadline(ctx: BotContext): Promise<void> {
  if (!heldTaps.delete(ctx)) return;
  lateTaps.add(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t("tap-still-checking") }).catch((e: unknown) => ctx.log.warn({ err: e }, "held tap not answered at its deadline"));
}

/** A late tap's answer is addressed: it names the member and replies to the message she tapped. */
export function memberLink(from: { id: number; first_name: string }): string {
  return `<a href="tg://user?id=${from.id}">${escapeHtml(from.first_name)}</a>`;
}

export function answeringTapped(ctx: BotContext): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  const tapped = ctx.callbackQuery?.message?.message_id;
  return tapped === undefined ? {} : { reply_parameters: { message_id: tapped, allow_sending_without_reply: true } };
}
