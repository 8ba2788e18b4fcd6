import type { AccountResolver, ChatProviders, EndedLink, LinkState } from "../domain/account-port.js";
import type { ProviderId } from "../domain/flight.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import type { GroupApprovals } from "../store/group-approvals.js";
import { linkWhileOwnerStays } from "./linked-owner-left.js";

/** Where someone stands in a group now: one of its admins, a member, or not in it (left, removed, never joined). */
export type Standing = "admin" | "member" | "outside";

/** Who acts, and in which chat. */
export interface Actor {
  userId: number;
  chat: { id: number; type: string };
  /** Where they stand in the group now (asked of Telegram, at most once per update); private chats: "member". */
  standing: () => Promise<Standing>;
  /** The group beyond the actor, where the bot can ask Telegram about it (absent for jobs' actors). */
  group?: GroupMembers;
}

/** What a use case may learn of a group's other members, and tell it (bot/actor.ts). */
export interface GroupMembers {
  /** Where another person stands in the group now (asked of Telegram, once per person per update). */
  standingOf(userId: number): Promise<Standing>;
  /** The group's linked account ended because its owner is no longer in it: the group and she are told. */
  linkEnded(link: EndedLink): Promise<void>;
}

export const isGroup = (chat: { type: string }) => chat.type === "group" || chat.type === "supergroup";

/**
 * Why nobody here may use an account. The `_no_login` variants are for deployments where agents can't
 * link their own login (tiket.com only, or no CREDENTIALS_KEY): pointing them at /login would be a dead end.
 */
export type AccessDenied = "login_needed" | "login_unreadable" | "group_not_approved" | "operator_only" | "group_not_approved_no_login" | "not_member";

/** The accounts an actor may use here, or why none. */
export type Access = { ok: true; providers: ChatProviders; operator: boolean } | { ok: false; reason: AccessDenied };

/** Who may spend, said back to someone who may not. */
export type SpendRule =
  | { who: "operator"; ids: number[] }
  | { who: "owner"; ownerId: number }
  | { who: "admins" | "list"; ids: number[] }
  | { who: "everyone" };
export type SpendDecision = { allowed: boolean; rule: SpendRule };
/** Why someone may spend in a group without being on its /allow list (AccessPolicy.spendsOffList). */
export type OffListSpender = "operator" | "owner" | "everyone" | "admin";

export interface AccessPolicyOptions {
  /** ISSUER_IDS: use and spend the operator's account in any chat; approve groups. */
  issuerIds: readonly number[];
  /** AGENT_IDS: use the operator's account (not spend it) in their private chat and approved groups. */
  agentIds: readonly number[];
  accounts: AccountResolver;
  approvals: GroupApprovals;
  chatSettings: ChatSettingsStore;
}

/**
 * The trust model in one place (README "Who may do what").
 * - The operator's account (MMBC_* / TIKET_*) is used by ISSUER_IDS and AGENT_IDS in private chats and
 *   by approved groups; spent by ISSUER_IDS anywhere, and in an approved group by its issuer policy.
 * - A linked account (/login) is spent by its owner, or in the group it is linked to by that group's issuers.
 * - The sandbox is open to everyone: it is the demo.
 * Everything that reads a booking or moves money asks here; handlers and jobs only render the answer.
 */
export class AccessPolicy {
  constructor(private readonly o: AccessPolicyOptions) {}

  get sandbox(): boolean {
    return this.o.accounts.operator.search.sandbox;
  }

  isIssuer(userId: number): boolean {
    return this.o.issuerIds.includes(userId);
  }

  /** Whether the actor may use the operator's account in this chat at all (search, book, read). */
  async mayUseOperator(actor: Actor): Promise<boolean> {
    if (this.sandbox) return true;
    if (actor.chat.type === "private") return this.isIssuer(actor.userId) || this.o.agentIds.includes(actor.userId);
    if (!isGroup(actor.chat)) return false;
    return (await this.o.approvals.get(actor.chat.id)) !== undefined;
  }

  /** The accounts this chat works with for this actor: their own login first, else the operator's if allowed. */
  async access(actor: Actor): Promise<Access> {
    // A button of a public supergroup tapped by someone who isn't in it: no account of the group's is theirs to use.
    if (await this.outsider(actor)) return { ok: false, reason: "not_member" };
    const link = await this.linkFor(actor);
    // An unreadable login is a broken promise to its owner: never quietly spend someone else's deposit instead.
    if (link.kind === "unreadable") return { ok: false, reason: "login_unreadable" };
    const operator = await this.mayUseOperator(actor);
    const own = this.o.accounts.operator;
    if (link.kind === "linked") {
      const providers: ChatProviders = operator
        ? { search: link.withOperator, byId: { ...own.byId, mmbc: link.mmbc }, account: link.account }
        : { search: link.mmbc, byId: { mmbc: link.mmbc }, account: link.account };
      return { ok: true, providers, operator };
    }
    if (operator) return { ok: true, providers: own, operator: true };
    if (!this.o.accounts.canLink) return { ok: false, reason: isGroup(actor.chat) ? "group_not_approved_no_login" : "operator_only" };
    return { ok: false, reason: isGroup(actor.chat) ? "group_not_approved" : "login_needed" };
  }

  /**
   * Whether the actor may still read a booking of this chat made with `account` (undefined: the
   * operator's): the operator's account only while the chat may use it, a linked one only by its owner
   * or in the group still linked to it. A revoked group's old bookings are not read on the operator's login.
   */
  async mayRead(actor: Actor, provider: ProviderId, account: string | undefined): Promise<boolean> {
    // Someone not in the group (a tap on a public supergroup's card, a member removed since) is a stranger to its bookings.
    if (await this.outsider(actor)) return false;
    if (account !== undefined && provider === "mmbc") {
      if (this.o.accounts.ownerOf(account) === actor.userId) return true;
      const link = await this.linkFor(actor);
      return link.kind === "linked" && link.account === account;
    }
    return this.mayUseOperator(actor);
  }

  /**
   * Who may spend the deposit of `account` (a linked account id, or undefined for the operator's) on a
   * booking of this chat. Asked again at confirmation: an approval or a policy may have changed meanwhile.
   */
  async maySpend(actor: Actor, provider: ProviderId, account: string | undefined): Promise<SpendDecision> {
    const ids = [...this.o.issuerIds];
    // Nobody outside a group spends in it, whatever list they were put on or the group's rule.
    if (await this.outsider(actor)) return { allowed: false, rule: await this.ruleFor(actor, provider, account) };
    if (account !== undefined && provider === "mmbc") return this.maySpendLinked(actor, account);
    if (this.isIssuer(actor.userId)) return { allowed: true, rule: { who: "operator", ids } };
    if (isGroup(actor.chat)) {
      if (!(await this.mayUseOperator(actor))) return { allowed: false, rule: { who: "operator", ids } };
      return this.groupPolicy(actor);
    }
    // A private chat has no policy of its own: only the operator's issuers, or anyone on a sandbox without any.
    if (this.sandbox && ids.length === 0) return { allowed: true, rule: { who: "everyone" } };
    return { allowed: false, rule: { who: "operator", ids } };
  }

  private async maySpendLinked(actor: Actor, account: string): Promise<SpendDecision> {
    const ownerId = this.o.accounts.ownerOf(account);
    if (ownerId === undefined) return { allowed: false, rule: { who: "owner", ownerId: 0 } };
    if (actor.userId === ownerId) return { allowed: true, rule: { who: "owner", ownerId } };
    if (!isGroup(actor.chat)) return { allowed: false, rule: { who: "owner", ownerId } };
    // Only the group the owner linked the account to; a group that stopped using it lost the right.
    const link = await this.linkFor(actor);
    if (link.kind !== "linked" || link.account !== account) return { allowed: false, rule: { who: "owner", ownerId } };
    return this.groupPolicy(actor);
  }

  /**
   * Why someone off a group's /allow list may still spend in it, so /disallow never says she may not when
   * she may: the operator's issuer, the owner of the account linked to the group, or the group's rule
   * (everyone, or admins while she is one). undefined: off the list, she spends nothing here.
   */
  async spendsOffList(chat: { id: number; type: string }, userId: number, standing: Standing): Promise<OffListSpender | undefined> {
    if (!isGroup(chat) || standing === "outside") return undefined;
    if (this.isIssuer(userId)) return "operator";
    const link = await this.o.accounts.linkFor(chat, userId);
    if (link.kind === "linked" && link.ownerId === userId) return "owner";
    const policy = (await this.o.chatSettings.get(chat.id)).issuers ?? "admins";
    if (policy === "everyone") return "everyone";
    return policy === "admins" && standing === "admin" ? "admin" : undefined;
  }

  /**
   * The account linked to the actor's chat (a private chat's own login, a group's linked one), while the
   * group's still has its owner in it (services/linked-owner-left.ts): /account asks it too.
   */
  async linkFor(actor: Actor): Promise<LinkState> {
    return linkWhileOwnerStays(this.o.accounts, actor, await this.o.accounts.linkFor(actor.chat, actor.userId));
  }

  /** Someone not in the group now: a stranger to everything of it, whatever buttons they can see. */
  async outsider(actor: Actor): Promise<boolean> {
    return isGroup(actor.chat) && (await actor.standing()) === "outside";
  }

  /** Who may spend here, said to someone who isn't in the group: the rule as it stands, never "you may". */
  private async ruleFor(actor: Actor, provider: ProviderId, account: string | undefined): Promise<SpendRule> {
    if (account !== undefined && provider === "mmbc") return { who: "owner", ownerId: this.o.accounts.ownerOf(account) ?? 0 };
    const settings = await this.o.chatSettings.get(actor.chat.id);
    const policy = settings.issuers ?? "admins";
    return policy === "everyone" ? { who: "admins", ids: settings.issuerIds } : { who: policy, ids: settings.issuerIds };
  }

  /** A group's own rule, set by its admins: admins (plus /allow), a list, or everyone. */
  private async groupPolicy(actor: Actor): Promise<SpendDecision> {
    const settings = await this.o.chatSettings.get(actor.chat.id);
    const policy = settings.issuers ?? "admins";
    if (policy === "everyone") return { allowed: true, rule: { who: "everyone" } };
    const ids = settings.issuerIds;
    if (ids.includes(actor.userId)) return { allowed: true, rule: { who: policy, ids } };
    if (policy === "list") return { allowed: false, rule: { who: "list", ids } };
    return { allowed: (await actor.standing()) === "admin", rule: { who: "admins", ids } };
  }
}
