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
  const looked = group ? await namesOf(ctx, settings.issuerIds) : undefined;
  // Someone Telegram says is no longer in the group (left while the bot wasn't told: no admin rights, a
  // large group without service messages) comes off the list here, as when the bot is told (chat-lifecycle.ts).
  if (looked && looked.gone.length > 0) {
    await ctx.deps.chatSettings.dropIssuers(ctx.chat!.id, looked.gone);
    settings = { ...settings, issuerIds: settings.issuerIds.filter((id) => !looked.gone.includes(id)) };
  }
  return { text: settingsText(t, settings, { group, mayIssueHere: mayIssue, defaultOffsets: ctx.deps.settings.reminderOffsetsMs, issuerNames: looked?.names }), keyboard: settingsKeyboard(t, group) };
}

/** The panel lists people on the issuer list by name: Telegram knows them, the settings keep only their ids. */
const NAMES_LOOKED_UP = 20;

/** Names by id, and the ids Telegram says left or were removed (a failed lookup is neither: kept as it is). */
async function namesOf(ctx: BotContext, ids: readonly number[]): Promise<{ names: Map<number, string>; gone: number[] }> {
  const chatId = ctx.chat!.id;
  const names = new Map<number, string>();
  const gone: number[] = [];
  await Promise.all(ids.slice(0, NAMES_LOOKED_UP).map(async (id) => {
    const member = await ctx.api.getChatMember(chatId, id).catch(() => undefined);
    if (!member) return;
    if (member.status === "left" || member.status === "kicked" || (member.status === "restricted" && !member.is_member)) return void gone.push(id);
    const u = member.user;
    names.set(id, [u.first_name, u.last_name].filter(Boolean).join(" "));
  }));
  return { names, gone };
}
