import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cluster } from "ioredis";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startLocalCluster, type LocalCluster } from "../support/redis-topologies.js";
import { bookOne } from "../bot/journey-steps.js";
import { BookingStore, bookingRecord } from "../../src/store/booking-store.js";
import { GroupApprovals } from "../../src/store/group-approvals.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { accountKeys } from "../../src/store/accounts/account-keys.js";
import { CredentialCipher } from "../../src/store/accounts/credential-cipher.js";
import { JobIndex } from "../../src/store/job-index.js";
import { redisKeys } from "../../src/store/keys.js";
import type { RedisClient } from "../../src/store/redis-connection.js";

// A 3-master Redis Cluster on free ports, started and torn down by this file.
let cluster: LocalCluster;
let h: Harness;
beforeAll(async () => {
  cluster = await startLocalCluster(3);
  h = await startHarness({ env: { REDIS_CLUSTER_NODES: cluster.spec } });
}, 60_000);
afterAll(async () => {
  await h?.close();
  await cluster?.stop();
});

describe("on a 3-master Redis Cluster", () => {
  it("the bot uses ioredis Cluster and BullMQ under a hash-tagged prefix", async () => {
    expect(h.app.redis).toBeInstanceOf(Cluster);
    expect(h.app.jobs.queue.opts.prefix).toBe(`{${h.app.keys.queuePrefix}}`);
  });

  it("the whole journey: search, book (payment reminders queued), issue (reminders dropped), e-ticket, /status", async () => {
    const user = { id: 7101, first_name: "Sari", language_code: "id" };
    const agent = new Agent(h, user, { id: user.id, type: "private" });
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(12).wire} 1`);
    // Reminders before the payment deadline wait in the queue (every BullMQ key in one slot).
    expect((await h.app.jobs.queue.getJobCounts("delayed")).delayed).toBeGreaterThan(0);
    await agent.tap("Issued sekarang");
    await agent.tap("✅ Issued");
    await agent.document(`etiket-${code}.pdf`);
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("issued");
    expect((await h.app.jobs.queue.getJobCounts("delayed")).delayed).toBe(0);
    await agent.say(`/status ${code}`);
    expect(agent.last()?.text).toContain(code);
    expect(h.emulator.errors).toEqual([]);
  }, 60_000);

  it("the stores' two-key operations work across slots (group migration, linked accounts, job index)", async () => {
    const redis = h.app.redis as RedisClient;
    const keys = redisKeys(`c${Date.now().toString(36)}`);
    // Keys of different chats land in different slots: what a MULTI could not span.
    const bookings = new BookingStore(redis, keys);
    const booking = { provider: "mmbc" as const, code: "CLS001", airlineName: "X", flightCode: "XX-1", from: "CGK", to: "SUB", departsAt: "2030-01-01T10:00:00+07:00", stops: 0, passengers: [], fares: { publish: 1, tax: 0, total: 1, nta: 1, commission: 0 }, timelimit: "2030-01-01T09:00:00+07:00", status: "pending" as const };
    await bookings.save(bookingRecord(booking, -100, { id: 1, name: "A" }, new Date()));
    expect((await bookings.listForChat(-100)).total).toBe(1);
    expect(await bookings.migrateChat(-100, -200)).toBe(1);
    expect((await bookings.listForChat(-200)).records[0]?.chatId).toBe(-200);
    expect((await bookings.listForChat(-100)).total).toBe(0);

    const approvals = new GroupApprovals(redis, keys);
    await approvals.approve(-100, 1, new Date());
    await approvals.migrateChat(-100, -200);
    expect(await approvals.get(-200)).toBeDefined();
    expect(await approvals.get(-100)).toBeUndefined();

    const store = new AccountStore(redis, accountKeys(keys), new CredentialCipher(Buffer.alloc(32, 7)));
    const { id: first } = await store.save(42, { username: "agen1", password: "pw" }, new Date());
    await store.linkChat(-300, { id: first, by: 42, name: "A" });
    const { id: second, unlinked } = await store.save(42, { username: "agen2", password: "pw" }, new Date());
    expect(unlinked).toEqual([{ chatId: -300, link: { id: first, by: 42, name: "A" } }]);
    expect(await store.chatLink(-300)).toBeUndefined(); // another username unlinks the groups of the old login
    await store.linkChat(-300, { id: second, by: 42, name: "A" });
    expect(await store.unlinkChat(-300)).toBe(true);

    const index = new JobIndex(redis, keys);
    await index.addForChat(-200, ["a", "b"]);
    expect((await index.takeOfChat(-200)).sort()).toEqual(["a", "b"]);
    expect(await index.takeOfChat(-200)).toEqual([]);
  });
});
