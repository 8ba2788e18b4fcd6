import { LeanComposer } from "../../lean-composer.js";
import { localeOf } from "../../../presenters/format.js";
import { dailyDigest } from "../../../services/daily-digest.js";
import { actorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";
import { throttle } from "../../middlewares/throttle.js";
import { onDemandDigest } from "./on-demand-view.js";
import { refuseNotFound } from "../booking/status.js";

export const digestFeature = new LeanComposer<BotContext>();

/**
 * The digest on demand: today so far above yesterday (see on-demand-view.ts); always answers, even with
 * nothing to report (the scheduled one stays quiet then).
 */
digestFeature.command(["digest", "ringkasan"], throttle("lookup"), async (ctx) => {
  const { deps } = ctx;
  const now = deps.now();
  // As /status: a due booking found issued where our records had no issue of it gets its e-ticket.
  const digest = await dailyDigest(deps, actorOf(ctx), now, deps.settings.timeZone, { deps, locale: localeOf(ctx) });
  // Someone outside the group gets what /bookings gives him: what a chat with nothing in it gets.
  if (!digest) return void (await ctx.reply(ctx.t("bookings-empty"), { parse_mode: "HTML" }));
  // The operator revoked the group: refused as /cek and /bookings refuse its bookings.
  if (digest.denied) return refuseNotFound(ctx, { kind: "denied", reason: digest.denied });
  const { text, keyboard } = onDemandDigest(ctx.t.bind(ctx), localeOf(ctx), deps.settings.timeZone, digest, now);
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
});
