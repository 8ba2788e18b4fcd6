import type { Context } from "grammy";

/**
 * Whether the tapped message's own keyboard has a button of this kind (its data starts with one of
 * `prefixes`). A modified client can send any data on any message, and a handler that edits the message
 * it was tapped on (a language prompt, a list, a settings panel) would otherwise replace whatever that
 * message was (`lang:en` sent on a booking card, another member's list id on a reminder). The kind, not
 * the exact data: a keyboard redrawn while it was tapped still counts as its own. A message whose keyboard
 * the update doesn't carry (too old to be sent, an inline message) can't be told, and counts.
 */
export function tappedCarries(ctx: Context, ...prefixes: string[]): boolean {
  const tapped = ctx.callbackQuery?.message;
  const markup = tapped && "reply_markup" in tapped ? tapped.reply_markup : undefined;
  if (!markup) return true;
  return markup.inline_keyboard.some((row) => row.some((b) => "callback_data" in b && prefixes.some((p) => b.callback_data.startsWith(p))));
}

/**
 * Whether the tapped message's own keyboard has this exact button: for a button that acts on something
 * only it names (a kept flow's token), where another button of the same kind on that message is another
 * member's. A message whose keyboard the update doesn't carry counts, as above.
 */
export function tappedHas(ctx: Context, data: string): boolean {
  const tapped = ctx.callbackQuery?.message;
  const markup = tapped && "reply_markup" in tapped ? tapped.reply_markup : undefined;
  if (!markup) return true;
  return markup.inline_keyboard.some((row) => row.some((b) => "callback_data" in b && b.callback_data === data));
}

/** The kinds of button a settings panel (general, digest, agency) carries: each redraws another in place. */
export const SETTINGS_BUTTONS = ["st:", "dg:", "ag:"] as const;
