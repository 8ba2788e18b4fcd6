import type { Redis } from "ioredis";

export interface KeySize {
  /** MEMORY USAGE: what Redis really spends on the key (value, key name, overhead). */
  memory: number;
  /** STRLEN: the stored value itself. */
  strlen: number;
}

export async function keySize(redis: Redis, key: string): Promise<KeySize> {
  const [memory, strlen] = await Promise.all([redis.call("MEMORY", "USAGE", key, "SAMPLES", "0"), redis.strlen(key)]);
  if (typeof memory !== "number" || strlen === 0) throw new Error(`conversation key ${key} is missing at the summary step`);
  return { memory, strlen };
}
