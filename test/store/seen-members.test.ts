import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redisKeys } from "../../src/store/keys.js";
import { SeenMembers } from "../../src/store/seen-members.js";
import { redisConnections } from "../support/redis-connections.js";

const connect = redisConnections();
const keys = () => redisKeys(`sm${randomBytes(3).toString("hex")}`);

describe("members seen in a group", () => {
  it("one key per group and username (any case), kept a year; a member's next messages cost no write", async () => {
    const k = keys();
    const redis = connect();
    const seen = new SeenMembers(redis, k);
    await seen.note(-100, { id: 7, username: "Ani_Tour", name: "Ani: Lestari" });
    expect(await seen.named(-100, "ani_tour")).toEqual({ id: 7, name: "Ani: Lestari" });
    expect(await seen.named(-200, "ani_tour")).toBeUndefined();
    expect(await redis.ttl(k.seenMember(-100, "ani_tour"))).toBeGreaterThan(364 * 24 * 3600);
    // Written once by this process: the same member under the same name is not written again…
    await redis.del(k.seenMember(-100, "ani_tour"));
    await seen.note(-100, { id: 7, username: "Ani_Tour", name: "Ani" });
    expect(await seen.named(-100, "ani_tour")).toBeUndefined();
    // …a new username is.
    await seen.note(-100, { id: 7, username: "ani_baru", name: "Ani" });
    expect(await seen.named(-100, "ANI_BARU")).toEqual({ id: 7, name: "Ani" });
  });

  it("per person, the groups she was seen in and not seen leaving: where she may be asked about", async () => {
    const k = keys();
    const redis = connect();
    const seen = new SeenMembers(redis, k);
    await seen.note(-100, { id: 8, name: "Tono" });
    await seen.note(-200, { id: 8, name: "Tono" });
    await seen.note(-100, { id: 9, username: "sari", name: "Sari" });
    expect(await seen.groupsOf(8)).toEqual([-200, -100]);
    expect(await seen.groupsOf(9)).toEqual([-100]);
    expect(await seen.groupsOf(10)).toEqual([]);
    expect(await redis.ttl(k.seenGroups(8))).toBeGreaterThan(364 * 24 * 3600);
    // Seen leaving: that group only; her next message there notes it again (even in this process).
    await seen.forget(-100, 8);
    expect(await seen.groupsOf(8)).toEqual([-200]);
    await seen.note(-100, { id: 8, name: "Tono" });
    expect(await seen.groupsOf(8)).toEqual([-200, -100]);
  });
});
