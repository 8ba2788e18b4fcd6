import type { Redis } from "ioredis";
import { z } from "zod";
import { parseJson, readJson } from "../redis-json.js";
import type { AccountKeys } from "./account-keys.js";
import { sealedSchema, type CredentialCipher } from "./credential-cipher.js";

export interface Credentials {
  username: string;
  password: string;
}

const credentialsSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });
const recordSchema = sealedSchema.extend({ id: z.string(), at: z.string() });
export type AccountRecord = z.output<typeof recordSchema>;
// title: the group's, for its owner's /account in private (links made before it was kept have none).
const chatLinkSchema = z.object({ id: z.string(), by: z.number(), name: z.string(), title: z.string().optional() });
export type ChatLink = z.output<typeof chatLinkSchema>;
/** A group whose link ended with its account's login (/logout, another username): who linked it, to tell the group. */
export interface UnlinkedChat {
  chatId: number;
  link: ChatLink;
}

/** Deletes the key only if it still holds the value read. */
const DELETE_IF_SAME = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`;

const ID = /^mmbc:user:(\d+):[0-9a-f]+$/;

/** The person an account id belongs to (ids are `mmbc:user:<telegram id>:<username fingerprint>`). */
export function ownerOf(accountId: string): number | undefined {
  const m = ID.exec(accountId);
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * Linked logins, sealed with the cipher; the account id is the encryption context, so a record only
 * opens under its own id. The id embeds a keyed fingerprint of the username: logging in again with
 * the same username gives the same id (old bookings work again), another username a new one.
 * No expiry: a login stays until /logout.
 */
export class AccountStore {
  constructor(private readonly redis: Redis, private readonly keys: AccountKeys, private readonly cipher: CredentialCipher) {}

  idFor(userId: number, username: string): string {
    return `mmbc:user:${userId}:${this.cipher.fingerprint(username)}`;
  }

  /** Saves a person's login; `unlinked`: the groups that used her previous login (another username), to be told. */
  async save(userId: number, credentials: Credentials, now: Date): Promise<{ id: string; unlinked: UnlinkedChat[] }> {
    const id = this.idFor(userId, credentials.username);
    const previous = await this.load(userId);
    const record: AccountRecord = { ...this.cipher.seal(credentials, id), id, at: now.toISOString() };
    await this.redis.set(this.keys.user(userId), JSON.stringify(record));
    // Another username replaces the old login: groups linked to the old one must not follow silently.
    const unlinked = previous && previous.id !== id ? await this.unlinkChats(previous.id) : [];
    return { id, unlinked };
  }

  async load(userId: number): Promise<AccountRecord | undefined> {
    return readJson(this.redis, this.keys.user(userId), recordSchema);
  }

  /** The login of a record, or undefined when it can't be opened (another key, altered). */
  open(record: AccountRecord): Credentials | undefined {
    try {
      const parsed = credentialsSchema.safeParse(this.cipher.open(record, record.id));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Deletes a person's login and unlinks the groups that used it (to be told); undefined when there was none. */
  async remove(userId: number): Promise<{ id: string; unlinked: UnlinkedChat[] } | undefined> {
    const record = await this.load(userId);
    await this.redis.del(this.keys.user(userId));
    if (!record) return undefined;
    return { id: record.id, unlinked: await this.unlinkChats(record.id) };
  }

  async chatLink(chatId: number): Promise<ChatLink | undefined> {
    return readJson(this.redis, this.keys.chat(chatId), chatLinkSchema);
  }

  async linkChat(chatId: number, link: ChatLink): Promise<void> {
    const old = await this.chatLink(chatId);
    // Three keys in different Cluster slots, written one by one: the account's list of chats first, so
    // /logout always finds a chat that uses the account (unlinkChats checks each link before deleting it).
    await this.redis.sadd(this.keys.chatsOf(link.id), String(chatId));
    await this.redis.set(this.keys.chat(chatId), JSON.stringify(link));
    if (old && old.id !== link.id) await this.redis.srem(this.keys.chatsOf(old.id), String(chatId));
  }

  async unlinkChat(chatId: number): Promise<boolean> {
    const old = await this.chatLink(chatId);
    if (!old) return false;
    await this.redis.del(this.keys.chat(chatId));
    await this.redis.srem(this.keys.chatsOf(old.id), String(chatId));
    return true;
  }

  /**
   * Ends a group's link only while it is still to `accountId`, and says whether this call ended it: the
   * "left" service message and the chat_member update of one leaving, or two taps, race to end it, and
   * only the one that did tells the group (compare-and-delete, so a link made again since is left alone).
   */
  async endChatLink(chatId: number, accountId: string): Promise<ChatLink | undefined> {
    const key = this.keys.chat(chatId);
    const raw = await this.redis.get(key);
    const link = parseJson(raw, chatLinkSchema);
    if (!link || link.id !== accountId) return undefined;
    if ((await this.redis.eval(DELETE_IF_SAME, 1, key, raw!)) !== 1) return undefined;
    await this.redis.srem(this.keys.chatsOf(accountId), String(chatId));
    return link;
  }

  /** The groups that use this account now (its list may name some that linked another since). */
  async chatsUsing(accountId: string): Promise<{ chatId: number; link: ChatLink }[]> {
    const chats = await this.redis.smembers(this.keys.chatsOf(accountId));
    const using = await Promise.all(chats.map(async (chat) => ({ chatId: Number(chat), link: await this.chatLink(Number(chat)) })));
    return using.filter((c): c is { chatId: number; link: ChatLink } => c.link?.id === accountId);
  }

  /** Group → supergroup: the new chat keeps the old one's account. */
  async migrateChat(from: number, to: number): Promise<void> {
    const raw = await this.redis.get(this.keys.chat(from));
    const link = parseJson(raw, chatLinkSchema);
    if (link) await this.linkChat(to, link);
  }

  private async unlinkChats(accountId: string): Promise<UnlinkedChat[]> {
    const chats = await this.redis.smembers(this.keys.chatsOf(accountId));
    const unlinked: UnlinkedChat[] = [];
    for (const chat of chats) {
      const chatId = Number(chat);
      const key = this.keys.chat(chatId);
      const raw = await this.redis.get(key);
      const link = parseJson(raw, chatLinkSchema);
      // Compare-and-delete: a group that linked another account in between keeps it, and isn't told.
      if (link?.id !== accountId || (await this.redis.eval(DELETE_IF_SAME, 1, key, raw!)) !== 1) continue;
      unlinked.push({ chatId, link });
    }
    await this.redis.del(this.keys.chatsOf(accountId));
    return unlinked;
  }
}
