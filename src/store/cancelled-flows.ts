import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Contact, PassengerInput } from "../domain/passenger.js";
import { TTL, type RedisKeys } from "./keys.js";
import { packSealed, unpackSealed } from "./sealed-json.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { boardSchema, type ResultsBoard } from "./search-cache.js";
import { contactSchema, passengerSchema } from "./schemas.js";

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

const keptSchema = z.object({ board: boardSchema, draft: draftSchema.optional() });

/** A cancelled flow as kept for its ↩️ Resume button: the member's list, and the booking under way if any. */
export type CancelledFlow = { board: ResultsBoard; draft?: FlowDraft };

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
    await this.redis.del(this.keys.flowDraft(chatId, userId));
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
