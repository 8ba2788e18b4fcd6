import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type Metrics = ReturnType<typeof createMetrics>;

/** Prometheus metrics of one process; /metrics serves them. */
export function createMetrics(jobCounts?: () => Promise<Record<string, number>>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    updates: new Counter({ name: "bot_updates_total", help: "Updates handled", labelNames: ["type"], registers: [registry] }),
    updateSeconds: new Histogram({ name: "bot_update_seconds", help: "Time to handle an update", buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    providerCalls: new Counter({ name: "provider_calls_total", help: "Provider calls by endpoint and outcome", labelNames: ["endpoint", "outcome"], registers: [registry] }),
    providerSeconds: new Histogram({ name: "provider_call_seconds", help: "Provider call latency", labelNames: ["endpoint"], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers: [registry] }),
    remindersSent: new Counter({ name: "reminders_sent_total", help: "Reminders, expiry notices and e-tickets sent by the worker", labelNames: ["kind"], registers: [registry] }),
  };
  new Gauge({
    name: "jobs",
    help: "Jobs in the queue by state",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      if (!jobCounts) return;
      const counts = await jobCounts().catch(() => ({}) as Record<string, number>);
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  return metrics;
}

/** The provider adapter's per-call hook, feeding the two provider metrics. */
export function providerCallRecorder(m: Metrics) {
  return (endpoint: string, outcome: string, ms: number) => {
    m.providerCalls.inc({ endpoint, outcome });
    m.providerSeconds.observe({ endpoint }, ms / 1000);
  };
}
