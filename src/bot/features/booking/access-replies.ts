import type { AccessDenied, SpendRule } from "../../../services/access-policy.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";

type Translating = { t: (key: string, vars?: Record<string, string | number>) => string };

/** Why nobody here may use an account, and how to get one: in the person's language, never blaming them. */
export function deniedText(ctx: Translating, reason: AccessDenied): string {
  return ctx.t(`access-${reason.replace(/_/g, "-")}`);
}

/** Every refusal to spend says who can: the operator's issuers, the account's owner, the group's admins or list. */
export function whoMaySpend(ctx: Translating, rule: SpendRule, names: ReadonlyMap<number, string> = new Map()): string {
  // A name where Telegram gave one (a link opens the person), the bare id only for someone it won't name.
  const mention = (id: number) => `<a href="tg://user?id=${id}">${escapeHtml(names.get(id) ?? String(id))}</a>`;
  switch (rule.who) {
    case "everyone":
      return ctx.t("issuers-everyone");
    case "owner":
      return ctx.t("issuers-owner", { owner: mention(rule.ownerId) });
    case "admins":
      return rule.ids.length ? `${ctx.t("issuers-admins")}, ${rule.ids.map(mention).join(", ")}` : ctx.t("issuers-admins");
    case "list":
    case "operator":
      return rule.ids.map(mention).join(", ") || ctx.t(rule.who === "list" ? "issuers-list-empty" : "issue-nobody-configured");
  }
}

/**
 * The refusal to spend. In a private chat, the issuers it names can't open a booking made there
 * (bookings belong to their chat), so it also says how they can issue it.
 */
export async function notAllowedText(ctx: BotContext, rule: SpendRule): Promise<string> {
  const text = ctx.t("issue-not-allowed", { who: whoMaySpend(ctx, rule, await namesOf(ctx, rule)) });
  return ctx.chat?.type === "private" && rule.who === "operator" ? `${text}\n${ctx.t("issue-not-allowed-private")}` : text;
}

/** Names of the people a rule lists: members of this group, or people who have talked to the bot. */
async function namesOf(ctx: BotContext, rule: SpendRule): Promise<Map<number, string>> {
  const ids = rule.who === "owner" ? [rule.ownerId] : rule.who === "everyone" ? [] : rule.ids.slice(0, MAX_NAMED);
  const chatId = ctx.chat?.id;
  const named = await Promise.all(ids.map(async (id) => {
    const user = chatId !== undefined && chatId < 0
      ? await ctx.api.getChatMember(chatId, id).then((m) => m.user, () => undefined)
      : undefined;
    const name = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") : await ctx.api.getChat(id).then((c) => ("first_name" in c ? c.first_name : undefined), () => undefined);
    return [id, name] as const;
  }));
  return new Map(named.filter((n): n is readonly [number, string] => !!n[1]));
}
/** A refusal names a few people; asking Telegram about more would only slow it down. */
const MAX_NAMED = 5;
