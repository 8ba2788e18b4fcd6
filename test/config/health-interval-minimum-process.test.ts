// A real process (it reads its environment with the production minimums): HEALTH_INTERVAL_SECONDS below 5 is refused at start,
// naming the variable and its minimum, exit 1, before any provider call.
import { describe, expect, it } from "vitest";
import { startBotProcess } from "../support/bot-process.js";

describe("HEALTH_INTERVAL_SECONDS=0.001 in a real process", { timeout: 90_000 }, () => {
  it("exits 1 naming HEALTH_INTERVAL_SECONDS and the minimum", async () => {
    const p = startBotProcess({ BOT_TOKEN: "123:abc", HEALTH_INTERVAL_SECONDS: "0.001", PORT: "18999", REDIS_URL: "redis://127.0.0.1:1" });
    expect(await p.exited).toBe(1);
    const out = p.output().trim();
    expect(out).toMatch(/HEALTH_INTERVAL_SECONDS must be a number of seconds .*from 5 to 3600/);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
