// METRICS_TOKEN in polling mode (or a worker) without PORT or METRICS_PORT: nothing serves /metrics,
// and the operator is told so, naming METRICS_PORT.
import { describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.js";
import { createMetrics } from "../../src/server/metrics.js";
import { startServers } from "../../src/server/servers.js";
import { captureLogger } from "../support/test-logger.js";

const registry = createMetrics().registry;
const checks = { ok: () => Promise.resolve() };

describe("METRICS_TOKEN without a listener", () => {
  it("warns, naming METRICS_PORT", async () => {
    const { logger, lines } = captureLogger("info");
    const servers = await startServers(createConfig({ BOT_TOKEN: "123:abc", METRICS_TOKEN: "abcdefghijklmnopqrstu" }), logger, { registry, checks });
    await servers.close();
    const warning = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).find((l) => l.msg.includes("METRICS_TOKEN"));
    expect(warning?.level).toBe(40);
    expect(warning?.msg).toMatch(/nothing serves \/metrics.*set METRICS_PORT/);
  });
  it("says nothing of the kind when METRICS_PORT is set", async () => {
    const { logger, lines } = captureLogger("info");
    const servers = await startServers(createConfig({ BOT_TOKEN: "123:abc", METRICS_TOKEN: "abcdefghijklmnopqrstu", METRICS_PORT: "19473" }), logger, { registry, checks });
    await servers.close();
    expect(lines.join("")).not.toContain("nothing serves");
  });
});
