import type { AccountResolver, EndedLink, LinkState } from "../domain/account-port.js";
import type { Actor } from "./access-policy.js";

const isGroup = (chat: { type: string }) => chat.type === "group" || chat.type === "supergroup";

/**
 * A group spends an agent's own deposit (/settings account) only while she is one of its members, as the
 * /allow list keeps only members. Her leaving seen (chat_member, the "left" message) or found when the
 * group would use the account (a search, a booking, an issue, /account: Telegram asked about her then),
 * the link ends, once: the group goes back to its default account and whoever ended it says so.
 */

/** The account linked to the group still has its owner in it: else the link ends, and the group and she are told. */
export async function linkWhileOwnerStays(accounts: AccountResolver, actor: Actor, link: LinkState): Promise<LinkState> {
  if (link.kind === "none" || !isGroup(actor.chat) || !actor.group) return link;
  const ownerId = link.kind === "linked" ? link.ownerId : accounts.ownerOf(link.account);
  // Her own taps: whether she is still in the group is the actor's own check (AccessPolicy.outsider).
  if (ownerId === undefined || ownerId === actor.userId) return link;
  if ((await actor.group.standingOf(ownerId)) !== "outside") return link;
  const ended = await accounts.endLink(actor.chat.id, link.account);
  if (ended) await actor.group.linkEnded(ended);
  return { kind: "none" };
}

/**
 * Someone left the group (or came back after a leaving the bot never saw): the group's link ends if it is
 * to her account. undefined: it wasn't, or another update about the same leaving ended it first.
 */
export async function endLinkOfLeaver(accounts: AccountResolver, chat: { id: number; type: string }, userId: number): Promise<EndedLink | undefined> {
  if (!isGroup(chat)) return undefined;
  const link = await accounts.linkFor(chat, userId);
  if (link.kind === "none" || accounts.ownerOf(link.account) !== userId) return undefined;
  return accounts.endLink(chat.id, link.account);
}
