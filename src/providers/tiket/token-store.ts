/**
 * Where tiket.com session tokens live. A booking's token is what pays for it later, maybe in another
 * process after a restart, so production uses Redis; the in-memory one is for single-process tools.
 */
export interface TiketTokenStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, token: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryTiketTokenStore implements TiketTokenStore {
  private readonly entries = new Map<string, { value: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  async set(key: string, token: string, ttlSeconds: number): Promise<void> {
    this.entries.set(key, { value: token, until: this.now() + ttlSeconds * 1000 });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
