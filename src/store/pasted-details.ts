import type { Redis } from "ioredis";
import { z } from "zod";
import { MAX_ANSWER } from "../domain/answer-limit.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { TTL, type RedisKeys } from "./keys.js";
import { packSealed, unpackSealed } from "./sealed-json.js";

const pastedSchema = z.object({ sid: z.string().max(32), details: z.string().max(MAX_ANSWER * 9) });

/**
 * The passengers' and contact lines a member pasted under a search ("cgk dps besok 2 dewasa\nTn Budi
 * Santoso\n…"), kept for a booking from that search's list: read when a flight of it is picked (another
 * search's list finds nothing), as long as the list lives. Keyed by chat and member: anyone else, or another
 * chat, finds nothing. Personal data: sealed with the cipher (CREDENTIALS_KEY) when there is one.
 */
export class PastedDetails {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly cipher?: CredentialCipher) {}

  async keep(chatId: number, userId: number, sid: string, details: string): Promise<void> {
    const key = this.keys.pastedDetails(chatId, userId);
    await this.redis.set(key, packSealed({ sid, details }, key, this.cipher), "EX", TTL.search);
  }

  /**
   * The lines pasted under search `sid`, if this member's latest pasted search is that one: taken, so they fill
   * one booking only (a second flight booked from the same list is not given the first one's passengers unasked).
   */
  async take(chatId: number, userId: number, sid: string): Promise<string | undefined> {
    const key = this.keys.pastedDetails(chatId, userId);
    const kept = unpackSealed(await this.redis.get(key), key, pastedSchema, this.cipher);
    if (kept?.sid !== sid) return undefined;
    await this.redis.del(key);
    return kept.details;
  }
}
