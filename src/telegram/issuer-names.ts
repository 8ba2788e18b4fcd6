import type { Api } from "grammy";
import type { Actor, SpendRule, Standing } from "../services/access-policy.js";

/** At most this many people are named in one request or reminder: a long list pings nobody in particular. */
const MAX_NAMED = 8;

/**
 * The people of a group who may spend under `rule`, by their first names, to mention them: the group's
 * admins (who Telegram says they are now) and its /allow list, or the list alone, or the operator's issuers
 * and the linked account's owner while they are in the group. Bots and anonymous admins are left out (a
 * mention reaches nobody); so is anyone Telegram says is not in the group.
 */
export async function issuersToMention(api: Api, chatId: number, rule: SpendRule): Promise<{ id: number; name: string }[]> {
  const named = new Map<number, string>();
  if (rule.who === "admins") {
    const admins = await api.getChatAdministrators(chatId).catch(() => []);
    for (const a of admins) if (!a.user.is_bot && !("is_anonymous" in a && a.is_anonymous)) named.set(a.user.id, a.user.first_name);
  }
  const listed = rule.who === "owner" ? [rule.ownerId] : rule.who === "everyone" ? [] : rule.ids;
  for (const id of listed.filter((i) => i > 0 && !named.has(i)).slice(0, MAX_NAMED)) {
    const m = await api.getChatMember(chatId, id).catch(() => undefined);
    const inGroup = m && (m.status === "creator" || m.status === "administrator" || m.status === "member" || (m.status === "restricted" && m.is_member));
    if (inGroup && !m.user.is_bot) named.set(id, m.user.first_name);
  }
  return [...named].slice(0, MAX_NAMED).map(([id, name]) => ({ id, name }));
}

/**
 * The booker of a group's booking as the access policy sees her when a job runs: where she stands in the
 * group now, asked of Telegram (a group the bot can't ask about vouches for nobody).
 */
export function memberActor(api: Api, chatId: number, userId: number): Actor {
  let standing: Promise<Standing> | undefined;
  const ask = async (): Promise<Standing> => {
    const m = await api.getChatMember(chatId, userId).catch(() => undefined);
    if (!m) return "outside";
    if (m.status === "creator" || m.status === "administrator") return "admin";
    return m.status === "member" || (m.status === "restricted" && m.is_member) ? "member" : "outside";
  };
  // A supergroup's id starts with -100; either way the policy only asks whether it is a group.
  const type = String(chatId).startsWith("-100") ? "supergroup" : "group";
  return { userId, chat: { id: chatId, type }, standing: () => (standing ??= ask()) };
}
