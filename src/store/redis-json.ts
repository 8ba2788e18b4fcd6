import type { Redis } from "ioredis";
import type { z } from "zod";

/**
 * JSON values in Redis, validated on the way out: a value written by an older version or by hand
 * reads as "absent" instead of crashing a handler.
 */
export async function readJson<T extends z.ZodType>(redis: Redis, key: string, schema: T): Promise<z.output<T> | undefined> {
  return parseJson(await redis.get(key), schema);
}

export function parseJson<T extends z.ZodType>(raw: string | null, schema: T): z.output<T> | undefined {
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeJson(redis: Redis, key: string, value: unknown, ttlSeconds: number): Promise<void> {
  await redis.set(key, JSON.stringify(value), "EX", ttlSeconds);
}
