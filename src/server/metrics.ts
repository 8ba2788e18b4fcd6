import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * How long a scrape waits for the queue's job counts. BullMQ's connection never gives up on a command
 * (maxRetriesPerRequest: null), so while Redis is away the counts never come: the scrape answers without
 * them rather than wait for the scraper's own timeout.
 */
export const JOB_COUNTS_TIMEOUT_MS = 1_000;

/** Prometheus metrics of one process; /metrics serves them. */
export function createMetrics(jobCounts?: () => Promise<Record<string, number>>, options: { jobCountsTimeoutMs?: number } = {}) {
  const timeoutMs = options.jobCountsTimeoutMs ?? JOB_COUNTS_TIMEOUT_MS;
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
  // One question to the queue at a time: while Redis is away a scrape does not add another that would wait.
  let asking: Promise<Record<string, number>> | undefined;
  // The gauge is collected first (the registry starts each metric's collection in the order they were
  // made); the error count waits for it, so a scrape counts its own miss.
  let collecting: Promise<void> | undefined;
  new Gauge({
    name: "jobs",
    help: "Jobs in the queue by state (no samples when the queue did not answer: see metrics_collect_errors_total)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      if (!jobCounts) return;
      const ask = jobCounts;
      collecting = (async () => {
        asking ??= ask().finally(() => (asking = undefined));
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
        const counts = await Promise.race([asking, late]).catch(() => "error" as const).finally(() => clearTimeout(timer));
        // Unknown, not the last value seen: a stale count would read as a live one.
        this.reset();
        if (counts === "timeout" || counts === "error") {
          scrapeErrors.inc({ metric: "jobs", reason: counts });
          return;
        }
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      })();
      return collecting;
    },
  });
  const scrapeErrors = new Counter({
    name: "metrics_collect_errors_total",
    help: "Scrapes that reported a metric without its value (its source failed or did not answer in time)",
    labelNames: ["metric", "reason"],
    registers: [registry],
    async collect() {
      await collecting;
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
