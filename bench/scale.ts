/**
 * `npm run bench:scale`: many processes on one Redis, at a size too slow for CI.
 *
 * 3 bot processes (webhook mode) behind a round-robin balancer and 2 worker processes, all
 * `node --import tsx src/main.ts`, on a private redis-server or a private 3-master Redis Cluster;
 * simulated agents book and issue (test/support/scale-scenario.ts: a quarter of the updates delivered
 * twice, a double tap on every issue confirmation). One warm-up round, then a round of --agents agents
 * each with 1, 2 and 3 bot processes behind the balancer. Prints flows completed, issue calls, e-tickets
 * and reminders per booking, duplicates delivered and dropped, and updates/s per number of processes.
 *
 * Flags: --agents N (default 50), --redis single|cluster (default single), --duplicates F (default 0.25).
 */
import { Queue } from "bullmq";
import { Cluster, Redis } from "ioredis";
import { cpus } from "node:os";
import { QUEUE_NAME } from "../src/jobs/worker.js";
import { startRedisServer } from "../test/support/redis-server.js";
import { startLocalCluster } from "../test/support/redis-topologies.js";
import { runAgents, startScaleEnv, tally, WARM_UP_FROM, type FlowResult } from "../test/support/scale-scenario.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const agents = Number(arg("agents", "50"));
const topology = arg("redis", "single");
const duplicateRate = Number(arg("duplicates", "0.25"));

const single = topology === "single" ? await startRedisServer() : undefined;
const cluster = topology === "cluster" ? await startLocalCluster(3) : undefined;
const redisEnv: Record<string, string> = single ? { REDIS_URL: single.url } : { REDIS_CLUSTER_NODES: cluster!.spec };
const probe = single ? new Redis(single.url) : new Cluster(cluster!.nodes.map((n) => ({ host: "127.0.0.1", port: n.port })));
const env = await startScaleEnv({ bots: 3, workers: 2, redisEnv, probe });
const queueConnection = single ? new Redis(single.url, { maxRetriesPerRequest: null }) : new Cluster(cluster!.nodes.map((n) => ({ host: "127.0.0.1", port: n.port })), { redisOptions: { maxRetriesPerRequest: null } });
const queue = new Queue(QUEUE_NAME, { connection: queueConnection, prefix: single ? `${env.namespace}:bull` : `{${env.namespace}:bull}` });
try {
  console.log(`bench:scale: ${agents} agents per round, Redis ${topology}, ${cpus().length} CPUs, ${duplicateRate * 100}% of updates delivered twice`);
  const flows: FlowResult[] = [];
  flows.push(...(await runAgents(env, { agents: Math.min(agents, 10), from: WARM_UP_FROM, duplicateRate })).flows);
  const rates: string[] = [];
  for (const [round, bots] of [1, 2, 3].entries()) {
    env.lb.use(bots);
    const run = await runAgents(env, { agents, from: round * agents, duplicateRate, seed: 11 + round });
    flows.push(...run.flows);
    rates.push(`  ${bots} bot process${bots > 1 ? "es" : ""}: ${(run.updates / (run.ms / 1000)).toFixed(1)} updates/s (${run.updates} updates, ${run.flows.length} flows in ${(run.ms / 1000).toFixed(1)} s)`);
  }
  const t = await tally(env, flows, () => queue.getJobCounts("active", "waiting"));
  const spread = (r: Record<string, number>) => {
    const counts = new Map<number, number>();
    for (const v of Object.values(r)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([v, n]) => `${n}× ${v}`).join(", ") || "none";
  };
  console.log([
    `flows completed: ${t.completed}/${t.flows} (bookings ${t.bookings})`,
    `issue calls per issued booking: ${spread(t.issueCallsPerIssued)}`,
    `e-tickets per issued booking: ${spread(t.documentsPerIssued)}`,
    `reminders per unpaid booking: ${spread(t.remindersPerUnpaid)}`,
    `duplicates delivered: ${t.duplicatesDelivered} (${t.duplicatesToTwoProcesses} to two different processes), dropped: ${t.duplicatesDropped}`,
    "updates/s:", ...rates,
    ...t.errors.map((e) => `ERROR ${e}`),
  ].join("\n"));
  if (t.errors.length > 0) process.exitCode = 1;
} finally {
  await queue.close();
  queueConnection.disconnect();
  await env.close();
  probe.disconnect();
  await single?.stop();
  await cluster?.stop();
}
