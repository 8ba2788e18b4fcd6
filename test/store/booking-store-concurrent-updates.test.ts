import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BookingStore, bookingRecord } from "../../src/store/booking-store.js";
import { redisKeys } from "../../src/store/keys.js";
import { redisConnections } from "../support/redis-connections.js";

// Two jobs of one booking run at once: one notes the status the provider gave ("issued"), the other
// records the issue found there (issuedAt). A plain read-then-write kept whichever wrote last, so the
// issue's record was lost now and then (the reminders test saw it under load).
const connect = redisConnections();

describe("a booking record changed twice at once", () => {
  it("keeps both changes, from two connections as from two processes", async () => {
    const keys = redisKeys(`bsc${randomBytes(3).toString("hex")}`);
    const [a, b] = [new BookingStore(connect(), keys), new BookingStore(connect(), keys)];
    const booking = { provider: "mmbc" as const, code: "CAS001", airlineName: "X", flightCode: "XX-1", from: "CGK", to: "SUB", departsAt: "2030-01-01T10:00:00+07:00", stops: 0, passengers: [], fares: { publish: 1, tax: 0, total: 1, nta: 1, commission: 0 }, timelimit: "2030-01-01T09:00:00+07:00", status: "pending" as const };
    await a.save(bookingRecord(booking, 7, { id: 1, name: "A" }, new Date()));
    for (let round = 0; round < 20; round++) {
      await Promise.all([
        a.update("mmbc", "CAS001", (r) => ({ ...r, ticketNumbers: [...(r.ticketNumbers ?? []), `a${round}`] })),
        b.update("mmbc", "CAS001", (r) => ({ ...r, ticketNumbers: [...(r.ticketNumbers ?? []), `b${round}`] })),
      ]);
    }
    const numbers = (await a.get("mmbc", "CAS001"))!.ticketNumbers!;
    expect(numbers).toHaveLength(40);
    expect(new Set(numbers).size).toBe(40);
  });

  it("an update of a booking that isn't there changes nothing", async () => {
    const store = new BookingStore(connect(), redisKeys(`bsc${randomBytes(3).toString("hex")}`));
    expect(await store.update("mmbc", "NONE01", (r) => r)).toBeUndefined();
  });
});
