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
  const issuerNames = group ? await namesOf(ctx, settings.issuerIds) : undefined;
  return { text: settingsText(t, settings, { group, mayIssueHere: mayIssue, defaultOffsets: ctx.deps.settings.reminderOffsetsMs, issuerNames }), keyboard: settingsKeyboard(t, group) };
}

/** The panel lists people on the issuer list by name: Telegram knows them, the settings keep only their ids. */
const NAMES_LOOKED_UP = 20;

async function namesOf(ctx: BotContext, ids: readonly number[]): Promise<Map<number, string>> {
  const chatId = ctx.chat!.id;
  const found = await Promise.all(ids.slice(0, NAMES_LOOKED_UP).map(async (id) => {
    const member = await ctx.api.getChatMember(chatId, id).catch(() => undefined);
    const u = member?.user;
    return u ? ([id, [u.first_name, u.last_name].filter(Boolean).join(" ")] as const) : undefined;
  }));
  return new Map(found.filter((e) => e !== undefined));
}
