import type { ConvoContext } from "../../context.js";
import { isRetryWords } from "../../../domain/retry-words.js";
import { readTypedRequest } from "../../../domain/typed-request.js";
import type { Convo } from "./ask.js";
import { choose } from "./choose-step.js";
import { parseQuickForm, type QuickForm } from "./quick-form.js";

/** What the agent said to "Search again?": the same search, none, or a new one typed instead (`form`, as the quick form reads it). */
export type SearchAgain = { kind: "retry" | "cancel"; ctx: ConvoContext } | { kind: "new"; form: QuickForm; ctx: ConvoContext };

/**
 * "Search again? [🔁 Try again | ✖️ Cancel]" after a provider failed. Typed, the button's words, "ulang",
 * "retry" or a yes ("ok", "ya") search again, and a new search typed ("cgk dps bsk 2 dws", "cari …") is
 * started: a hurried agent is never told to use the buttons for what the words plainly say. In a group,
 * a line neither replying to the bot nor mentioning it goes on only as a button's own words.
 */
export async function askSearchAgain(conversation: Convo, ctx: ConvoContext): Promise<SearchAgain> {
  let typed: QuickForm | undefined;
  const again = await choose(conversation, ctx, ctx.t("search-retry-question"), "sr", [["retry", ctx.t("retry-button")], ["cancel", ctx.t("cancel-button")]] as const, {
    goOn: "retry",
    hear: (text, answer) => {
      typed = undefined;
      if (answer.unaddressed) return undefined;
      if (isRetryWords(text)) return { ok: true, value: "retry" };
      const request = readTypedRequest(text);
      if (request?.kind !== "search") return undefined;
      typed = parseQuickForm(request.text);
      return { ok: true, value: "retry" };
    },
  });
  return typed ? { kind: "new", form: typed, ctx: again.ctx } : { kind: again.value, ctx: again.ctx };
}
