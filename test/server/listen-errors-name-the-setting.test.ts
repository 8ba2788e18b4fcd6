// A listener that cannot start says which setting to change: one line naming PORT, METRICS_PORT,
// SANDBOX_PORT or METRICS_HOST and what it should be; exit 1; no stack trace.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createConfig } from "../../src/config.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startBotProcess } from "../support/bot-process.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
let busy: Server;
let busyPort: number;
beforeAll(async () => {
  sandbox = await startMmbcSandbox();
  emulator = await startTelegramEmulator();
  busy = createServer();
  await new Promise<void>((r) => busy.listen(0, "0.0.0.0", () => r()));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
  busy.close();
  await sandbox.close();
  await emulator.close();
});

const live = () => ({ MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password });

async function refusal(env: Record<string, string>): Promise<string> {
  const p = startBotProcess({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: "listenerr", LOG_LEVEL: "warn", ROLE: "bot", ...env,
  });
  const timer = setTimeout(() => p.child.kill("SIGKILL"), 60_000);
  const code = await p.exited;
  clearTimeout(timer);
  expect(code).toBe(1);
  const lines = p.output().trim().split("\n");
  expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
  return lines.at(-1)!;
}

describe("listeners that cannot start", { timeout: 120_000 }, () => {
  it("PORT in use (polling)", async () => {
    expect(await refusal({ ...live(), PORT: String(busyPort) })).toBe(`PORT=${busyPort} is in use by another process: stop it, or set PORT to a free port (1–65535)`);
  });
  it("METRICS_PORT in use", async () => {
    expect(await refusal({ ...live(), METRICS_PORT: String(busyPort) })).toBe(`METRICS_PORT=${busyPort} is in use by another process: stop it, or set METRICS_PORT to a free port (1–65535)`);
  });
  it("SANDBOX_PORT in use (the built-in sandbox)", async () => {
    expect(await refusal({ SANDBOX_PORT: String(busyPort) })).toBe(`SANDBOX_PORT=${busyPort} is in use by another process: stop it, or set SANDBOX_PORT to a free port (1–65535)`);
  });
  it("METRICS_HOST that is no address of this machine", async () => {
    expect(await refusal({ ...live(), METRICS_PORT: "19464", METRICS_HOST: "no-such-host.invalid" })).toMatch(/^METRICS_HOST="no-such-host\.invalid" is not an address of this machine: set METRICS_HOST to an interface/);
  });
  it("the standalone sandbox (npm run sandbox) with PORT in use", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["--import", "tsx", "src/sandbox/run-sandbox.ts"], { env: { PATH: process.env.PATH, PORT: String(busyPort) }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(1);
    expect(out.trim()).toBe(`PORT=${busyPort} is in use by another process: stop it, or set PORT to a free port (1–65535)`);
  });
});

describe("config", () => {
  it("SANDBOX_PORT must differ from PORT and METRICS_PORT; METRICS_HOST must look like a host", () => {
    expect(() => createConfig({ BOT_TOKEN: "1:a", PORT: "9100", SANDBOX_PORT: "9100" })).toThrow(/SANDBOX_PORT must differ from PORT and METRICS_PORT/);
    expect(() => createConfig({ BOT_TOKEN: "1:a", METRICS_PORT: "9100", SANDBOX_PORT: "9100" })).toThrow(/SANDBOX_PORT must differ/);
    expect(createConfig({ BOT_TOKEN: "1:a", PORT: "9100", SANDBOX_PORT: "0" }).SANDBOX_PORT).toBe(0);
    expect(() => createConfig({ BOT_TOKEN: "1:a", METRICS_HOST: "not a host!!" })).toThrow(/METRICS_HOST/);
    for (const ok of ["127.0.0.1", "0.0.0.0", "::", "::1", "metrics.internal", "localhost"]) expect(createConfig({ BOT_TOKEN: "1:a", METRICS_HOST: ok }).METRICS_HOST).toBe(ok);
  });
});
