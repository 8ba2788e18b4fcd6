import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QUEUE_NAME } from "../../src/jobs/worker.js";
import { runAgents, startScaleEnv, tally, WARM_UP_FROM, type FlowResult, type ScaleEnv } from "../support/scale-scenario.js";

// 3 bot processes (webhook) behind a round-robin balancer + 2 workers on the suite's Redis. Agents per
// round: SCALE_AGENTS (10 here; `npm run bench:scale` runs 50).
const AGENTS = Number(process.env.SCALE_AGENTS ?? 10);
let env: ScaleEnv;
let probe: Redis;
let queue: Queue;
beforeAll(async () => {
  probe = new Redis(inject("redisUrl"));
  env = await startScaleEnv({ bots: 3, workers: 2, redisEnv: { REDIS_URL: inject("redisUrl") }, probe });
  queue = new Queue(QUEUE_NAME, { connection: probe.duplicate({ maxRetriesPerRequest: null }), prefix: `${env.namespace}:bull` });
}, 240_000);
afterAll(async () => {
  await queue?.close();
  await env?.close();
  probe?.disconnect();
});

describe("many processes, one truth", () => {
  it("every flow completes; each booking issued once, each e-ticket and reminder sent once; duplicates dropped", async () => {
    const flows: FlowResult[] = [];
    const rate: Record<number, string> = {};
    // A warm-up round (each process compiles and warms its code paths), then 1, 2 and 3 bot processes
    // behind the balancer (the same processes: only the rotation changes).
    flows.push(...(await runAgents(env, { agents: 4, from: WARM_UP_FROM, duplicateRate: 0.25 })).flows);
    for (const [round, bots] of [1, 2, 3].entries()) {
      env.lb.use(bots);
      const run = await runAgents(env, { agents: AGENTS, from: round * AGENTS, duplicateRate: 0.25, seed: 7 + round });
      flows.push(...run.flows);
      rate[bots] = `${(run.updates / (run.ms / 1000)).toFixed(1)} updates/s (${run.updates} updates, ${run.duplicatesSent} sent twice, ${run.ms} ms)`;
    }
    const t = await tally(env, flows, () => queue.getJobCounts("active", "waiting"));
    console.log(JSON.stringify({ agentsPerRound: AGENTS, ...t, issueCallsPerIssued: undefined, documentsPerIssued: undefined, remindersPerUnpaid: undefined,
      issueCallsPerBooking: [...new Set(Object.values(t.issueCallsPerIssued))], documentsPerBooking: [...new Set(Object.values(t.documentsPerIssued))],
      remindersPerBooking: [...new Set(Object.values(t.remindersPerUnpaid))], rate }, null, 1));
    expect(t.errors).toEqual([]);
    expect(t.completed).toBe(3 * AGENTS + 4);
    expect(Object.keys(t.issueCallsPerIssued)).toHaveLength(flows.filter((f) => f.issued).length);
    expect(new Set(Object.values(t.issueCallsPerIssued))).toEqual(new Set([1]));
    expect(new Set(Object.values(t.documentsPerIssued))).toEqual(new Set([1]));
    expect(new Set(Object.values(t.remindersPerUnpaid))).toEqual(new Set([1]));
    expect(t.duplicatesDelivered).toBeGreaterThan(0);
    expect(t.duplicatesToTwoProcesses).toBeGreaterThan(0);
    expect(t.duplicatesDropped).toBe(t.duplicatesDelivered);
    expect(env.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  }, 300_000);
});
