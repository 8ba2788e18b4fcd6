import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { readJson, writeJson } from "./redis-json.js";
import { sealedSchema, type CredentialCipher } from "./accounts/credential-cipher.js";

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
  /** With a cipher (CREDENTIALS_KEY) the details are encrypted at rest, bound to their key. */
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly cipher?: CredentialCipher) {}

  async create(request: Omit<PersonalDataRequest, "done">): Promise<string> {
    const token = randomBytes(9).toString("base64url");
    await this.write(token, { ...request, done: false });
    return token;
  }

  async get(token: string): Promise<PersonalDataRequest | undefined> {
    if (!/^[\w-]{8,24}$/.test(token)) return undefined;
    const key = this.prefix + token;
    if (!this.cipher) return readJson(this.redis, key, requestSchema);
    const sealed = await readJson(this.redis, key, sealedSchema);
    if (!sealed) return undefined;
    try {
      const parsed = requestSchema.safeParse(this.cipher.open(sealed, key));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async complete(token: string, request: PersonalDataRequest): Promise<void> {
    await this.write(token, { ...request, done: true });
  }

  private async write(token: string, value: PersonalDataRequest): Promise<void> {
    const key = this.prefix + token;
    await writeJson(this.redis, key, this.cipher ? this.cipher.seal(value, key) : value, TTL_SECONDS);
  }
}
