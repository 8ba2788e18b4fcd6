import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { ChatSettingsStore } from "../../src/store/chat-settings.js";
import { redisKeys } from "../../src/store/keys.js";

// A group's settings read with the update's claim serve that update; a change, or the update's end, drops them.
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`cs${randomBytes(4).toString("hex")}`);
const store = new ChatSettingsStore(redis, keys);
const other = new ChatSettingsStore(redis, keys); // another process
afterAll(() => redis.disconnect());

describe("chat settings read once per update", () => {
  it("serves the prefetched settings until forgotten, then reads Redis again", async () => {
    const chat = -1001;
    await other.update(chat, (s) => ({ ...s, locale: "en" }));
    await store.prefetch(chat);
    // Another process changes them meanwhile: this update keeps what it read at its start.
    await other.update(chat, (s) => ({ ...s, locale: "id" }));
    expect((await store.get(chat)).locale).toBe("en");
    store.forget(chat);
    expect((await store.get(chat)).locale).toBe("id");
  });

  it("a change made by the update itself is read back at once", async () => {
    const chat = -1002;
    await store.prefetch(chat);
    expect((await store.get(chat)).issuers).toBeUndefined();
    await store.update(chat, (s) => ({ ...s, issuers: "everyone" }));
    expect((await store.get(chat)).issuers).toBe("everyone");
    store.forget(chat);
  });

  it("a failed read is not kept", async () => {
    const broken = new Redis(inject("redisUrl"), { lazyConnect: true, enableOfflineQueue: false });
    const offline = new ChatSettingsStore(broken, keys);
    await offline.prefetch(-1003);
    // Redis is back: the update's next read asks it, rather than returning the failure kept from before.
    if (broken.status !== "ready") await new Promise((resolve) => broken.once("ready", resolve));
    await expect(offline.get(-1003)).resolves.toEqual({ issuerIds: [] });
    broken.disconnect();
  });
});
