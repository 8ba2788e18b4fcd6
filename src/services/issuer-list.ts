import type { AccessPolicy, OffListSpender, Standing } from "./access-policy.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";

/** A member an admin names with /allow or /disallow, and where Telegram says she stands in the group now. */
export interface ListedMember {
  id: number;
  standing: Standing;
}

export interface IssuerListDeps {
  chatSettings: ChatSettingsStore;
  access: AccessPolicy;
}

/**
 * What /allow or /disallow did, for an answer that never claims more than is so: `wasListed` says
 * whether the list changed, `offList` why she may spend here whatever the list says (the group's rule,
 * the operator's issuers, the linked account's owner), so a /disallow that can't stop her says so.
 */
export type IssuerListOutcome =
  | { kind: "not_member" }
  | { kind: "allowed" | "disallowed"; wasListed: boolean; offList?: OffListSpender };

/**
 * /allow: only someone in the group now goes on its list. An old message of someone who left (or a
 * name the bot saw before they left) must not put her there for the day someone adds her back; if she
 * is still on it (her leaving went unseen), she comes off now, as leaving would have done.
 */
export async function allowIssuer(deps: IssuerListDeps, chat: { id: number; type: string }, member: ListedMember): Promise<IssuerListOutcome> {
  if (member.standing === "outside") {
    await deps.chatSettings.dropIssuers(chat.id, [member.id]);
    return { kind: "not_member" };
  }
  const offList = await deps.access.spendsOffList(chat, member.id, member.standing);
  const wasListed = await edit(deps, chat.id, member.id, true);
  return { kind: "allowed", wasListed, offList };
}

/** /disallow: she comes off the list, and the answer says what she may still do here under the group's rule. */
export async function disallowIssuer(deps: IssuerListDeps, chat: { id: number; type: string }, member: ListedMember): Promise<IssuerListOutcome> {
  const wasListed = await edit(deps, chat.id, member.id, false);
  const offList = await deps.access.spendsOffList(chat, member.id, member.standing);
  return { kind: "disallowed", wasListed, offList };
}

/** Puts her on the list or takes her off; whether she was on it before. */
async function edit(deps: IssuerListDeps, chatId: number, userId: number, allow: boolean): Promise<boolean> {
  let listed = false;
  await deps.chatSettings.update(chatId, (s) => {
    listed = s.issuerIds.includes(userId);
    return { ...s, issuerIds: allow ? [...new Set([...s.issuerIds, userId])] : s.issuerIds.filter((id) => id !== userId) };
  });
  return listed;
}
