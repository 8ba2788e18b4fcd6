import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import type { ConvoContext } from "../../context.js";
import { providerErrorText } from "../provider-error-text.js";
import { say, type Convo } from "./ask.js";
import type { NewDay } from "./booking-steps.js";
import { runSearch, showResults } from "./results-step.js";

/**
 * Another day asked at the summary ("eh ganti tgl 15"): the list's route and party searched on it, inside
 * the booking, so the passengers and contact given stay for the flight picked from it (said first). The new
 * list's search id, or undefined when it lists nothing to pick (no flights, the providers failing: said),
 * and the booking's own list comes back.
 */
export async function searchOtherDay(conversation: Convo, ctx: ConvoContext, sid: string, day: NewDay): Promise<string | undefined> {
  const query = await conversation.external(async (outer) => (outer.chat ? (await outer.deps.searches.get(sid, outer.chat.id))?.query : undefined));
  if (!query) return undefined;
  await say(conversation, ctx, ctx.t("summary-other-day-kept", { date: escapeHtml(shortDate(day.date, localeOf(ctx))) }));
  const { result, messageId } = await runSearch(conversation, ctx, { ...query, date: day.date });
  if (!result.ok) {
    await say(conversation, ctx, `${providerErrorText(ctx, result)}\n\n${ctx.t("summary-other-day-none")}`);
    return undefined;
  }
  if (result.value.count === 0) {
    await say(conversation, ctx, `${ctx.t(result.value.departed > 0 ? "nav-all-departed" : "error-no-flights")}\n\n${ctx.t("summary-other-day-none")}`);
    return undefined;
  }
  return (await showResults(conversation, ctx, result.value.sid, messageId, day.time)) ? result.value.sid : undefined;
}
