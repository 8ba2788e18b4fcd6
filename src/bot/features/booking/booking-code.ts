import type { CodeCommand } from "../../../store/awaited-codes.js";
import { parseTypedBookingCode } from "../../../domain/typed-booking-code.js";
import type { BotContext } from "../../context.js";

/** The one booking code in the words typed (domain/typed-booking-code.ts), else undefined. */
export function parseBookingCode(text: string | undefined): string | undefined {
  const typed = parseTypedBookingCode(text);
  return typed.kind === "code" ? typed.code : undefined;
}

/** In a group the question replies to the member's command, as a flow's questions do: hers, and answered by a reply. */
function answering(ctx: BotContext) {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  return group && ctx.message ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {};
}

/** A command sent without a code: says how to give one, and takes the code typed next (bare-code.ts). */
export async function askForCode(ctx: BotContext, command: CodeCommand, usageKey: string): Promise<void> {
  if (ctx.chat && ctx.from) await ctx.deps.awaitedCodes.expect(ctx.chat.id, ctx.from.id, command);
  await ctx.reply(ctx.t(usageKey), { parse_mode: "HTML", ...answering(ctx) });
}

/**
 * The code a command was sent with ("/cek kode Z7A9DN.", "/issued #z7a9dn dong"). With none it asks for
 * one (`none`: what the command does instead, askForCode by default); with two different ones it asks
 * which rather than guess, and takes the code typed next. Undefined: answered here.
 */
export async function commandCode(ctx: BotContext, command: CodeCommand, usageKey: string, none?: () => Promise<void>): Promise<string | undefined> {
  return (await commandCodes(ctx, command, usageKey, none, 1))[0];
}

/** The most codes "which one?" names: a pasted export of hundreds would pass Telegram's 4096 characters. */
const NAMED_CODES = 10;

/** The codes typed, the first NAMED_CODES of them and how many more. */
function namedCodes(ctx: BotContext, codes: string[]): string {
  const named = codes.slice(0, NAMED_CODES).join(", ");
  return codes.length > NAMED_CODES ? ctx.t("code-typed-more", { codes: named, more: codes.length - NAMED_CODES }) : named;
}

/**
 * Every code a read-only command was sent with ("/cek Z7A9DN K2L8PQ", "cek Z7A9DN dan K2L8PQ"), up to `most`:
 * an agent checking two bookings wants both answers, not "which one?". More than `most` is asked about as
 * commandCode asks; empty: answered here.
 */
export async function commandCodes(ctx: BotContext, command: CodeCommand, usageKey: string, none: (() => Promise<void>) | undefined, most: number): Promise<string[]> {
  const typed = parseTypedBookingCode(ctx.match === undefined ? undefined : String(ctx.match));
  if (typed.kind === "code") return [typed.code];
  if (typed.kind === "several" && typed.codes.length <= most) return typed.codes;
  if (typed.kind === "none") {
    await (none ? none() : askForCode(ctx, command, usageKey));
    return [];
  }
  if (ctx.chat && ctx.from) await ctx.deps.awaitedCodes.expect(ctx.chat.id, ctx.from.id, command);
  await ctx.reply(ctx.t("code-typed-which", { command, count: typed.codes.length, codes: namedCodes(ctx, typed.codes), first: typed.codes[0]! }), {
    parse_mode: "HTML", ...answering(ctx),
  });
  return [];
}
