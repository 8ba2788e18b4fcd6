import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { readJson, writeJson } from "./redis-json.js";

const TTL_SECONDS = 30 * 60;

const passengerSchema = z.object({
  type: z.enum(["adult", "child", "infant"]),
  title: z.enum(["Mr", "Mrs", "Ms", "Mstr", "Miss"]),
  fullName: z.string(),
  birthDate: z.string().optional(),
  idNumber: z.string().optional(),
  nationality: z.string().optional(),
  passport: z.object({ number: z.string(), expiry: z.string(), issued: z.string().optional() }).optional(),
});

const requestSchema = z.object({
  groupChatId: z.number(),
  userId: z.number(),
  /** The member's message the group flow replies to, so the "received" notice lands in their thread. */
  anchor: z.number().optional(),
  flightDate: z.string(),
  needs: z.object({ birthDate: z.boolean(), passport: z.boolean(), baggage: z.boolean(), idNumber: z.boolean().optional(), nationality: z.boolean().optional(), passportIssued: z.boolean().optional() }),
  passengers: z.array(passengerSchema),
  done: z.boolean().default(false),
});
export type PersonalDataRequest = z.output<typeof requestSchema>;

/** A group member's hand-off of personal details to their private chat, short-lived in Redis. */
export class PersonalDataRequests {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async create(request: Omit<PersonalDataRequest, "done">): Promise<string> {
    const token = randomBytes(9).toString("base64url");
    await writeJson(this.redis, this.prefix + token, { ...request, done: false }, TTL_SECONDS);
    return token;
  }

  get(token: string): Promise<PersonalDataRequest | undefined> {
    if (!/^[\w-]{8,24}$/.test(token)) return Promise.resolve(undefined);
    return readJson(this.redis, this.prefix + token, requestSchema);
  }

  async complete(token: string, request: PersonalDataRequest): Promise<void> {
    await writeJson(this.redis, this.prefix + token, { ...request, done: true }, TTL_SECONDS);
  }
}
