import type { BotContext } from "../../context.js";
import type { ChatSettings } from "../../../store/chat-settings.js";
import { actorOf } from "../../actor.js";
import { isGroup } from "./may-change.js";
import { settingsKeyboard, settingsText } from "./settings-view.js";

/**
 * The /settings panel for this chat. In a private chat it says who may issue here as the access
 * policy decides it for this person (on the built-in sandbox without issuers, anyone), not a general rule.
 */
export async function settingsPanel(ctx: BotContext, settings: ChatSettings) {
  const t = ctx.t.bind(ctx);
  const group = isGroup(ctx);
  const mayIssue = group ? undefined : (await ctx.deps.access.maySpend(actorOf(ctx), ctx.deps.providers.mmbc ? "mmbc" : "tiket", undefined)).allowed;
  return { text: settingsText(t, settings, group, mayIssue, ctx.deps.settings.reminderOffsetsMs), keyboard: settingsKeyboard(t, group) };
}
