import type { CodeCommand } from "../../../store/awaited-codes.js";
import type { BotContext } from "../../context.js";

/** Booking codes as agents type them: case and spaces don't matter; 4–10 letters and digits. */
export function parseBookingCode(text: string | undefined): string | undefined {
  const code = (text ?? "").trim().toUpperCase();
  return /^[A-Z0-9]{4,10}$/.test(code) ? code : undefined;
}

/** A command sent without a code: says how to give one, and takes the code typed next (bare-code.ts). */
export async function askForCode(ctx: BotContext, command: CodeCommand, usageKey: string): Promise<void> {
  if (ctx.chat && ctx.from) await ctx.deps.awaitedCodes.expect(ctx.chat.id, ctx.from.id, command);
  await ctx.reply(ctx.t(usageKey), { parse_mode: "HTML" });
}
