/**
 * `npm run bench:startup`: cold start of the built bot as deployed for updates only (ROLE=bot) on a live
 * provider config (MMBC_* pointing at the sandbox, which runs as its own process): time from spawn to
 * the "bot ready" log line, and the process's RSS then; BENCH_STARTS times (default 5), medians.
 * Run `npm run build` first. BENCH_ENTRY picks another built entry (build/main.js: the per-file build). Uses a private redis-server unless REDIS_URL.
 */
import { loadavg } from "node:os";
import { startRedisServer } from "../test/support/redis-server.js";
import { startTelegramEmulator } from "../test/support/telegram/index.js";
import { startSandboxProcess } from "./flow/env.js";
import { deployedEntry, deployedEnv, deployedNodeArgs, startChild } from "./flow/processes.js";
import { rssBytes } from "./flow/proc-stats.js";

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
/** BENCH_ENTRY=build/main.js: the per-file build instead of the bundle npm start runs, to compare in the same minutes. */
const ENTRY = process.env.BENCH_ENTRY ?? deployedEntry();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const own = process.env.REDIS_URL ? undefined : await startRedisServer();
const redisUrl = process.env.REDIS_URL ?? own!.url;
const sandbox = await startSandboxProcess();
const emulator = await startTelegramEmulator({ token: "333333:STARTUP" });
const ready: number[] = [];
const rss: number[] = [];
try {
  for (let i = 0; i < STARTS; i++) {
    const bot = await startChild("the bot", [...deployedNodeArgs(), ENTRY], {
      PATH: process.env.PATH, BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: redisUrl, REDIS_NAMESPACE: "startup",
      ROLE: "bot", BOT_MODE: "polling", MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: "sandbox", MMBC_PASSWORD: "sandbox123", LOG_LEVEL: "info",
      ...deployedEnv(),
    }, /"msg":"bot ready"/);
    ready.push(bot.readyMs);
    rss.push(rssBytes(bot.pid));
    await bot.stop();
  }
  console.log(`${ENTRY}, ROLE=bot, live MMBC config, ${STARTS} cold starts (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}):`);
  console.log(`  spawn → "bot ready": median ${median(ready).toFixed(0)} ms (${ready.map((ms) => ms.toFixed(0)).join(", ")})`);
  console.log(`  RSS at "bot ready": median ${(median(rss) / 1048576).toFixed(0)} MB (${rss.map((b) => (b / 1048576).toFixed(0)).join(", ")})`);
} finally {
  await emulator.close();
  sandbox.child.kill("SIGTERM");
  await own?.stop();
}
