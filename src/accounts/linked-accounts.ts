import type { Logger } from "pino";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";
import { CombinedProvider } from "../providers/combined/combined-provider.js";
import type { MmbcProvider } from "../providers/mmbc/mmbc-provider.js";
import type { AccountResolver, ChatProviders, EndedLink, LinkState } from "../domain/account-port.js";
import { ownerOf, type AccountRecord, type AccountStore, type Credentials } from "../store/accounts/account-store.js";
import type { FlowStore } from "../store/accounts/flow-store.js";
import type { MmbcFactory } from "./mmbc-accounts.js";
import { unlinkedAccount } from "../domain/unlinked-account.js";
import { sameLogin } from "../domain/provider-login.js";

export interface LinkedAccountsOptions {
  defaults: { search: FlightProvider; byId: Partial<Record<ProviderId, FlightProvider>> };
  /** Absent without CREDENTIALS_KEY: nothing can be linked and every chat uses the default account. */
  store?: AccountStore;
  flows?: FlowStore;
  /** Absent when MMBC isn't in use. */
  factory?: MmbcFactory;
  logger: Logger;
  /** Providers kept open at once; the least recently built is closed beyond it. */
  maxCached?: number;
  /**
   * The operator's own MMBC username(s) (the configured account's, or the sandbox's): never linked, reset
   * or used as someone's own account. Linking it would hand the operator's deposit to whoever knows
   * the username and its reset data, and a reset would lock the operator's bot out.
   */
  operatorLogins?: readonly string[];
}

/** Thrown when the operator's own login reaches checkLogin or resetPassword (the bot refuses it earlier). */
export class OperatorLoginError extends Error {
  constructor() {
    super("the operator's own provider login can't be linked or reset through the bot");
    this.name = "OperatorLoginError";
  }
}

/** Which account a chat uses and whose it is, for /account. */
export interface ChatAccount {
  id: string;
  ownerId: number;
  /** Who linked it to the group (groups only). */
  linkedBy?: string;
  credentials: Credentials;
}

interface Entry { iv: string; mmbc: MmbcProvider; search: FlightProvider }

/**
 * Per-agent MMBC logins behind the AccountResolver port. A private chat uses its person's login, a
 * group the login its admin linked; otherwise (or for tiket.com) the configured default. One provider
 * per linked account is cached, keyed by the account id and rebuilt when the stored record changes
 * (a new login or password), which every process notices because the record is re-read each time.
 */
export class LinkedAccounts implements AccountResolver {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly o: LinkedAccountsOptions) {}

  get store(): AccountStore | undefined { return this.o.store; }
  get flows(): FlowStore | undefined { return this.o.flows; }
  /** Whether /login can work here: a key to seal logins with and MMBC in use. */
  get canLink(): boolean { return !!this.o.store && !!this.o.factory; }
  get sandbox(): boolean { return this.o.defaults.byId.mmbc?.sandbox ?? this.o.defaults.search.sandbox; }

  get operator(): ChatProviders { return this.o.defaults; }

  ownerOf(account: string): number | undefined { return ownerOf(account); }

  /** Whether this username is the operator's own login, compared as MMBC compares usernames. */
  isOperatorLogin(username: string): boolean {
    return (this.o.operatorLogins ?? []).some((own) => own.trim() !== "" && sameLogin(own, username));
  }

  async linkFor(chat: { id: number; type: string }, userId: number): Promise<LinkState> {
    const linked = await this.linkedRecord(chat, userId);
    if (!linked) return { kind: "none" };
    const entry = this.entry(linked.record);
    if (!entry) return { kind: "unreadable", account: linked.record.id };
    return { kind: "linked", account: linked.record.id, ownerId: linked.ownerId, mmbc: entry.mmbc, withOperator: entry.search };
  }

  async forBooking(provider: ProviderId, account?: string): Promise<FlightProvider | undefined> {
    if (!account || provider !== "mmbc") return this.o.defaults.byId[provider];
    const owner = ownerOf(account);
    const record = owner === undefined ? undefined : await this.o.store?.load(owner);
    const entry = record?.id === account ? this.entry(record) : undefined;
    return entry?.mmbc ?? unlinkedAccount(account, this.sandbox);
  }

  async loggedOut(account: string): Promise<boolean> {
    const owner = ownerOf(account);
    const record = owner === undefined ? undefined : await this.o.store?.load(owner);
    return record?.id !== account;
  }

  async describe(chat: { id: number; type: string }, userId: number): Promise<ChatAccount | undefined> {
    const linked = await this.linkedRecord(chat, userId);
    const credentials = linked && this.o.store?.open(linked.record);
    if (!linked || !credentials) return undefined;
    return { id: linked.record.id, ownerId: linked.ownerId, linkedBy: linked.linkedBy, credentials };
  }

  async endLink(chatId: number, account: string): Promise<EndedLink | undefined> {
    const link = await this.o.store?.endChatLink(chatId, account);
    const ownerId = link && ownerOf(link.id);
    return link && ownerId !== undefined ? { account: link.id, ownerId, name: link.name } : undefined;
  }

  /** Asks MMBC for the deposit with these credentials: the check before a login is saved. */
  async checkLogin(credentials: Credentials): Promise<number> {
    if (this.isOperatorLogin(credentials.username)) throw new OperatorLoginError();
    return this.withTemporary(credentials, (p) => p.balance());
  }

  async resetPassword(input: Parameters<MmbcProvider["resetPassword"]>[0]): Promise<void> {
    if (this.isOperatorLogin(input.username)) throw new OperatorLoginError();
    // The reset call authenticates by the other fields; the provider's own login is not sent.
    await this.withTemporary({ username: input.username, password: "" }, (p) => p.resetPassword(input));
  }

  async close(): Promise<void> {
    const entries = [...this.cache.values()];
    this.cache.clear();
    await Promise.all(entries.map((e) => e.mmbc.close()));
  }

  private async linkedRecord(chat: { id: number; type: string }, userId: number) {
    const { store } = this.o;
    if (!store || !this.o.factory) return undefined;
    if (chat.type === "private") {
      const record = await store.load(userId);
      return record && !this.isOperatorRecord(record) ? { record, ownerId: userId, linkedBy: undefined } : undefined;
    }
    if (chat.type !== "group" && chat.type !== "supergroup") return undefined;
    const link = await store.chatLink(chat.id);
    const owner = link && ownerOf(link.id);
    const record = owner === undefined ? undefined : await store.load(owner);
    // The admin's login changed or is gone: the group is unlinked (the access policy decides what it may use).
    return record && link && record.id === link.id && !this.isOperatorRecord(record) ? { record, ownerId: owner!, linkedBy: link.name } : undefined;
  }

  /**
   * A stored login of the operator's own account (linked before that was refused): the chat is treated
   * as unlinked, so it gets what anyone without a login gets, never the operator's deposit.
   */
  private isOperatorRecord(record: AccountRecord): boolean {
    if (!this.o.operatorLogins?.length) return false;
    const credentials = this.o.store?.open(record);
    return !!credentials && this.isOperatorLogin(credentials.username);
  }

  private entry(record: AccountRecord): Entry | undefined {
    const cached = this.cache.get(record.id);
    if (cached?.iv === record.iv) return cached;
    const credentials = this.o.store?.open(record);
    if (!credentials || !this.o.factory) {
      this.o.logger.warn({ account: record.id }, "linked account can't be opened (CREDENTIALS_KEY changed?)");
      return undefined;
    }
    if (this.isOperatorLogin(credentials.username)) {
      this.o.logger.warn({ account: record.id }, "linked account is the operator's own login: not used");
      return undefined;
    }
    if (cached) void cached.mmbc.close().catch(() => undefined);
    const mmbc = this.o.factory(credentials, record.id);
    const { search, byId } = this.o.defaults;
    const combined = search === byId.mmbc ? mmbc : new CombinedProvider(Object.values({ ...byId, mmbc }));
    const entry = { iv: record.iv, mmbc, search: combined };
    this.cache.delete(record.id);
    this.cache.set(record.id, entry);
    this.trim();
    return entry;
  }

  private trim(): void {
    const max = this.o.maxCached ?? 256;
    for (const [id, e] of this.cache) {
      if (this.cache.size <= max) break;
      this.cache.delete(id);
      void e.mmbc.close().catch(() => undefined);
    }
  }

  private async withTemporary<T>(credentials: Credentials, use: (p: MmbcProvider) => Promise<T>): Promise<T> {
    if (!this.o.factory) throw new Error("MMBC is not in use");
    const provider = this.o.factory(credentials, "login-check");
    try {
      return await use(provider);
    } finally {
      await provider.close();
    }
  }
}
