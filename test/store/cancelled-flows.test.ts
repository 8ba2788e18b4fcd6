import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CancelledFlows } from "../../src/store/cancelled-flows.js";
import { CredentialCipher } from "../../src/store/accounts/credential-cipher.js";
import { redisKeys, TTL } from "../../src/store/keys.js";
import { redisConnections } from "../support/redis-connections.js";

// A cancelled flow kept for its ↩️ Resume button: taken once, only with its own token, by its own member in its
// own chat; passengers (personal data) sealed at rest when there is a key; kept as long as a results list.
const connect = redisConnections();
const board = { sid: "abc123", messageId: 5, view: { sort: "price" as const, page: 0 }, locale: "id" };
const draft = { sid: "abc123", index: 2, passengers: [{ type: "adult" as const, title: "Mr" as const, fullName: "Budi Santoso", idNumber: "3174092302900001" }], contact: { email: "a@example.com", phone: "081234567890" } };

describe("a cancelled flow kept for undo", () => {
  it("is taken once, with its token, for its member and chat only", async () => {
    const keys = redisKeys(`cfl${randomBytes(3).toString("hex")}`);
    const store = new CancelledFlows(connect(), keys);
    const token = await store.keep(-100, 7, { board, draft });
    expect(await store.take(-100, 8, token)).toBeUndefined();
    expect(await store.take(-200, 7, token)).toBeUndefined();
    expect(await store.take(-100, 7, `${token}x`)).toBeUndefined();
    expect(await store.take(-100, 7, "../../*")).toBeUndefined();
    expect(await store.take(-100, 7, token)).toEqual({ board, draft });
    expect(await store.take(-100, 7, token)).toBeUndefined();
  });

  it("lives as long as a results list; a new flow forgets it; keeping it drops the draft", async () => {
    const keys = redisKeys(`cfl${randomBytes(3).toString("hex")}`);
    const redis = connect();
    const store = new CancelledFlows(redis, keys);
    await store.noteDraft(-100, 7, draft);
    expect(await store.draft(-100, 7)).toEqual(draft);
    const token = await store.keep(-100, 7, { board });
    expect(await store.draft(-100, 7)).toBeUndefined();
    const ttl = await redis.ttl(keys.cancelledFlow(-100, 7));
    expect(ttl).toBeGreaterThan(TTL.search - 5);
    expect(ttl).toBeLessThanOrEqual(TTL.search);
    await store.forget(-100, 7);
    expect(await store.take(-100, 7, token)).toBeUndefined();
  });

  it("with a key, passengers are sealed at rest, bound to their Redis key", async () => {
    const keys = redisKeys(`cfl${randomBytes(3).toString("hex")}`);
    const redis = connect();
    const store = new CancelledFlows(redis, keys, new CredentialCipher(randomBytes(32)));
    await store.noteDraft(-100, 7, draft);
    const token = await store.keep(-100, 7, { board, draft });
    const raw = (await redis.get(keys.cancelledFlow(-100, 7)))!;
    expect(raw).not.toContain("Budi");
    expect(raw).not.toContain("3174092302900001");
    // Copied under another member's key, it does not open.
    await redis.set(keys.cancelledFlow(-100, 8), raw);
    expect(await store.take(-100, 8, token)).toBeUndefined();
    expect(await store.take(-100, 7, token)).toEqual({ board, draft });
  });
});
