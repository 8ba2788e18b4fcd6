import { describe, expect, it } from "vitest";
import { startRedisServer } from "../support/redis-server.js";

describe("a machine without redis-server", () => {
  it("starting one fails with a clear error (the demo turns it into how to install Redis), not an unhandled event", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      const err = await startRedisServer().then(() => undefined, (e: unknown) => e as Error);
      expect(err?.message).toMatch(/redis-server could not be started: .*ENOENT/);
    } finally {
      process.env.PATH = path;
    }
  });
});
