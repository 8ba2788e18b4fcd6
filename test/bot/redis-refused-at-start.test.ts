import { describe, expect, it } from "vitest";
import { startBotProcess } from "../support/bot-process.js";
import { freePort } from "../support/redis-server.js";

// Redis refusing connections when the bot starts: the operator reads one line that names the setting and
// the address it tried (never the password in it), and the process ends with 1 at once instead of
// retrying (a supervisor restarts it once Redis is up).

describe("Redis refused at start", () => {
  it("exits 1 promptly with one line naming REDIS_URL and the address, the password hidden", async () => {
    const port = await freePort();
    const started = Date.now();
    const bot = startBotProcess({ BOT_TOKEN: "123456:TEST", REDIS_URL: `redis://default:Sup3rSecretPw@127.0.0.1:${port}/0`, LOG_LEVEL: "info" });
    // tsx compiles the import graph first (seconds on a busy machine); a retry loop would never end.
    const timeout = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 60_000).unref());
    const code = await Promise.race([bot.exited, timeout]);
    if (code === "still running") bot.child.kill("SIGKILL");
    expect(code).toBe(1);
    const output = bot.output();
    expect(output).not.toContain("Sup3rSecretPw");
    const line = output.split("\n").find((l) => l.includes("REDIS_URL"));
    expect(line).toBe(`Redis is not reachable at REDIS_URL=redis://default:***@127.0.0.1:${port}/0 (connect ECONNREFUSED 127.0.0.1:${port}): start Redis there, or set REDIS_URL to a Redis that runs`);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
