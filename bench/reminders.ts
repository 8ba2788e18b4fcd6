/**
 * `npm run bench:reminders`: timelimit reminders under load, exactly once across worker processes.
 *
 * Both sides get the same schedule on a private redis-server and a fresh Telegram emulator:
 *   ours      — this process saves booking records and schedules through JobScheduler (as ROLE=bot);
 *               2 × `node --import tsx src/main.ts` with ROLE=worker check each booking at the MMBC
 *               sandbox (in this process, seeded with controls.seedBookings), pace per chat, mark and
 *               send; the first worker gets SIGKILL a third of the way through.
 *   baseline  — plain delayed BullMQ jobs fired by 2 × bench/reminders/baseline-worker.ts with the same
 *               limiter: no status check, no pacing, no at-most-once marker, no kill.
 * Everything is read from the emulator's call log: lateness = arrival − due, the busiest sliding
 * second, lost (never arrived) and duplicated (arrived twice) by the booking code in the text.
 *
 * Redis bytes per scheduled reminder: used_memory growth while scheduling (booking records are saved
 * before it is measured) over the reminders scheduled, with MEMORY USAGE of one booking's keys.
 *
 * Flags: --count N (default 2,400; the size is --count 100000), --due N (how many of them
 * fall due in the run; the rest are a backlog scheduled first and due in 2 days), --rate R (≤ 30), --load F,
 * --burst F, --chats N, --kill-at F, --schedule-concurrency N, --status-latency MS (default 200), --skip-baseline,
 * --csv FILE (one row per reminder: due, first arrival, lateness, arrivals).
 */
import { cpus } from "node:os";
import { startRedisServer } from "../test/support/redis-server.js";
import { DEFAULT_COUNT, FULL_COUNT, MAX_RATE, parseOptions } from "./reminders/options.js";
import { baselineSide } from "./reminders/baseline.js";
import { ourSide } from "./reminders/ours.js";
import { runPhase, type PhaseResult } from "./reminders/phase.js";
import { makePlan } from "./reminders/plan.js";
import { printReport } from "./reminders/report.js";
import { writeCsv } from "./reminders/csv.js";

const options = parseOptions(process.argv.slice(2));
const plan = makePlan(options);
const burst = plan.reminders.filter((r) => r.burst).length;
const minutes = (count: number) => (((count * (1 - options.burst)) / (options.rate * options.load) + (count * options.burst) / options.rate) / 60);
const backlog = options.count - options.due;

console.log(`reminders bench: ${options.count} reminders per side, ${new Set(plan.reminders.map((r) => r.chatId)).size} private chats, SEND_RATE_PER_SECOND=${options.rate}, ${cpus().length} CPUs`);
console.log(`  MMBC status check latency ${options.statusLatencyMs} ms (sandbox setLatency; ours only — the baseline makes no provider call)`);
if (backlog > 0) console.log(`  backlog: ${backlog} reminders scheduled first through the same path, due in 2 days (in Redis while the others fire)`);
console.log(`  steady: ${options.due - burst} due evenly over ${(plan.steadyWindowMs / 1000).toFixed(0)} s (${(options.rate * options.load).toFixed(1)}/s = ${options.load} × the limit); burst: ${burst} due at once at t0+${((plan.steadyWindowMs + 1000) / 1000).toFixed(0)} s`);
if (options.count >= FULL_COUNT && options.due < options.count) {
  console.log(`  SCALED RUN: all ${options.count.toLocaleString("en")} scheduled, ${options.due.toLocaleString("en")} fire (${minutes(options.due).toFixed(0)} min per side instead of ≥ ${minutes(options.count).toFixed(0)}).`);
} else if (options.count < FULL_COUNT) {
  console.log(`  SCALED DOWN from the issue's ${FULL_COUNT.toLocaleString("en")}: at ${MAX_RATE}/s (the config's maximum) that many take ≥ ${minutes(FULL_COUNT).toFixed(0)} min per side.`);
  console.log(`  Full size: npm run bench:reminders -- --count ${FULL_COUNT}${options.count === DEFAULT_COUNT ? "   (add --skip-baseline to halve it)" : ""}`);
}

const redis = await startRedisServer();
const results: PhaseResult[] = [];
try {
  console.log("\nours:");
  results.push(await runPhase({ redisUrl: redis.url, namespace: "rbench-ours", options, plan, kill: true, makeSide: ourSide }));
  if (!options.skipBaseline) {
    console.log("\nbaseline:");
    results.push(await runPhase({ redisUrl: redis.url, namespace: "rbench-base", options, plan, kill: false, makeSide: baselineSide }));
  }
} finally {
  await redis.stop();
}
console.log("");
printReport(options, results);
if (options.csv) {
  writeCsv(options.csv, plan, results.map((r) => r.arrivals));
  console.log(`\nper-reminder rows: ${options.csv}`);
}
