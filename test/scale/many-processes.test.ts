import { Queue } from "bullmq";
import { Cluster, Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QUEUE_NAME } from "../../src/jobs/worker.js";
import { startLocalCluster, type LocalCluster } from "../support/redis-topologies.js";
import { runAgents, startScaleEnv, tally, WARM_UP_FROM, type FlowResult, type ScaleEnv } from "../support/scale-scenario.js";

// 3 bot processes (webhook) behind a round-robin balancer + 2 workers, on the suite's Redis and on a
// 3-master Cluster. Agents per round: SCALE_AGENTS (10 here; `npm run bench:scale` runs 50).
const AGENTS = Number(process.env.SCALE_AGENTS ?? 10);

describe.each([
  // On one server: rounds with 1, 2 and 3 bot processes behind the balancer, for the updates/s figures.
  { topology: "one Redis server", rounds: [1, 2, 3] },
  // On Cluster, the same checks with all three processes.
  { topology: "a 3-master Redis Cluster", rounds: [3] },
])("many processes, one truth, on $topology", ({ topology, rounds }) => {
  let env: ScaleEnv;
  let cluster: LocalCluster | undefined;
  let probe: Redis | Cluster;
  let queueConnection: Redis | Cluster;
  let queue: Queue;
  beforeAll(async () => {
    if (topology.includes("Cluster")) {
      cluster = await startLocalCluster(3);
      const nodes = cluster.nodes.map((n) => ({ host: "127.0.0.1", port: n.port }));
      probe = new Cluster(nodes);
      queueConnection = new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: null } });
    } else {
      probe = new Redis(inject("redisUrl"));
      queueConnection = new Redis(inject("redisUrl"), { maxRetriesPerRequest: null });
    }
    const redisEnv: Record<string, string> = cluster ? { REDIS_CLUSTER_NODES: cluster.spec } : { REDIS_URL: inject("redisUrl") };
    env = await startScaleEnv({ bots: 3, workers: 2, redisEnv, probe });
    queue = new Queue(QUEUE_NAME, { connection: queueConnection, prefix: cluster ? `{${env.namespace}:bull}` : `${env.namespace}:bull` });
  }, 240_000);
  afterAll(async () => {
    await queue?.close();
    await env?.close();
    queueConnection?.disconnect();
    probe?.disconnect();
    await cluster?.stop();
  });

  it("every flow completes; each booking issued once, each e-ticket and reminder sent once; duplicates dropped", async () => {
    const flows: FlowResult[] = [];
    const rate: Record<number, string> = {};
    // A warm-up round (each process compiles and warms its code paths), then the measured rounds (the
    // same processes: only the balancer's rotation changes).
    flows.push(...(await runAgents(env, { agents: 4, from: WARM_UP_FROM, duplicateRate: 0.25 })).flows);
    for (const [round, bots] of rounds.entries()) {
      env.lb.use(bots);
      const run = await runAgents(env, { agents: AGENTS, from: round * AGENTS, duplicateRate: 0.25, seed: 7 + round });
      flows.push(...run.flows);
      rate[bots] = `${(run.updates / (run.ms / 1000)).toFixed(1)} updates/s (${run.updates} updates, ${run.duplicatesSent} sent twice, ${run.ms} ms)`;
    }
    const t = await tally(env, flows, () => queue.getJobCounts("active", "waiting"));
    const kinds = (r: Record<string, number>) => [...new Set(Object.values(r))];
    console.log(JSON.stringify({
      topology, flows: t.flows, completed: t.completed, bookings: t.bookings, issueCallsPerBooking: kinds(t.issueCallsPerIssued),
      eticketsPerBooking: kinds(t.documentsPerIssued), remindersPerBooking: kinds(t.remindersPerUnpaid),
      duplicatesDelivered: t.duplicatesDelivered, toTwoProcesses: t.duplicatesToTwoProcesses, duplicatesDropped: t.duplicatesDropped, rate,
    }));
    expect(t.errors).toEqual([]);
    expect(t.completed).toBe(rounds.length * AGENTS + 4);
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
