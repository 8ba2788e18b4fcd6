import { z } from "zod";

const base = { provider: z.enum(["mmbc", "tiket"]), code: z.string().regex(/^[A-Z0-9]{4,12}$/), chatId: z.number() };

/** Job payloads, validated when a worker picks them up (a queue is external input too). */
export const reminderJob = z.object({ kind: z.literal("reminder"), ...base, offsetMs: z.number().int().positive(), dueAt: z.number() });
/** `rechecks`: how often the provider still said waiting after our clock passed the deadline (job-processor.ts). */
export const expiryJob = z.object({ kind: z.literal("expiry"), ...base, dueAt: z.number(), rechecks: z.number().int().nonnegative().optional() });
export const ticketJob = z.object({ kind: z.literal("ticket"), ...base, locale: z.string() });
export const jobData = z.discriminatedUnion("kind", [reminderJob, expiryJob, ticketJob]);
export type JobData = z.output<typeof jobData>;

/** Job ids make scheduling idempotent: BullMQ ignores an add whose id already exists. */
export const jobIds = {
  reminder: (provider: string, code: string, offsetMs: number) => `rem-${provider}-${code}-${Math.round(offsetMs / 1000)}`,
  expiry: (provider: string, code: string) => `exp-${provider}-${code}`,
  ticket: (provider: string, code: string) => `tkt-${provider}-${code}`,
};
