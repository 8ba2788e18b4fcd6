import type { Redis } from "ioredis";
import { z } from "zod";
import type { Contact, PassengerInput, PaxCount } from "../domain/passenger.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { contactSchema, passengerSchema, paxSchema } from "./schemas.js";
import { packSealed, unpackSealed } from "./sealed-json.js";

const tripSchema = z.object({
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  pax: paxSchema.optional(),
});

const partySchema = z.object({ passengers: z.array(passengerSchema).min(1), contact: contactSchema.optional() });

/** The passengers (and contact) of the outbound booked, offered for the return's booking. */
export type ReturnParty = { passengers: PassengerInput[]; contact?: Contact };

/** A return flight to search: its route, day, and (once the outbound is booked) the party booked. */
export type ReturnTrip = { from: string; to: string; date: string; pax?: PaxCount };

/**
 * The return a member typed with a search ("pulang tgl 24", "pp 24"), kept per chat and member so that
 * after the outbound is booked its search is one tap (or "pulangnya") away. Keyed by member: anyone else
 * in the chat, or another chat, finds nothing, as with an expired button. The outbound's passengers are
 * kept beside it (its own key, same TTL) for the return's booking to offer them again: personal data, so
 * sealed with the cipher (CREDENTIALS_KEY) bound to its key, as a cancelled flow's draft is; a new return
 * noted (a new search) drops them, so they never serve another trip than the one they were booked with.
 */
export class ReturnTrips {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly cipher?: CredentialCipher) {}

  async note(chatId: number, userId: number, trip: ReturnTrip): Promise<void> {
    await writeJson(this.redis, this.keys.returnTrip(chatId, userId), trip, TTL.returnTrip);
    // The return of a new search (not yet booked): the passengers of an older outbound are not its.
    if (!trip.pax) await this.redis.del(this.keys.returnParty(chatId, userId));
  }

  async get(chatId: number, userId: number): Promise<ReturnTrip | undefined> {
    return readJson(this.redis, this.keys.returnTrip(chatId, userId), tripSchema);
  }

  /** The outbound's passengers and contact, once its return is offered on the booking card. */
  async keepParty(chatId: number, userId: number, party: ReturnParty): Promise<void> {
    const key = this.keys.returnParty(chatId, userId);
    await this.redis.set(key, packSealed(party, key, this.cipher), "EX", TTL.returnTrip);
  }

  async party(chatId: number, userId: number): Promise<ReturnParty | undefined> {
    const key = this.keys.returnParty(chatId, userId);
    const party = unpackSealed(await this.redis.get(key), key, partySchema, this.cipher);
    return party && { passengers: party.passengers, ...(party.contact && { contact: party.contact }) };
  }

  /** A search with no return asked: an older one's return (and its passengers) is no longer meant. */
  async forget(chatId: number, userId: number): Promise<void> {
    // One key per command: on a Redis Cluster the two may live in different slots (keys.ts).
    await Promise.all([this.redis.del(this.keys.returnTrip(chatId, userId)), this.redis.del(this.keys.returnParty(chatId, userId))]);
  }
}
