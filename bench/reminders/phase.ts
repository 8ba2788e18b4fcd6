import { QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { QUEUE_NAME } from "../../src/jobs/worker.js";
import { startTelegramEmulator, type TelegramEmulator } from "../../test/support/telegram/index.js";
import { rssSampler } from "../flow/stats.js";
import { analyse, DeliveryLog, type Delivery } from "./analyse.js";
import { inBatches } from "./batches.js";
import type { Arrivals } from "./csv.js";
import type { BenchOptions } from "./options.js";
import type { Plan, PlannedReminder } from "./plan.js";
import type { Side, SideContext } from "./side.js";
import { spawnWorker, type WorkerProcess } from "./workers.js";

export interface PhaseResult {
  side: string;
  scheduled: number;
  /** Due before they could be scheduled (the lead time was too short); not counted as lost. */
  missedSchedule: number;
  scheduleMs: number;
  prepareMs: number;
  /** How long before t0 preparing and scheduling were done (negative: they ran into the window). */
  readyBeforeT0Ms: number;
  delivery: Delivery;
  stalled: number;
  failed: number;
  killed?: { label: string; atMs: number };
  workerPeakRss: number[];
  benchPeakRss: number;
  timedOut: boolean;
  warnings: Map<string, number>;
  explanations: string[];
  arrivals: Arrivals;
  memory: MemoryResult;
}

export interface MemoryResult {
  /** Reminders scheduled ahead of the run, due days later, and how fast. */
  backlog: number;
  backlogScheduleMs: number;
  /** Backlog reminders that arrived during the run (must be 0). */
  backlogSentEarly: number;
  /** used_memory growth while scheduling (booking records excluded), over every reminder scheduled. */
  bytesPerReminder: number;
  /** MEMORY USAGE of the keys one scheduled booking adds, and the delayed set per entry. */
  perKey: { key: string; bytes: number }[];
  delayedBytesPerEntry: number;
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? Number.NaN);
}

export interface PhaseInput {
  redisUrl: string;
  namespace: string;
  options: BenchOptions;
  plan: Plan;
  /** SIGKILL the first worker at killAt × the steady window. */
  kill: boolean;
  makeSide(ctx: SideContext): Side | Promise<Side>;
}

/** The Telegram emulator only delivers to chats it has seen: each agent says /start once. */
function registerChats(emulator: TelegramEmulator, reminders: readonly PlannedReminder[]): void {
  const chats = [...new Set(reminders.map((r) => r.chatId))];
  for (const [i, id] of chats.entries()) {
    emulator.sendText({ chat: { id, type: "private" }, from: { id, first_name: `Agen ${id}` }, text: "/start" });
    if (i % 1_000 === 999) emulator.takeUpdates(); // nobody polls this emulator; keep its queue short
  }
  emulator.takeUpdates();
}

const log = (side: string, msg: string) => console.log(`  [${side}] ${msg}`);

export async function runPhase(input: PhaseInput): Promise<PhaseResult> {
  const { options, plan } = input;
  const redis = new Redis(input.redisUrl);
  await redis.flushall(); // a private redis-server: each side starts from an empty one
  const dueNow = plan.reminders.filter((r) => !r.later);
  const backlog = plan.reminders.filter((r) => r.later);
  const emulator = await startTelegramEmulator();
  registerChats(emulator, dueNow);
  const side = await input.makeSide({ redisUrl: input.redisUrl, namespace: input.namespace, emulator, options });
  const rss = rssSampler(100);
  const workers: WorkerProcess[] = [0, 1].map((i) => spawnWorker(side.workerSpec(i)));
  const eventsConnection = new Redis(input.redisUrl, { maxRetriesPerRequest: null });
  let events: QueueEvents | undefined;
  let stalled = 0;
  let failed = 0;
  let killTimer: NodeJS.Timeout | undefined;
  try {
    await Promise.all(workers.map((w) => w.ready));
    log(side.name, `2 workers ready (pids ${workers.map((w) => w.pid).join(", ")})`);

    // The backlog first: bookings whose reminders are days away, so the run's reminders fire with
    // all of them waiting in Redis. Its booking records are saved before memory is measured.
    let backlogScheduled = 0;
    let backlogScheduleMs = 0;
    let memoryGrowth = 0;
    if (backlog.length > 0) {
      const tb = Date.now();
      await side.prepare(backlog, tb);
      const m0 = await usedMemory(redis);
      const b0 = performance.now();
      backlogScheduled = (await inBatches(backlog, options.scheduleConcurrency, (r) => side.schedule(r, tb))).filter(Boolean).length;
      backlogScheduleMs = performance.now() - b0;
      memoryGrowth += (await usedMemory(redis)) - m0;
      log(side.name, `backlog: ${backlogScheduled} reminders due in 2 days scheduled in ${(backlogScheduleMs / 1000).toFixed(1)} s; Redis +${((memoryGrowth / 1024 / 1024)).toFixed(1)} MB`);
    }

    // Lead time for seeding and for scheduling to get ahead of the first due reminders.
    // Preparing runs at ~4,000 bookings/s on 2 cores; scheduling follows due order, so it need only start ahead.
    const t0 = Date.now() + 3_000 + dueNow.length * 0.5;
    const p0 = performance.now();
    await side.prepare(dueNow, t0);
    const prepareMs = performance.now() - p0;
    const m1 = await usedMemory(redis);
    const s0 = performance.now();
    const ok = await inBatches(dueNow, options.scheduleConcurrency, (r) => side.schedule(r, t0));
    const scheduleMs = performance.now() - s0;
    memoryGrowth += (await usedMemory(redis)) - m1;
    const readyBeforeT0Ms = t0 - Date.now();
    const scheduled = dueNow.filter((_, i) => ok[i]);
    const sample = scheduled[0] ?? backlog[0];
    const perKey = sample ? await Promise.all(side.keysOf(sample.code).map(async (key) => ({ key, bytes: Number(await redis.memory("USAGE", key, "SAMPLES", "0")) || 0 }))) : [];
    const delayedKey = side.queue.toKey("delayed");
    const delayedBytesPerEntry = Number(await redis.memory("USAGE", delayedKey, "SAMPLES", "0")) / Math.max(1, await redis.zcard(delayedKey));
    // Opened only now: while scheduling, it would parse two events per job added in this process and
    // slow the scheduling being measured. Stalls can only follow the kill, which comes later.
    events = new QueueEvents(QUEUE_NAME, { connection: eventsConnection, prefix: side.queue.opts.prefix });
    events.on("stalled", () => stalled++);
    events.on("failed", () => failed++);
    await events.waitUntilReady();
    log(side.name, `prepared ${dueNow.length} in ${(prepareMs / 1000).toFixed(1)} s, scheduled ${scheduled.length} in ${(scheduleMs / 1000).toFixed(1)} s; first due in ${(readyBeforeT0Ms / 1000).toFixed(1)} s`);

    let killed: PhaseResult["killed"];
    const victim = workers[0]!;
    if (input.kill) {
      const at = t0 + plan.steadyWindowMs * options.killAt;
      killTimer = setTimeout(() => {
        victim.kill();
        killed = { label: victim.label, atMs: Date.now() - t0 };
        log(side.name, `SIGKILL ${victim.label} (pid ${victim.pid}) at t0+${(killed.atMs / 1000).toFixed(1)} s`);
      }, Math.max(0, at - Date.now()));
    }

    const delivered = new DeliveryLog(emulator.calls);
    const lastDue = t0 + plan.lastDueOffsetMs;
    // Room for the burst to drain at the limit and for a dead worker's jobs to come back (lock 30 s + check 5 s).
    const burstDrainMs = (plan.reminders.filter((r) => r.burst).length / options.rate) * 1000;
    const deadline = lastDue + 2 * burstDrainMs + 90_000;
    let timedOut = false;
    let lastReport = 0;
    for (;;) {
      await sleep(250);
      delivered.update();
      const now = Date.now();
      if (now - lastReport >= 15_000) {
        lastReport = now;
        log(side.name, `t0${now >= t0 ? "+" : "-"}${(Math.abs(now - t0) / 1000).toFixed(0)} s: ${delivered.received.size}/${scheduled.length} received`);
      }
      if (now < lastDue) continue;
      if ((await side.pending(backlogScheduled)) === 0) break;
      if (now > deadline) {
        timedOut = true;
        break;
      }
    }
    await sleep(1_000); // anything sent at the very end is in the log before it is read
    const delivery = analyse(delivered, scheduled, t0);
    const explanations: string[] = [];
    for (const code of [...delivery.lost.slice(0, 5), ...delivery.duplicated.slice(0, 5)]) explanations.push(`${code}: ${await side.explain(code)}`);
    return {
      side: side.name, scheduled: scheduled.length, missedSchedule: dueNow.length - scheduled.length, scheduleMs, prepareMs, readyBeforeT0Ms,
      delivery, stalled, failed, killed, workerPeakRss: workers.map((w) => w.peakRss()), benchPeakRss: rss.stop(), timedOut,
      warnings: mergeWarnings(workers), explanations, arrivals: { side: side.name, t0, received: delivered.received },
      memory: {
        backlog: backlogScheduled, backlogScheduleMs, backlogSentEarly: backlog.filter((r) => delivered.received.has(r.code)).length,
        bytesPerReminder: memoryGrowth / Math.max(1, backlogScheduled + scheduled.length), perKey, delayedBytesPerEntry,
      },
    };
  } finally {
    clearTimeout(killTimer);
    rss.stop();
    await Promise.all(workers.map((w) => w.stop()));
    await events?.close();
    eventsConnection.disconnect();
    await side.close();
    await emulator.close();
    redis.disconnect();
  }
}

function mergeWarnings(workers: WorkerProcess[]): Map<string, number> {
  const all = new Map<string, number>();
  for (const w of workers) for (const [msg, n] of w.warnings()) all.set(msg, (all.get(msg) ?? 0) + n);
  return all;
}
