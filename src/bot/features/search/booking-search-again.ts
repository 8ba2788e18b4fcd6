import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import type { ConvoContext } from "../../context.js";
import { providerErrorText } from "../provider-error-text.js";
import { say, type Convo } from "./ask.js";
import type { NewSearch } from "./booking-steps.js";
import { runSearch, showResults } from "./results-step.js";

/**
 * Another day or a larger party asked at the summary ("eh ganti tgl 15", "tambah 1 bayi"), or one without an
 * infant ("kurangi 1 bayi": the rest kept, the infant's name said): the list's search
 * run so, inside the booking, so the passengers and contact given stay for the flight picked from it (said
 * first; a larger party's new passengers are asked after the pick). The new list's search id, or undefined
 * when it lists nothing to pick (no flights, the providers failing: said), and the booking's own list comes back.
 */
export async function searchKeepingDetails(conversation: Convo, ctx: ConvoContext, sid: string, change: NewSearch): Promise<string | undefined> {
  const query = await conversation.external(async (outer) => (outer.chat ? (await outer.deps.searches.get(sid, outer.chat.id))?.query : undefined));
  if (!query) return undefined;
  const party = "pax" in change ? escapeHtml(partyText(ctx.t.bind(ctx), change.pax)) : "";
  const note = "pax" in change
    ? change.dropped?.length
      ? ctx.t("summary-fewer-party-kept", { party, names: escapeHtml(change.dropped.join(", ")) })
      : ctx.t("summary-other-party-kept", { party })
    : ctx.t("summary-other-day-kept", { date: escapeHtml(shortDate(change.date, localeOf(ctx))) });
  await say(conversation, ctx, note);
  const { result, messageId } = await runSearch(conversation, ctx, { ...query, ...("pax" in change ? { pax: change.pax } : { date: change.date }) });
  if (!result.ok) {
    await say(conversation, ctx, `${providerErrorText(ctx, result)}\n\n${ctx.t("summary-other-day-none")}`);
    return undefined;
  }
  if (result.value.count === 0) {
    await say(conversation, ctx, `${ctx.t(result.value.departed > 0 ? "nav-all-departed" : "error-no-flights")}\n\n${ctx.t("summary-other-day-none")}`);
    return undefined;
  }
  const time = "pax" in change ? undefined : change.time;
  return (await showResults(conversation, ctx, result.value.sid, messageId, time)) ? result.value.sid : undefined;
}
