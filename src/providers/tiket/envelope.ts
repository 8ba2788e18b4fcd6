import { z } from "zod";
import { optionalText } from "./wire-values.js";
import { capLines } from "../provider-text.js";

/** `diagnostic.status` is a number, except in the confirmPayment example where it is "200". */
const statusCode = z.union([z.number().int(), z.string().trim().regex(/^\d+$/).transform(Number)]);

/** `error_msgs` is a sentence in the docs; a list or a map of them is read the same way. */
const messages = z
  .unknown()
  .optional()
  .transform((v): string[] => {
    const flat = (x: unknown): string[] =>
      typeof x === "string" || typeof x === "number" ? [String(x)]
        : Array.isArray(x) ? x.flatMap(flat)
          : x && typeof x === "object" ? Object.values(x).flatMap(flat) : [];
    return capLines(flat(v));
  });

export const envelopeSchema = z.looseObject({
  diagnostic: z.looseObject({
    status: statusCode,
    error_msgs: messages,
    confirm: optionalText,
    unix_timestamp: z.union([z.number(), z.string()]).optional(),
  }),
  /** Every answer carries the session's token; it may be a renewed one. */
  token: optionalText,
  /** A string: "false", or "true" after checkout_customer. */
  login_status: optionalText,
});
export type Envelope = z.output<typeof envelopeSchema>;

export const STATUS = { ok: 200, notice: 201, duplicate: 204, expired: 209 } as const;
