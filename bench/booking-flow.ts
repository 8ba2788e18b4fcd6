/**
 * `npm run bench:flow`: N agents (BENCH_AGENTS, default 1,10,50), each in its own private chat, run
 * the whole booking journey concurrently (search → price → passenger → contact → book → issue → PDF)
 * through the Telegram emulator, real Redis and the MMBC sandbox (no injected latency), against our
 * bot and against a minimal grammY baseline. Updates go straight to bot.handleUpdate: one agent's
 * updates in order, agents at the same time. Uses REDIS_URL, or starts a private redis-server.
 * Small levels repeat the journey so percentiles rest on enough samples (BENCH_MIN_JOURNEYS, default 10).
 */
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { createConfig } from "../src/config.js";
import { assemble } from "../src/main.js";
import { attributeCalls, FlowAgent, type UpdateHandler, type UpdateSample } from "./flow/agent.js";
import { createBaselineBot, runBaselineAgent, type PlanStep } from "./flow/baseline.js";
import { startBenchEnv, type BenchEnv } from "./flow/env.js";
import { AFTER_CONVERSATION, runOurAgent, SUMMARY_STEP, type OurJourney } from "./flow/our-flow.js";
import type { KeySize } from "./flow/redis-size.js";
import { diffStats, f1, kb, latencySummary, mean, redisCommandStats, rssSampler, table } from "./flow/stats.js";

const LEVELS = (process.env.BENCH_AGENTS ?? "1,10,50").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const MIN_JOURNEYS = Number(process.env.BENCH_MIN_JOURNEYS ?? 10);
const WARMUP_AGENTS = 5;
/** Our search keeps asking the per-airline endpoints in the background for ~1.3 s after it answers. */
const SETTLE_MS = 1_600;
const TARGET = { p99Ms: 50, p99AtAgents: 50, bytesPerConversation: 16 * 1024 };

type BotName = "ours" | "baseline";

interface RunResult {
  bot: BotName;
  agents: number;
  journeys: number;
  failures: string[];
  updates: number;
  wallMs: number;
  ms: number[];
  sizes: KeySize[];
  rssPeak: number;
  /** Event-loop utilisation of this process during the run: near 1 means CPU-bound here. */
  elu: number;
  redisCommands: Map<string, number>;
  calls: number;
  messages: number;
  perStep: Map<string, number[]>;
  /** ms from the issue update's answer until the worker's e-ticket reached the chat (ours only). */
  pdfMs: number[];
  /** Agent 0's first journey with its call counts: the template the baseline mirrors. */
  template: { sample: UpdateSample; calls: number }[];
}

let nextUserId = 700_000;
let nextDay = 0;

type Journey = Partial<OurJourney>;

async function runLevel(env: BenchEnv, measure: Redis, bot: BotName, handler: UpdateHandler, agents: number, journey: (agent: FlowAgent) => Promise<Journey>): Promise<RunResult> {
  const newAgent = () => {
    const id = nextUserId++;
    return new FlowAgent(handler, env.emulator, { id, first_name: `Agen ${id}`, language_code: "id" });
  };
  // A repeated journey is made by a new person in a new chat: a second booking in the same chat
  // would be offered the last contact and take a shorter path.
  const rounds = Math.max(1, Math.ceil(MIN_JOURNEYS / agents));
  const runs: { agent: FlowAgent; outcome?: Journey; error?: unknown }[] = [];
  const commandsBefore = await redisCommandStats(measure);
  const rss = rssSampler();
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  await Promise.all(Array.from({ length: agents }, async () => {
    for (let r = 0; r < rounds; r++) {
      const run: (typeof runs)[number] = { agent: newAgent() };
      runs.push(run);
      await journey(run.agent).then((outcome) => (run.outcome = outcome), (error: unknown) => (run.error = error));
    }
  }));
  const wallMs = performance.now() - started;
  const result: RunResult = {
    bot, agents, journeys: runs.length, failures: [], updates: 0, wallMs, ms: [], sizes: [], rssPeak: rss.stop(),
    elu: performance.eventLoopUtilization(elu).utilization, redisCommands: diffStats(await redisCommandStats(measure), commandsBefore),
    calls: 0, messages: 0, perStep: new Map(), template: [], pdfMs: [],
  };
  const tickets: { chatId: number; fileName: string; issuedAt: number }[] = [];
  for (const [i, { agent, outcome, error }] of runs.entries()) {
    if (error !== undefined) result.failures.push(error instanceof Error ? error.message : String(error));
    if (outcome?.size) result.sizes.push(outcome.size);
    if (outcome?.ticket) tickets.push({ chatId: agent.chat.id, ...outcome.ticket });
    for (const sample of agent.samples) {
      const { calls, messages } = attributeCalls(env.emulator, agent.chat.id, sample);
      result.updates += 1;
      result.ms.push(sample.ms);
      result.calls += calls;
      result.messages += messages;
      result.perStep.set(sample.step, [...(result.perStep.get(sample.step) ?? []), sample.ms]);
      if (i === 0) result.template.push({ sample, calls });
    }
  }
  result.pdfMs = await ticketDelays(env, tickets);
  return result;
}

function sentFileName(response: unknown): string | undefined {
  return (response as { result?: { document?: { file_name?: string } } } | undefined)?.result?.document?.file_name;
}

/**
 * Waits (off the clock) for every e-ticket the worker owes, so the next run starts quiet, and reports
 * how long after the issue update each one arrived.
 */
async function ticketDelays(env: BenchEnv, tickets: { chatId: number; fileName: string; issuedAt: number }[]): Promise<number[]> {
  const { emulator } = env;
  const delays: number[] = [];
  for (const t of tickets) {
    const arrived = await emulator
      .waitFor(() => emulator.calls.find((c) => c.method === "sendDocument" && c.ok && Number(c.payload.chat_id) === t.chatId && sentFileName(c.response) === t.fileName), 60_000)
      .catch(() => undefined);
    if (arrived) delays.push(Math.max(0, arrived.at - t.issuedAt));
  }
  return delays;
}

function planFrom(run: RunResult): PlanStep[] {
  return run.template.map(({ sample, calls }) => ({
    step: sample.step, kind: sample.kind, calls, inConversation: !AFTER_CONVERSATION.has(sample.step), measure: sample.step === SUMMARY_STEP,
  }));
}

const throughput = (r: RunResult) => r.updates / (r.wallMs / 1000);
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

function row(r: RunResult): string[] {
  const lat = latencySummary(r.ms);
  return [
    String(r.agents), r.bot, String(r.journeys), String(r.updates), f1(throughput(r)), f1(lat.p50), f1(lat.p95), f1(lat.p99), f1(lat.max),
    `${kb(mean(r.sizes.map((s) => s.memory)))} / ${kb(mean(r.sizes.map((s) => s.strlen)))}`,
    `${(r.rssPeak / 1024 / 1024).toFixed(0)} MB`, r.elu.toFixed(2), (sum(r.redisCommands.values()) / r.updates).toFixed(1),
    (r.calls / r.updates).toFixed(2), (r.messages / r.updates).toFixed(2),
    r.pdfMs.length ? `${f1(latencySummary(r.pdfMs).p50)} / ${f1(latencySummary(r.pdfMs).max)}` : "-",
    r.failures.length ? `${r.failures.length} FAILED` : "ok",
  ];
}

function printTargets(results: RunResult[]): void {
  console.log("\nTargets (from the issue):");
  for (const n of LEVELS) {
    const o = results.find((r) => r.bot === "ours" && r.agents === n);
    const b = results.find((r) => r.bot === "baseline" && r.agents === n);
    if (!o || !b) continue;
    const ratio = throughput(o) / throughput(b);
    console.log(`  throughput ≥ baseline, ${String(n).padStart(2)} agents: ${f1(throughput(o))} vs ${f1(throughput(b))} upd/s (${(ratio * 100).toFixed(0)}%) ${ratio >= 1 ? "✅" : "❌"}`);
  }
  const at = results.find((r) => r.bot === "ours" && r.agents === TARGET.p99AtAgents);
  const p99 = at ? latencySummary(at.ms).p99 : Number.NaN;
  console.log(at
    ? `  p99 ≤ ${TARGET.p99Ms} ms at ${TARGET.p99AtAgents} agents: ${f1(p99)} ms ${p99 <= TARGET.p99Ms ? "✅" : "❌"}`
    : `  p99 ≤ ${TARGET.p99Ms} ms at ${TARGET.p99AtAgents} agents: not measured (BENCH_AGENTS has no ${TARGET.p99AtAgents})`);
  const bytes = mean(results.filter((r) => r.bot === "ours").flatMap((r) => r.sizes.map((s) => s.memory)));
  console.log(`  ≤ 16 KB Redis per active conversation (MEMORY USAGE at the summary step): ${kb(bytes)} ${bytes <= TARGET.bytesPerConversation ? "✅" : "❌"}`);
}

function printSteps(results: RunResult[]): void {
  const levels = [...new Set([Math.min(...results.map((r) => r.agents)), Math.max(...results.map((r) => r.agents))])];
  for (const agents of levels) printStepsAt(results, agents);
}

function printStepsAt(results: RunResult[], agents: number): void {
  const ours = results.find((r) => r.bot === "ours" && r.agents === agents);
  const base = results.find((r) => r.bot === "baseline" && r.agents === agents);
  if (!ours || !base) return;
  console.log(`\nBy step at ${agents} agents (baseline: its update at the same position, same number of API calls):`);
  console.log(table(["step", "", "n", "ours p50", "ours p99", "base p50", "base p99"], [...ours.perStep].map(([step, ms]) => {
    const o = latencySummary(ms);
    const b = base.perStep.has(step) ? latencySummary(base.perStep.get(step)!) : undefined;
    return [step, "", String(ms.length), f1(o.p50), f1(o.p99), b ? f1(b.p50) : "-", b ? f1(b.p99) : "-"];
  })));
}

/** Where our Redis round trips go (the job worker's polling included), next to the baseline's. */
function printRedisCommands(results: RunResult[]): void {
  const agents = Math.max(...results.map((r) => r.agents));
  const ours = results.find((r) => r.bot === "ours" && r.agents === agents);
  const base = results.find((r) => r.bot === "baseline" && r.agents === agents);
  if (!ours || !base) return;
  const top = [...ours.redisCommands].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const per = (r: RunResult, cmd: string) => ((r.redisCommands.get(cmd) ?? 0) / r.updates).toFixed(2);
  console.log(`\nRedis commands per update at ${agents} agents (private redis-server only; includes the job worker):`);
  console.log(table(["command", "", "ours", "baseline"], top.map(([cmd]) => [cmd, "", per(ours, cmd), per(base, cmd)])));
}

async function main(): Promise<number> {
  const env = await startBenchEnv();
  const measure = new Redis(env.redisUrl);
  const baselineRedis = new Redis(env.redisUrl);
  const ours = `bench-${randomBytes(3).toString("hex")}`;
  const base = `base-${randomBytes(3).toString("hex")}`;
  let app: Awaited<ReturnType<typeof assemble>> | undefined;
  try {
    const config = createConfig({ BOT_TOKEN: env.emulator.token, TELEGRAM_API_ROOT: env.emulator.apiRoot, REDIS_URL: env.redisUrl, LOG_LEVEL: "silent" });
    // ROLE defaults to "all": the job worker (e-tickets, reminders) runs in this process, as in a one-box deployment.
    app = await assemble(config, { logger: env.logger, botInfo: env.emulator.botInfo, namespace: ours, providers: { search: env.provider, byId: { mmbc: env.provider }, close: async () => undefined } });
    const bot = app.bot;
    await bot.init();
    // Each journey flies on its own date: the sandbox holds seats per flight and date, and the
    // cheapest flight has only a few, so a shared date would turn the run into a sold-out test.
    const runOurs = (n: number) => runLevel(env, measure, "ours", bot, n, (a) => runOurAgent(a, measure, `${ours}:conv:${a.chat.id}:${a.user.id}`, 3 + (nextDay++ % 360)));

    console.log(`booking-flow bench · node ${process.version} · ${cpus()[0]?.model ?? "cpu"} ×${cpus().length} · Redis: ${env.redisSource}`);
    console.log("Bots, the job worker and the Telegram emulator share this process; the MMBC sandbox and Redis are separate processes.\n");

    const warm = await runOurs(WARMUP_AGENTS);
    if (warm.failures.length) throw new Error(`warm-up failed: ${warm.failures[0]}`);
    const plan = planFrom(warm);
    const baseline = createBaselineBot(env.emulator, baselineRedis, base, plan);
    await baseline.init();
    const runBase = (n: number) => runLevel(env, measure, "baseline", baseline, n, (a) => runBaselineAgent(a, plan, measure, `${base}:conv:${a.chat.id}:${a.user.id}`).then((size) => ({ size })));
    await runBase(WARMUP_AGENTS);
    await sleep(SETTLE_MS);

    const waits = plan.filter((s) => s.inConversation).length - 1;
    console.log(`Our journey: ${plan.length} updates (/cari, ${waits} conversation waits, ${plan.length - waits - 1} taps after the conversation ends); ` +
      `measured ${(warm.calls / warm.updates).toFixed(2)} Bot API calls per update, ${(warm.messages / warm.updates).toFixed(2)} of them messages sent or edited.`);
    console.log(`Baseline: same update kinds, ${waits} waits, and per update the same number of API calls (${plan.map((s) => s.calls).join(" ")}); ` +
      "no airline calls, no worker.\n");

    const results: RunResult[] = [];
    for (const n of LEVELS) {
      results.push(await runOurs(n));
      await sleep(SETTLE_MS);
      results.push(await runBase(n));
      await sleep(200);
    }

    console.log(table(
      ["agents", "bot", "journeys", "updates", "upd/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "Redis/conv (MEMORY USAGE / STRLEN)", "RSS peak", "ELU", "redis cmd/upd", "calls/upd", "msgs/upd", "PDF p50/max ms", "status"],
      results.map(row),
    ));
    printTargets(results);
    printSteps(results);
    printRedisCommands(results);

    const failures = results.flatMap((r) => r.failures.map((f) => `${r.bot} ×${r.agents}: ${f}`));
    for (const f of failures.slice(0, 5)) console.error(`❌ ${f}`);
    const rejected = env.emulator.errors;
    if (rejected.length) console.error(`❌ ${rejected.length} Bot API calls rejected by the emulator, e.g. ${rejected[0]?.method}: ${JSON.stringify(rejected[0]?.response)}`);
    await sleep(SETTLE_MS);
    return failures.length || rejected.length ? 1 : 0;
  } finally {
    await app?.close().catch(() => undefined);
    measure.disconnect();
    baselineRedis.disconnect();
    await env.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
