import type { Redis } from "ioredis";

/** tiket.com session tokens in Redis (the TiketTokenStore of providers/tiket): a booking's token pays for it later, maybe in another process. */
export class RedisTiketTokenStore {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, token: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, token, "EX", Math.max(1, Math.ceil(ttlSeconds)));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }
}

