import type { ConvoContext } from "../../context.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { say, type Convo } from "./ask.js";
import { saveDraft } from "./flow-draft.js";
import type { ListWish } from "./list-wish.js";
import { DEFAULT_VIEW, drawResults } from "./results-step.js";

/**
 * The list back from the card or the summary as asked there: "yg pagi aja" with the time filter on (drawn
 * with the list's own note, or its note that nothing flies then), "yg lebih murah" / "kok mahal" cheapest
 * first with no filter left. `kept`: passengers or contact given, which stay for the flight picked (said).
 */
export async function showWishedList(conversation: Convo, ctx: ConvoContext, sid: string, wish: ListWish, kept: boolean): Promise<boolean> {
  const line = "cheaper" in wish ? ctx.t(kept ? "list-wish-cheaper-kept" : "list-wish-cheaper") : kept ? ctx.t("summary-other-flight-kept") : undefined;
  if (line) await say(conversation, ctx, line);
  return conversation.external(async (outer) => {
    speakAsFlow(outer, ctx.flowLocale);
    const board = outer.chat && outer.from ? await outer.deps.searches.board(outer.chat.id, outer.from.id) : undefined;
    const base = board?.sid === sid ? board.view : DEFAULT_VIEW;
    const shown = "cheaper" in wish
      ? await drawResults(outer, sid, { ...DEFAULT_VIEW })
      : await drawResults(outer, sid, { ...base, page: 0 }, { time: wish.time });
    // A booking flow with the list back on screen notes it (flow-draft.ts): a cancel there keeps the list.
    await saveDraft(conversation, outer);
    return shown;
  });
}
