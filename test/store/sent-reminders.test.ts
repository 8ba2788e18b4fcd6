import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SentReminders } from "../../src/store/sent-reminders.js";
import { redisKeys, TTL } from "../../src/store/keys.js";
import { redisConnections } from "../support/redis-connections.js";

// Reminders are sent by one process (the worker) and edited by whichever process sees the issue: their
// ids live in Redis, and each is handed out once.
const connect = redisConnections();

describe("the reminders sent for a booking", () => {
  it("noted by one process, are taken by one of two others asking at once; kept until a while after the deadline", async () => {
    const keys = redisKeys(`srm${randomBytes(3).toString("hex")}`);
    const [worker, a, b] = [new SentReminders(connect(), keys), new SentReminders(connect(), keys), new SentReminders(connect(), keys)];
    const payBefore = new Date(Date.now() + 3600_000).toISOString();
    await worker.note("mmbc", "ABC123", { chatId: -100, messageId: 7, locale: "id" }, payBefore);
    await worker.note("mmbc", "ABC123", { chatId: -100, messageId: 9, locale: "en" }, payBefore);
    const redis = connect();
    const ttl = await redis.pttl(keys.reminderMessages("mmbc", "ABC123"));
    expect(Math.abs(Date.now() + ttl - (Date.parse(payBefore) + TTL.reminderMessagesAfterDeadline * 1000))).toBeLessThan(5_000);

    const [one, two] = await Promise.all([a.take("mmbc", "ABC123"), b.take("mmbc", "ABC123")]);
    expect([...one, ...two]).toEqual([{ chatId: -100, messageId: 7, locale: "id" }, { chatId: -100, messageId: 9, locale: "en" }]);
    expect(one.length === 0 || two.length === 0).toBe(true);
    // A value that is not a reminder (an older shape, a hand edit) is skipped, not thrown.
    await redis.rpush(keys.reminderMessages("mmbc", "XYZ789"), "{\"chatId\":\"x\"}", JSON.stringify({ chatId: 5, messageId: 1, locale: "id" }));
    expect(await a.take("mmbc", "XYZ789")).toEqual([{ chatId: 5, messageId: 1, locale: "id" }]);
  });
});
