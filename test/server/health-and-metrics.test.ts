import { afterAll, describe, expect, inject, it } from "vitest";
import { networkInterfaces } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { createConfig } from "../../src/config.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { createMetrics } from "../../src/server/metrics.js";
import { startServers } from "../../src/server/servers.js";
import { freePort } from "../support/redis-server.js";
import { captureLogger } from "../support/test-logger.js";

// The listeners as main.ts starts them, with the real MMBC sandbox and a real Redis behind the checks.
const sandbox = await startMmbcSandbox();
const redis = new Redis(inject("redisUrl"));
const { logger, lines } = captureLogger("info");
const provider = new MmbcProvider({
  baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
  timeouts: { read: 1_000 }, retryDelaysMs: [],
});
const registry = createMetrics().registry;
const checks = { redis: () => redis.ping(), provider: () => provider.balance() };
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await provider.close();
  redis.disconnect();
  await sandbox.close();
});

async function start(env: Record<string, string>) {
  const config = createConfig({ BOT_TOKEN: "123:abc", ...env }, { testTimings: true }); // a health check every 100 ms
  const servers = await startServers(config, logger, { registry, checks });
  opened.push(servers);
  return servers;
}
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });
async function until(what: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await sleep(20);
  }
}

describe("/healthz", () => {
  it("answers from the background check: 50 anonymous GETs make no provider call, and say only ok", async () => {
    const port = await freePort();
    await start({ PORT: String(port), HEALTH_INTERVAL_SECONDS: "3600" });
    await until(async () => (await get(`http://127.0.0.1:${port}/healthz`)).status === 200);
    const before = sandbox.controls.callCount("ceksaldo");
    expect(before).toBeGreaterThan(0);
    const answers = await Promise.all(Array.from({ length: 50 }, () => get(`http://127.0.0.1:${port}/healthz?check=all`)));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual(Array(50).fill({ ok: true }));
    expect(sandbox.controls.callCount("ceksaldo")).toBe(before);
  });

  it("follows the provider on its interval: not ok while it fails, ok again without a restart; the reason only in the log", async () => {
    const port = await freePort();
    await start({ PORT: String(port), HEALTH_INTERVAL_SECONDS: "0.1" });
    await until(async () => (await get(`http://127.0.0.1:${port}/healthz`)).status === 200);
    sandbox.controls.setFault("ceksaldo", { kind: "http500" });
    try {
      await until(async () => (await get(`http://127.0.0.1:${port}/healthz`)).status === 503);
      const down = await get(`http://127.0.0.1:${port}/healthz`);
      expect(await down.json()).toEqual({ ok: false });
      expect(lines.some((l) => l.includes("health check failing") && l.includes('"check":"provider"'))).toBe(true);
    } finally {
      sandbox.controls.setFault("ceksaldo", null);
    }
    await until(async () => (await get(`http://127.0.0.1:${port}/healthz`)).status === 200);
    expect(lines.some((l) => l.includes("health check recovered") && l.includes('"check":"provider"'))).toBe(true);
  });
});

describe("/metrics", () => {
  const TOKEN = "scrape-me-0123456789";

  it("is not on the public port; it has a loopback listener of its own", async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    await start({ PORT: String(port), METRICS_PORT: String(metricsPort), HEALTH_INTERVAL_SECONDS: "3600" });
    expect((await get(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    const scrape = await get(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain("# TYPE bot_updates_total counter");
    expect((await get(`http://127.0.0.1:${metricsPort}/healthz`)).status).toBe(404);
    // Bound to 127.0.0.1 only: another address of this machine is refused.
    const other = Object.values(networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal);
    if (other) await expect(get(`http://${other.address}:${metricsPort}/metrics`)).rejects.toThrow();
  });

  it("on the public port only with the bearer token", async () => {
    const port = await freePort();
    await start({ PORT: String(port), METRICS_TOKEN: TOKEN, HEALTH_INTERVAL_SECONDS: "3600" });
    const url = `http://127.0.0.1:${port}/metrics`;
    const anonymous = await get(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await anonymous.text()).toBe("");
    expect((await get(url, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await get(url, { authorization: TOKEN })).status).toBe(401);
    const scrape = await get(url, { authorization: `Bearer ${TOKEN}` });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain("provider_calls_total");
  });

  it("its own listener asks for the token too when one is set; without port or token there is no /metrics", async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    await start({ PORT: String(port), METRICS_PORT: String(metricsPort), METRICS_TOKEN: TOKEN, HEALTH_INTERVAL_SECONDS: "3600" });
    expect((await get(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);
    expect((await get(`http://127.0.0.1:${metricsPort}/metrics`, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await get(`http://127.0.0.1:${port}/metrics`, { authorization: `Bearer ${TOKEN}` })).status).toBe(404);
    const bare = await freePort();
    await start({ PORT: String(bare), HEALTH_INTERVAL_SECONDS: "3600" });
    expect((await get(`http://127.0.0.1:${bare}/metrics`)).status).toBe(404);
  });
});
