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
  /** The forum topic the group flow runs in: the notice goes there even when the anchor was deleted. */
  threadId: z.number().int().optional(),
  flightDate: z.string(),
  needs: z.object({ birthDate: z.boolean(), passport: z.boolean(), baggage: z.boolean(), idNumber: z.boolean().optional(), nationality: z.boolean().optional(), passportIssued: z.boolean().optional(), adultFrom: z.number().int().min(2).max(18).optional() }),
  passengers: z.array(passengerSchema),
  /**
   * Back at this step with every detail already given (back from the contact): the passengers carry
   * them, Continue takes them as they are, and the private chat only changes them.
   */
  review: z.boolean().default(false),
  done: z.boolean().default(false),
  /** The group flow left this request's prompt: its link asks nothing and stores nothing any more. */
  closed: z.boolean().default(false),
  /**
   * Why it closed: the flow "moved" on from the prompt (back, Continue), or the flow "stopped" (timed out,
   * /batal, a new search), so the link can tell the member whether to look in the group or start again.
   * Absent on requests closed before this was kept: they read as moved.
   */
  closedBy: z.enum(["moved", "stopped"]).optional(),
});
export type PersonalDataRequest = z.output<typeof requestSchema>;

/** A group member's hand-off of personal details to their private chat, short-lived in Redis. */
export class PersonalDataRequests {
  /** With a cipher (CREDENTIALS_KEY) the details are encrypted at rest, bound to their key. */
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly cipher?: CredentialCipher) {}

  async create(request: Omit<PersonalDataRequest, "done" | "closed" | "closedBy" | "review"> & { review?: boolean }): Promise<string> {
    const token = randomBytes(9).toString("base64url");
    await this.write(token, { ...request, review: request.review ?? false, done: false, closed: false });
    await this.redis.set(this.openKey(request.groupChatId, request.userId), token, "EX", TTL_SECONDS);
    return token;
  }

  /**
   * The member's flow in the group ended (/batal, a new search, a timeout) while a request may be
   * open: its link goes dead like one the flow moved away from.
   */
  async closeOpen(groupChatId: number, userId: number): Promise<void> {
    const token = await this.redis.getdel(this.openKey(groupChatId, userId));
    if (token) await this.close(token, "stopped");
  }

  /** Whether the member's flow in the group waits at a request's prompt (its details given privately, or Continue). */
  async waiting(groupChatId: number, userId: number): Promise<boolean> {
    const token = await this.redis.get(this.openKey(groupChatId, userId));
    const request = token ? await this.get(token) : undefined;
    return request !== undefined && !request.closed;
  }

  private openKey(groupChatId: number, userId: number): string {
    return `${this.prefix}open:${groupChatId}:${userId}`;
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

  /**
   * Stores the details given privately, only while the group flow still waits at this request's
   * prompt: false (and nothing written) once it was closed or has expired. A member's updates run one
   * at a time (update-locks.ts), so the group can't close it between this read and write.
   */
  async complete(token: string, passengers: PersonalDataRequest["passengers"]): Promise<boolean> {
    const current = await this.get(token);
    if (!current || current.closed) return false;
    await this.write(token, { ...current, passengers, done: true });
    return true;
  }

  /**
   * The group flow moved away from this request's prompt (back, or Continue taken), or stopped: the link
   * goes dead and the details leave Redis; only the names stay, so the link can say what it was for, and
   * why, so it says "stopped, start again" rather than "look in the group" for a flow that is gone.
   */
  async close(token: string, why: "moved" | "stopped" = "moved"): Promise<void> {
    const current = await this.get(token);
    if (!current || current.closed) return;
    const passengers = current.passengers.map(({ type, title, fullName }) => ({ type, title, fullName }));
    await this.write(token, { ...current, passengers, closed: true, closedBy: why });
  }

  private async write(token: string, value: PersonalDataRequest): Promise<void> {
    const key = this.prefix + token;
    await writeJson(this.redis, key, this.cipher ? this.cipher.seal(value, key) : value, TTL_SECONDS);
  }
}
