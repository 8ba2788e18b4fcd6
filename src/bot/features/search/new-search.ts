import type { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { actorOf } from "../../actor.js";
import { deniedText } from "../booking/access-replies.js";
import { BOOKING_CONVERSATION } from "./booking-conversation.js";

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/**
 * /search (/cari) starts a search at once, whatever was under way: a hurried agent typing it wants that
 * search. A booking being filled in (passengers, contact) is dropped with it, and that is said, so
 * nobody later wonders where the earlier booking went or whether it was made.
 */
export function newSearchFeature(start: (ctx: BotContext, quickForm: string) => Promise<void>) {
  const composer = new LeanComposer<BotContext>();
  composer.command(["search", "cari"], throttle("search"), async (ctx) => {
    // Nobody starts a search on an account they may not use: they are told how to /login instead.
    const access = await ctx.deps.access.access(actorOf(ctx));
    if (!access.ok) return void (await ctx.reply(deniedText(ctx, access.reason), { parse_mode: "HTML" }));
    if (ctx.conversation.active(BOOKING_CONVERSATION)) {
      await ctx.reply(ctx.t("new-search-dropped"), {
        parse_mode: "HTML", reply_parameters: isGroup(ctx) ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true } : undefined,
      });
    }
    await start(ctx, ctx.match);
  });
  return composer;
}

/**
 * The update seen as if `line` ("/cari cgk sub 21/12 1") had been typed instead, run by `composer` (the /cari
 * command): who, where, the reply anchor, session and language stay the update's.
 */
export async function asCommand(composer: Composer<BotContext>, ctx: BotContext, line: string): Promise<void> {
  const command = line.split(" ", 1)[0]!;
  const message = { ...ctx.message!, text: line, entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] };
  const view = Object.create(ctx, { update: { value: { ...ctx.update, message } } }) as BotContext;
  await composer.middleware()(view, () => Promise.resolve());
}
