import { LeanComposer } from "../../lean-composer.js";
import { digestMessage } from "../../../presenters/digest-message.js";
import { localeOf } from "../../../presenters/format.js";
import { dailyDigest } from "../../../services/daily-digest.js";
import { actorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";
import { throttle } from "../../middlewares/throttle.js";

export const digestFeature = new LeanComposer<BotContext>();

/** Today's digest on demand: always answers, even with nothing to report (the scheduled one stays quiet then). */
digestFeature.command(["digest", "ringkasan"], throttle("lookup"), async (ctx) => {
  const { deps } = ctx;
  // As /status: a due booking found issued where our records had no issue of it gets its e-ticket.
  const digest = await dailyDigest(deps, actorOf(ctx), deps.now(), deps.settings.timeZone, { deps, locale: localeOf(ctx) });
  const { text, keyboard } = digestMessage(ctx.t.bind(ctx), localeOf(ctx), deps.settings.timeZone, digest);
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
});
