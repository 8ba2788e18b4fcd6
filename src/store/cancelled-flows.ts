import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Contact, PassengerInput } from "../domain/passenger.js";
import { TTL, type RedisKeys } from "./keys.js";
import { packSealed, unpackSealed } from "./sealed-json.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { boardSchema, type ResultsBoard } from "./search-cache.js";
import { contactSchema, passengerSchema, paxSchema } from "./schemas.js";

const draftSchema = z.object({
  sid: z.string(),
  index: z.number().int().min(0).optional(),
  passengers: z.array(passengerSchema).optional(),
  contact: contactSchema.optional(),
  total: z.number().nonnegative().optional(),
});

/**
 * How far a booking flow has got: the list it came from (`sid`), the flight being booked (`index`; none
 * while the list is back on screen), the passengers given so far and the contact. `total`: the price the
 * agent went on from the flight's card with (a resume at that same price need not ask the card again).
 */
export type FlowDraft = { sid: string; index?: number; passengers?: PassengerInput[]; contact?: Contact; total?: number };

const searchDraftSchema = z.object({
  from: z.string().max(8),
  to: z.string().max(8),
  date: z.string().max(10).optional(),
  pax: paxSchema.optional(),
  paxText: z.string().max(60).optional(),
  step: z.enum(["date", "pax"]),
});

/**
 * How far the search questions have got once the route is known: the question asked (`step`), the date and
 * party given, and the party as typed with the route ("cgk dps 2 dewasa 1 anak") not yet asked about.
 */
export type SearchDraft = z.output<typeof searchDraftSchema>;

const keptSchema = z.union([z.object({ board: boardSchema, draft: draftSchema.optional() }), z.object({ search: searchDraftSchema })]);

/**
 * A cancelled flow as kept for its ↩️ Resume button: the member's list, and the booking under way if any;
 * or, cancelled at the search's questions before any list, the route and party given so far.
 */
export type CancelledFlow = { board: ResultsBoard; draft?: FlowDraft } | { search: SearchDraft };

/**
 * The kept flow, only for the button's own token (the value is "token\nflow"), and gone once read: a double
 * tap resumes once.
 */
const TAKE = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, #ARGV[1] + 1) == ARGV[1] .. '\\n' then
  redis.call('DEL', KEYS[1])
  return string.sub(v, #ARGV[1] + 2)
end
return false`;

const TOKEN = /^[\w-]{6,16}$/;

/**
 * A member's flow in a chat, kept when it is cancelled so a mistaken /batal can be undone. Keyed by chat
 * and member: a button tapped by anyone else, or in another chat, finds nothing, as an expired one does.
 * Kept as long as the list it came from (TTL.search), like the timeout notice's way back. Passengers are
 * personal data: with a cipher (CREDENTIALS_KEY) both records are sealed, bound to their key, as the
 * conversation state that held them is.
 */
export class CancelledFlows {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly cipher?: CredentialCipher) {}

  /** Noted by the booking flow each time it asks something: what a cancel would keep. */
  async noteDraft(chatId: number, userId: number, draft: FlowDraft): Promise<void> {
    const key = this.keys.flowDraft(chatId, userId);
    await this.redis.set(key, this.pack(draft, key), "EX", TTL.search);
  }

  async draft(chatId: number, userId: number): Promise<FlowDraft | undefined> {
    const key = this.keys.flowDraft(chatId, userId);
    return this.unpack(await this.redis.get(key), key, draftSchema);
  }

  async clearDraft(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.flowDraft(chatId, userId), this.keys.searchDraft(chatId, userId));
  }

  /** Noted by the search conversation as it asks the date or the party: what a cancel there would keep. */
  async noteSearchDraft(chatId: number, userId: number, draft: SearchDraft): Promise<void> {
    const key = this.keys.searchDraft(chatId, userId);
    await this.redis.set(key, this.pack(draft, key), "EX", TTL.search);
  }

  async forgetSearchDraft(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.searchDraft(chatId, userId));
  }

  async searchDraft(chatId: number, userId: number): Promise<SearchDraft | undefined> {
    const key = this.keys.searchDraft(chatId, userId);
    return this.unpack(await this.redis.get(key), key, searchDraftSchema);
  }

  /** Keeps a cancelled flow (replacing any kept before); the token its button carries. */
  async keep(chatId: number, userId: number, flow: CancelledFlow): Promise<string> {
    const token = randomBytes(6).toString("base64url");
    const key = this.keys.cancelledFlow(chatId, userId);
    await this.redis.set(key, `${token}\n${this.pack(flow, key)}`, "EX", TTL.search);
    await this.clearDraft(chatId, userId);
    return token;
  }

  /** The flow kept under this token for this member in this chat, taken (it can be resumed once). */
  async take(chatId: number, userId: number, token: string): Promise<CancelledFlow | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const key = this.keys.cancelledFlow(chatId, userId);
    const raw = (await this.redis.eval(TAKE, 1, key, token)) as string | null;
    const kept = this.unpack(raw, key, keptSchema);
    if (kept && "search" in kept) return { search: kept.search };
    return kept && { board: kept.board, ...(kept.draft && { draft: kept.draft }) };
  }

  /** A new flow started: the one cancelled before is no longer offered back. */
  async forget(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.cancelledFlow(chatId, userId));
  }

  private pack(value: unknown, key: string): string {
    return packSealed(value, key, this.cipher);
  }

  private unpack<T extends z.ZodType>(raw: string | null, key: string, schema: T): z.output<T> | undefined {
    return unpackSealed(raw, key, schema, this.cipher);
  }
}
