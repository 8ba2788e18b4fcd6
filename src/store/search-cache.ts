import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { PROVIDER_IDS, type FlightOffer, type ProviderId, type SearchQuery } from "../domain/flight.js";
import type { ListView } from "../domain/offer-list.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { offerSchema, paxSchema } from "./schemas.js";

const entrySchema = z.object({
  query: z.object({ from: z.string(), to: z.string(), date: z.string(), pax: paxSchema }),
  offers: z.array(offerSchema),
  at: z.string(),
  /** The chat that searched: only it may open the entry (another chat's id reads as unknown). */
  chatId: z.number().optional(),
  /** Providers that failed while another answered: the list is partial (PROVIDER=both). */
  missing: z.array(z.enum(PROVIDER_IDS)).optional(),
  /** Airlines a provider that answered in part may lack (named to the agent). */
  lacking: z.array(z.string()).optional(),
});
export type SearchEntry = z.output<typeof entrySchema>;

export const boardSchema = z.object({
  sid: z.string(),
  messageId: z.number(),
  view: z.object({
    sort: z.enum(["price", "departure"]),
    airline: z.string().optional(),
    time: z.enum(["morning", "afternoon", "evening", "night"]).optional(),
    page: z.number(),
  }),
  picked: z.object({ index: z.number(), at: z.number() }).optional(),
  locale: z.string().optional(),
  hints: z.array(z.number()).optional(),
});
/**
 * The results list a member has on screen: buttons and typed picks at the results act on it.
 * `picked`: the flight last opened from it and when (ms), so a double tap opens it once. `locale`: the
 * language of the flow that drew it, kept by its redraws and the booking started from it. `hints`: the
 * bot's answers sent about this list in a group (newest last): a reply to one of them is a reply to the list.
 */
export type ResultsBoard = { sid: string; messageId: number; view: ListView; picked?: { index: number; at: number }; locale?: string; hints?: number[] };

/**
 * Search results live here under a short id: conversations keep only the id in their replay log,
 * and buttons carry it, so callback data stays tiny. The results step itself is no conversation:
 * which list a member has on screen (and how it is sorted and filtered) is a small "board" record.
 */
export class SearchCache {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  /** An id for a search whose results are stored as they arrive: `put` again under it to update them. */
  newId(): string {
    return randomBytes(5).toString("base64url");
  }

  /** Stores a chat's search; `id` updates one stored before (progressive results). */
  async put(chatId: number, query: SearchQuery, offers: FlightOffer[], now: Date, id = this.newId(), missing: readonly ProviderId[] = [], lacking: readonly string[] = []): Promise<string> {
    const entry = { query, offers, at: now.toISOString(), chatId, ...(missing.length > 0 && { missing }), ...(lacking.length > 0 && { lacking }) };
    await writeJson(this.redis, this.keys.search(id), entry, TTL.search);
    return id;
  }

  /**
   * A search of this chat. Ids travel in callback data, which anyone can forge: another chat's id (or
   * an entry from before searches were bound to chats) reads exactly like an expired one.
   */
  async get(id: string, chatId: number): Promise<SearchEntry | undefined> {
    if (!/^[\w-]{1,16}$/.test(id)) return undefined;
    const entry = await readJson(this.redis, this.keys.search(id), entrySchema);
    return entry?.chatId === chatId ? entry : undefined;
  }

  board(chatId: number, userId: number): Promise<ResultsBoard | undefined> {
    return readJson(this.redis, this.keys.resultsBoard(chatId, userId), boardSchema);
  }

  async setBoard(chatId: number, userId: number, board: ResultsBoard): Promise<void> {
    await writeJson(this.redis, this.keys.resultsBoard(chatId, userId), board, TTL.search);
  }

  async clearBoard(chatId: number, userId: number): Promise<boolean> {
    return (await this.redis.del(this.keys.resultsBoard(chatId, userId))) > 0;
  }
}
