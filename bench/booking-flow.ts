/**
 * `npm run bench:flow`: the booking flow measured the way the bot is deployed. The bot is built and runs
 * as its own process (`npm start`'s command, ROLE=bot, webhook mode, a live MMBC config pointing at the
 * sandbox in another process); the strict Bot API emulator and the simulated agents run in a third
 * (bench/flow/emulator-process.ts), Redis in a fourth. The naive peer (bench/peer/naive-bot.ts: grammY +
 * conversations v2 + storage-redis as the docs teach) runs the same flow against the same sandbox, as
 * its own process, in the same run. Each agent is alone in a private chat and goes /cari → booking
 * code (~12 updates). Levels (BENCH_AGENTS, default 50,10) × BENCH_REPEATS (default 3), the bot and the
 * peer alternating; the table shows medians. BENCH_CPU_PROF=<dir>: both processes run with --cpu-prof
 * (summarise with `npx tsx bench/profile-summary.ts <file>`). Uses a private redis-server unless REDIS_URL.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { freePort, startRedisServer } from "../test/support/redis-server.js";
import { startSandboxProcess } from "./flow/env.js";
import type { RunReply } from "./flow/emulator-process.js";
import { deployedEntry, deployedEnv, deployedNodeArgs, startChild, startTelegramSide, type Child, type TelegramSide } from "./flow/processes.js";
import { cpuMs, peakRssBytes, processRssSampler, rssBytes } from "./flow/proc-stats.js";
import { diffStats, latencySummary, mean, redisCommandStats, table } from "./flow/stats.js";

const LEVELS = (process.env.BENCH_AGENTS ?? "50,10").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** Journeys per run at least, so a small level's p99 rests on enough updates. */
const MIN_JOURNEYS = Number(process.env.BENCH_MIN_JOURNEYS ?? 20);
/** Warm-up before measuring (not reported): JIT and lazily loaded modules settle, as in a process that has run a while. */
const WARMUP_AGENTS = Number(process.env.BENCH_WARMUP_AGENTS ?? 50);
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const SECRET = "bench-webhook-secret";
const SANDBOX_LOGIN = { MMBC_USERNAME: "sandbox", MMBC_PASSWORD: "sandbox123" };

type Side = "bot" | "peer" | "floor";
/** BENCH_FLOOR=1: also the framework-free floor (bench/peer/floor-bot.ts), the same flow's I/O and nothing else. */
const FLOOR = process.env.BENCH_FLOOR === "1";

interface Measured {
  side: Side;
  agents: number;
  updates: number;
  updatesPerSecond: number;
  p50: number;
  p99: number;
  bytesPerConversation: number;
  rssPeak: number;
  /** Bot process CPU during the run, % of one core. */
  cpuPercent: number;
  cpuMsPerUpdate: number;
  redisCommandsPerUpdate: number;
  botApiCallsPerUpdate: number;
  /** Bot API methods called, summed over the run (for the per-update breakdown). */
  botApiMethods: Map<string, number>;
  redisCommands: Map<string, number>;
  /** Step name → p50 / p99 of that step's updates (where the tail comes from). */
  steps: Map<string, { p50: number; p99: number }>;
  failures: string[];
  rejected: string[];
}

interface Contender {
  side: Side;
  process: Child;
  telegram: TelegramSide;
  convKey: string;
  nextUserId: number;
}

let nextDay = 0;

const roundsAt = (agents: number) => Math.max(1, Math.ceil(MIN_JOURNEYS / agents));

async function measureRun(c: Contender, redis: Redis, agents: number, rounds = roundsAt(agents)): Promise<Measured> {
  const commandsBefore = await redisCommandStats(redis);
  const cpuBefore = cpuMs(c.process.pid);
  const rss = processRssSampler(c.process.pid);
  const reply: RunReply = await c.telegram.run({ agents, rounds, firstUserId: c.nextUserId, firstDay: nextDay, convKey: c.convKey });
  const cpu = cpuMs(c.process.pid) - cpuBefore;
  const rssPeak = rss.stop();
  c.nextUserId += agents * rounds;
  nextDay += agents * rounds;
  const commands = diffStats(await redisCommandStats(redis), commandsBefore);
  const updates = reply.samples.length;
  const lat = latencySummary(reply.samples.map((s) => s.ms));
  return {
    side: c.side, agents, updates, updatesPerSecond: updates / (reply.wallMs / 1000), p50: lat.p50, p99: lat.p99,
    bytesPerConversation: mean(reply.sizes), rssPeak, cpuPercent: (cpu / reply.wallMs) * 100, cpuMsPerUpdate: cpu / updates,
    redisCommandsPerUpdate: [...commands.values()].reduce((a, b) => a + b, 0) / updates, redisCommands: commands,
    steps: new Map([...new Set(reply.samples.map((s) => s.step))].map((step) => {
      const l = latencySummary(reply.samples.filter((s) => s.step === step).map((s) => s.ms));
      return [step, { p50: l.p50, p99: l.p99 }];
    })),
    botApiCallsPerUpdate: reply.samples.reduce((a, s) => a + s.calls, 0) / updates, botApiMethods: countMethods(reply.samples.flatMap((s) => s.methods)),
    failures: reply.failures, rejected: reply.rejected,
  };
}

function countMethods(methods: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of methods) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function build(): void {
  for (const [what, args] of [["the bot", ["run", "build"]], ["the peer", ["exec", "--", "tsc", "-p", "bench/tsconfig.peer.json"]]] as const) {
    const r = spawnSync("npm", [...args], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`building ${what} failed`);
  }
}

const profileArgs = (name: string) => (PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", PROFILE_DIR, "--cpu-prof-name", `${name}.cpuprofile`] : []);

/** BENCH_BOT_NODE_ARGS / BENCH_PEER_NODE_ARGS: node flags for one side, e.g. "--max-semi-space-size=4" or "-r probe.cjs". */
const nodeArgsOf = (name: string) => (process.env[name] ?? "").split(" ").filter(Boolean);
/** BENCH_BOT_ENTRY=build/main.js: the unbundled build, so that a profile names each package's files (the bundle merges them). */
const botEntry = () => process.env.BENCH_BOT_ENTRY ?? deployedEntry();

async function startBot(redisUrl: string, apiRoot: string, mmbcBaseUrl: string, agentIds: string): Promise<Child> {
  const port = await freePort();
  return startChild("the bot", [...profileArgs("bot"), ...deployedNodeArgs(), ...nodeArgsOf("BENCH_BOT_NODE_ARGS"), botEntry()], {
    PATH: process.env.PATH, BOT_TOKEN: "111111:BENCH-BOT", TELEGRAM_API_ROOT: apiRoot, REDIS_URL: redisUrl, REDIS_NAMESPACE: "bench",
    ROLE: "bot", BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET, PORT: String(port),
    MMBC_BASE_URL: mmbcBaseUrl, ...SANDBOX_LOGIN, AGENT_IDS: agentIds, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "info",
    // As npm start sets it (glibc's allocator arenas); BENCH_BOT_MALLOC_ARENA_MAX tries another value on the bot alone.
    ...deployedEnv(),
    ...(process.env.BENCH_BOT_MALLOC_ARENA_MAX !== undefined ? { MALLOC_ARENA_MAX: process.env.BENCH_BOT_MALLOC_ARENA_MAX } : {}),
  }, /"msg":"bot ready"/).then(async (bot) => {
    // Ready for the bench once the webhook is registered.
    await waitForOutput(bot, /"msg":"webhook mode"/);
    return bot;
  });
}

async function waitForOutput(c: Child, re: RegExp): Promise<void> {
  for (let i = 0; i < 600 && !re.test(c.output()); i++) await sleep(50);
  if (!re.test(c.output())) throw new Error(`no ${re} in the output:\n${c.output()}`);
}

async function startFloor(redisUrl: string, apiRoot: string, mmbcBaseUrl: string): Promise<Child> {
  const port = await freePort();
  return startChild("the floor", [...profileArgs("floor"), "build-bench/bench/peer/floor-bot.js"], {
    PATH: process.env.PATH, BOT_TOKEN: "333333:BENCH-FLOOR", TELEGRAM_API_ROOT: apiRoot, REDIS_URL: redisUrl, REDIS_PREFIX: "floor:",
    WEBHOOK_URL: `http://127.0.0.1:${port}/`, WEBHOOK_SECRET: SECRET, PORT: String(port), MMBC_BASE_URL: mmbcBaseUrl, ...SANDBOX_LOGIN,
  }, /floor ready/);
}

async function startPeer(redisUrl: string, apiRoot: string, mmbcBaseUrl: string): Promise<Child> {
  const port = await freePort();
  return startChild("the peer", [...profileArgs("peer"), ...nodeArgsOf("BENCH_PEER_NODE_ARGS"), "build-bench/bench/peer/naive-bot.js"], {
    PATH: process.env.PATH, BOT_TOKEN: "222222:BENCH-PEER", TELEGRAM_API_ROOT: apiRoot, REDIS_URL: redisUrl, REDIS_PREFIX: "peer:",
    WEBHOOK_URL: `http://127.0.0.1:${port}/`, WEBHOOK_SECRET: SECRET, PORT: String(port), MMBC_BASE_URL: mmbcBaseUrl, ...SANDBOX_LOGIN,
  }, /peer ready/);
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const kb = (n: number) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : "-");
const mb = (n: number) => (Number.isFinite(n) ? `${(n / 1024 / 1024).toFixed(0)} MB` : "-");

function printLevel(runs: Measured[], agents: number): void {
  const of = (side: Side) => runs.filter((r) => r.side === side && r.agents === agents);
  const bot = of("bot");
  const peer = of("peer");
  if (!bot.length || !peer.length) return;
  const rows: [string, (r: Measured) => number, (n: number) => string][] = [
    ["updates/s", (r) => r.updatesPerSecond, f1],
    ["p50 update → last Bot API call (ms)", (r) => r.p50, f1],
    ["p99 update → last Bot API call (ms)", (r) => r.p99, f1],
    ["Redis per paused conversation", (r) => r.bytesPerConversation, kb],
    ["peak RSS (process)", (r) => r.rssPeak, mb],
    ["process CPU (% of a core)", (r) => r.cpuPercent, (n) => `${n.toFixed(0)} %`],
    ["CPU per update (ms)", (r) => r.cpuMsPerUpdate, (n) => n.toFixed(2)],
    ["Redis commands per update", (r) => r.redisCommandsPerUpdate, (n) => n.toFixed(1)],
    ["Bot API calls per update", (r) => r.botApiCallsPerUpdate, (n) => n.toFixed(2)],
  ];
  console.log(`\nat ${agents} agents (medians of ${bot.length} runs each; ${bot[0]!.updates} / ${peer[0]!.updates} updates per run; ` +
    "the ratio is the median of each repeat's bot / peer, measured back to back, so load drift between repeats cancels):");
  console.log(table(["", "", "this bot", "naive peer", "bot / peer"], rows.map(([name, get, fmt]) => {
    const pairs = bot.map((b, i) => (peer[i] ? get(b) / get(peer[i]) : Number.NaN)).filter(Number.isFinite);
    return [name, "", fmt(median(bot.map(get))), fmt(median(peer.map(get))), pairs.length ? `${median(pairs).toFixed(2)}×` : "-"];
  })));
  const top = [...bot.at(-1)!.redisCommands].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const per = (r: Measured, cmd: string) => ((r.redisCommands.get(cmd) ?? 0) / r.updates).toFixed(2);
  const methods = [...new Set([...bot.at(-1)!.botApiMethods.keys(), ...peer.at(-1)!.botApiMethods.keys()])].map((m) => [m] as const);
  const perCall = (r: Measured, m: string) => ((r.botApiMethods.get(m) ?? 0) / r.updates).toFixed(2);
  console.log(`  Bot API calls per update (last run): ${methods.map(([m]) => `${m} ${perCall(bot.at(-1)!, m)}/${perCall(peer.at(-1)!, m)}`).join(", ")}`);
  const last = [bot.at(-1)!, peer.at(-1)!];
  console.log(`  p50/p99 ms by step, bot | peer (last run): ${[...last[0]!.steps].map(([step, b]) => {
    const p = last[1]!.steps.get(step);
    return `${step} ${b.p50.toFixed(0)}/${b.p99.toFixed(0)} | ${p ? `${p.p50.toFixed(0)}/${p.p99.toFixed(0)}` : "-"}`;
  }).join(", ")}`);
  console.log(`  Redis commands per update (last run): ${top.map(([cmd]) => `${cmd} ${per(bot.at(-1)!, cmd)}/${per(peer.at(-1)!, cmd)}`).join(", ")}`);
  const floor = of("floor");
  if (floor.length) {
    const ratio = (xs: Measured[], ys: Measured[], get: (r: Measured) => number) => median(xs.map((x, i) => (ys[i] ? get(x) / get(ys[i]) : Number.NaN)).filter(Number.isFinite)).toFixed(2);
    const cpu = (r: Measured) => r.cpuMsPerUpdate;
    console.log(`  the floor (no framework, the same I/O: bench/peer/floor-bot.ts): CPU per update ${median(floor.map(cpu)).toFixed(2)} ms = ${ratio(floor, peer, cpu)}× the peer's ` +
      `(the bot: ${ratio(bot, floor, cpu)}× the floor's); ${f1(median(floor.map((r) => r.updatesPerSecond)))} upd/s, p99 ${f1(median(floor.map((r) => r.p99)))} ms, ` +
      `peak RSS ${mb(median(floor.map((r) => r.rssPeak)))}, Bot API calls per update ${median(floor.map((r) => r.botApiCallsPerUpdate)).toFixed(2)}, ` +
      `Redis commands per update ${median(floor.map((r) => r.redisCommandsPerUpdate)).toFixed(1)}`);
  }
}

async function main(): Promise<number> {
  if (process.env.BENCH_SKIP_BUILD !== "1") build();
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const redisUrl = process.env.REDIS_URL ?? own!.url;
  const redis = new Redis(redisUrl);
  const sandbox = await startSandboxProcess();
  const started: { stop(): Promise<void> }[] = [];
  try {
    const botTelegram = await startTelegramSide("111111:BENCH-BOT", redisUrl);
    const peerTelegram = await startTelegramSide("222222:BENCH-PEER", redisUrl);
    started.push(botTelegram, peerTelegram);
    // The bench's agents are the operator's agents (AGENT_IDS), as on a live account.
    const firstBotUser = 700_000;
    const journeys = WARMUP_AGENTS + REPEATS * LEVELS.reduce((a, n) => a + n * roundsAt(n), 0);
    const agentIds = Array.from({ length: journeys }, (_, i) => firstBotUser + i).join(",");
    const botProcess = await startBot(redisUrl, botTelegram.apiRoot, sandbox.baseUrl, agentIds);
    started.push(botProcess);
    const peerProcess = await startPeer(redisUrl, peerTelegram.apiRoot, sandbox.baseUrl);
    started.push(peerProcess);
    const bot: Contender = { side: "bot", process: botProcess, telegram: botTelegram, convKey: "bench:conv:{chat}:{user}", nextUserId: firstBotUser };
    const peer: Contender = { side: "peer", process: peerProcess, telegram: peerTelegram, convKey: "peer:conv:{chat}", nextUserId: 900_000 };
    const sides = [bot, peer];
    if (FLOOR) {
      const floorTelegram = await startTelegramSide("333333:BENCH-FLOOR", redisUrl);
      started.push(floorTelegram);
      const floorProcess = await startFloor(redisUrl, floorTelegram.apiRoot, sandbox.baseUrl);
      started.push(floorProcess);
      sides.push({ side: "floor", process: floorProcess, telegram: floorTelegram, convKey: "floor:state:{chat}", nextUserId: 1_100_000 });
    }

    console.log(`booking-flow bench · node ${process.version} · ${cpus()[0]?.model ?? "cpu"} ×${cpus().length} · load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log(`Processes: the bot (${Object.entries(deployedEnv()).map(([k, v]) => `${k}=${v} `).join("")}node ${deployedNodeArgs().join(" ")} ${botEntry()}, as npm start runs it; ROLE=bot, webhook, live MMBC config), the naive peer, one Bot API emulator + agents process per side, the MMBC sandbox, Redis.`);
    console.log(`Startup to "bot ready": ${botProcess.readyMs.toFixed(0)} ms, RSS then ${mb(rssBytes(botProcess.pid))}; the peer: ${peerProcess.readyMs.toFixed(0)} ms, ${mb(rssBytes(peerProcess.pid))}.`);

    for (const c of sides) {
      const warm = await measureRun(c, redis, WARMUP_AGENTS, 1);
      if (warm.failures.length) throw new Error(`${c.side} warm-up failed: ${warm.failures[0]}`);
    }
    const runs: Measured[] = [];
    for (let r = 0; r < REPEATS; r++) {
      for (const agents of LEVELS) {
        // Alternating: which side goes first flips every repeat.
        for (const c of r % 2 ? [...sides].reverse() : sides) {
          const m = await measureRun(c, redis, agents);
          runs.push(m);
          console.log(`  repeat ${r + 1}, ${agents} agents, ${c.side}: ${f1(m.updatesPerSecond)} upd/s, p99 ${f1(m.p99)} ms, CPU ${m.cpuMsPerUpdate.toFixed(2)} ms/update, ` +
            `${kb(m.bytesPerConversation)}/conversation${m.failures.length ? `, ${m.failures.length} FAILED` : ""} · load ${loadavg()[0]!.toFixed(2)}`);
          for (const f of m.failures.slice(0, 2)) console.error(`    ❌ ${f}`);
          await sleep(300);
        }
      }
    }
    for (const agents of LEVELS) printLevel(runs, agents);
    console.log(`\nPeak RSS over the whole bench (VmHWM): this bot ${mb(peakRssBytes(botProcess.pid))}, the peer ${mb(peakRssBytes(peerProcess.pid))}. Load average now ${loadavg().map((l) => l.toFixed(2)).join(" ")}.`);

    const failures = runs.flatMap((r) => r.failures.map((f) => `${r.side} ×${r.agents}: ${f}`));
    const rejected = runs.flatMap((r) => r.rejected.map((f) => `${r.side}: ${f}`));
    for (const f of failures.slice(0, 5)) console.error(`❌ ${f}`);
    if (rejected.length) console.error(`❌ ${rejected.length} Bot API calls rejected by the emulator, e.g. ${rejected[0]}`);
    return failures.length || rejected.length ? 1 : 0;
  } finally {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    redis.disconnect();
    sandbox.child.kill("SIGTERM");
    await own?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
