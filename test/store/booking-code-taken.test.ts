import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BookingStore, bookingRecord } from "../../src/store/booking-store.js";
import { redisKeys } from "../../src/store/keys.js";
import { redisConnections } from "../support/redis-connections.js";

// Providers can give a booking code again (6-character airline codes, one shared account for many chats):
// the record a code names is never written over, whoever asks, at once or later.
const connect = redisConnections();
const booking = (code: string, name: string) => ({ provider: "mmbc" as const, code, airlineName: "X", flightCode: "XX-1", from: "CGK", to: "SUB", departsAt: "2030-01-01T10:00:00+07:00", stops: 0, passengers: [{ title: "MR", fullName: name, type: "adult" as const }], fares: { publish: 1, tax: 0, total: 1, nta: 1, commission: 0 }, timelimit: "2030-01-01T09:00:00+07:00", status: "pending" as const });

describe("a booking code saved a second time", () => {
  it("keeps the first record, for another chat and for the same one, and at once only one wins", async () => {
    const keys = redisKeys(`bct${randomBytes(3).toString("hex")}`);
    const [a, b] = [new BookingStore(connect(), keys), new BookingStore(connect(), keys)];
    expect(await a.save(bookingRecord(booking("DUP001", "Hendra"), 7, { id: 1, name: "A" }, new Date()))).toBe("saved");
    expect(await b.save(bookingRecord(booking("DUP001", "Siti"), 8, { id: 2, name: "B" }, new Date()))).toBe("taken");
    expect(await b.save(bookingRecord(booking("DUP001", "Joko"), 7, { id: 3, name: "C" }, new Date()))).toBe("taken");
    const kept = (await a.get("mmbc", "DUP001"))!;
    expect([kept.chatId, kept.booking.passengers[0]!.fullName, kept.bookedBy.name]).toEqual([7, "Hendra", "A"]);
    expect(await a.ownerChat("DUP001", ["mmbc"])).toBe(7);
    expect((await b.listForChat(8)).total).toBe(0);

    const outcomes = await Promise.all([7, 8].map((chat, i) => [a, b][i]!.save(bookingRecord(booking("DUP002", `P${chat}`), chat, { id: chat, name: "x" }, new Date()))));
    expect(outcomes.sort()).toEqual(["saved", "taken"]);
  });

  it("refuses a code still remembered as another chat's after its record is gone", async () => {
    const keys = redisKeys(`bct${randomBytes(3).toString("hex")}`);
    const redis = connect();
    const store = new BookingStore(redis, keys);
    await store.save(bookingRecord(booking("DUP003", "Hendra"), 7, { id: 1, name: "A" }, new Date()));
    await redis.del(keys.booking("mmbc", "DUP003"));
    expect(await store.save(bookingRecord(booking("DUP003", "Siti"), 8, { id: 2, name: "B" }, new Date()))).toBe("taken");
    expect(await store.get("mmbc", "DUP003")).toBeUndefined();
    // Its own chat may record it again.
    expect(await store.save(bookingRecord(booking("DUP003", "Hendra"), 7, { id: 1, name: "A" }, new Date()))).toBe("saved");
  });
});
