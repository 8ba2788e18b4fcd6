import type { Redis } from "ioredis";
import { z } from "zod";
import type { RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";

// --- The agency, for customer quote cards (issue 14 part 1): who the customer deals with, and its markup.
const agencySchema = z.object({
  name: z.string().max(60).optional(),
  /** Phone, WhatsApp, address: one line the customer reads. */
  contact: z.string().max(120).optional(),
  markup: z.object({
    fixed: z.number().int().min(0), percentBp: z.number().int().min(0).max(10_000), roundTo: z.number().int().min(1), infantFixed: z.boolean(),
  }).optional(),
});
export type AgencySettings = z.output<typeof agencySchema>;
// --- end agency

const settingsSchema = z.object({
  /** Who may spend the deposit in this chat, besides ISSUER_IDS. */
  issuers: z.enum(["admins", "list", "everyone"]).optional(),
  issuerIds: z.array(z.number()).default([]),
  locale: z.enum(["id", "en"]).optional(),
  /** Reminder offsets in ms; an empty list turns reminders off. */
  reminderOffsetsMs: z.array(z.number().int().positive()).optional(),
  contact: z.object({ email: z.string(), phone: z.string() }).optional(),
  agency: agencySchema.optional(),
  // Daily digest (/settings → 📰): sent each day at `time` (HH:mm in TIMEZONE) while enabled. `by` is the
  // admin who turned it on: the deposit is read with the account the chat may use through them.
  digest: z.object({ enabled: z.boolean(), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), by: z.number().optional(), threadId: z.number().int().optional() }).optional(),
  /**
   * A private chat's only: the agency group whose markup its person's inline shares use when this chat has
   * none of its own (the group they last made a customer card in: services/customer-quote.ts `shareMarkup`).
   */
  shareMarkupFrom: z.number().int().negative().optional(),
});
export type ChatSettings = z.output<typeof settingsSchema>;

const TTL = 365 * 24 * 3600;

/** The one field of a person's grammY session read here (anything else in it, or another language, is ignored). */
const personSessionSchema = z.object({ __language_code: z.enum(["id", "en"]).optional().catch(undefined) });

/** Settings that belong to a chat (a group's policy, language, reminders, default contact). */
export class ChatSettingsStore {
  /** Read at the start of an update of the chat (`prefetch`), until its end (`forget`) or a change. */
  private readonly early = new Map<number, Promise<ChatSettings>>();

  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async get(chatId: number): Promise<ChatSettings> {
    return this.early.get(chatId) ?? this.read(chatId);
  }

  /**
   * A group's every update needs its settings (its language, who may spend): read them in the same round
   * trip as the update's claim, once, instead of once per use, each after the previous step. A chat's
   * updates run one at a time in a process, so what is read belongs to the update in progress.
   */
  async prefetch(chatId: number): Promise<void> {
    const settings = this.read(chatId);
    this.early.set(chatId, settings);
    // A failed read is left for whoever asks (and asks Redis again then): nothing is kept.
    await settings.catch(() => this.early.delete(chatId));
  }

  forget(chatId: number): void {
    this.early.delete(chatId);
  }

  private async read(chatId: number): Promise<ChatSettings> {
    return (await readJson(this.redis, this.keys.chatSettings(chatId), settingsSchema)) ?? { issuerIds: [] };
  }

  async update(chatId: number, patch: (s: ChatSettings) => ChatSettings): Promise<ChatSettings> {
    this.early.delete(chatId);
    const next = patch(await this.read(chatId));
    await writeJson(this.redis, this.keys.chatSettings(chatId), next, TTL);
    return next;
  }

  /**
   * Someone who left the group comes off its /allow list (true when they were on it): the settings stop
   * naming them, and adding them back later doesn't bring the permission back with them.
   */
  async dropIssuers(chatId: number, userIds: readonly number[]): Promise<boolean> {
    const current = await this.read(chatId);
    if (!current.issuerIds.some((id) => userIds.includes(id))) return false;
    await this.update(chatId, (s) => ({ ...s, issuerIds: s.issuerIds.filter((id) => !userIds.includes(id)) }));
    return true;
  }

  /**
   * The language a person chose with /language (their session, written by @grammyjs/i18n), for what is sent
   * to them outside an update (reminders, e-tickets, the digest): undefined when they never chose one.
   */
  async personLocale(userId: number): Promise<"id" | "en" | undefined> {
    const session = await readJson(this.redis, `${this.keys.sessionPrefix}${userId}`, personSessionSchema);
    return session?.__language_code;
  }

  /** The digest's forum topic was deleted or closed: it goes to General from then on (unless set up in another since). */
  async forgetDigestTopic(chatId: number, threadId: number): Promise<void> {
    if ((await this.read(chatId)).digest?.threadId !== threadId) return;
    await this.update(chatId, (s) => (s.digest?.threadId === threadId ? { ...s, digest: { ...s.digest, threadId: undefined } } : s));
  }

  async migrateChat(from: number, to: number): Promise<void> {
    const raw = await this.redis.get(this.keys.chatSettings(from));
    if (raw !== null) await this.redis.set(this.keys.chatSettings(to), raw, "EX", TTL);
  }
}
