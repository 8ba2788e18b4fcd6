import type { z } from "zod";
import { ProviderError } from "../../domain/errors.js";
import { tiketRaw } from "./wire-formats.js";

/** A success body that doesn't match the schema is a protocol failure, never a crash further in. */
export function parse<T extends z.ZodType>(endpoint: string, schema: T, body: unknown, code: "unavailable" | "outcome_unknown" = "unavailable"): z.output<T> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  throw new ProviderError(code, `unexpected ${endpoint} answer`, { endpoint, raw: tiketRaw(body), cause: r.error });
}
