import type { Logger } from "pino";

export interface HealthOptions {
  /** How often the checks run, in the background. */
  intervalMs: number;
  /** Longest a single check may take before it counts as failed. */
  timeoutMs?: number;
  logger: Logger;
}

/**
 * Redis and provider reachability, checked in the background on an interval and cached. /healthz
 * answers from the cache: an anonymous request never reaches Redis or the provider (a provider call
 * costs the operator's rate limit and, for a real account, reveals whether its login works), and
 * the answer says only ok or not ok — which check failed goes to the log.
 */
export class HealthMonitor {
  private healthy = false;
  private failing = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly checks: Record<string, () => Promise<unknown>>, private readonly options: HealthOptions) {}

  /** The first check runs at once; until it is done the answer is "not ok". */
  start(): void {
    if (this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  get ok(): boolean {
    return this.healthy;
  }

  /** Runs every check once (a run still going is joined, never doubled). */
  check(): Promise<void> {
    this.running ??= this.runChecks().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async runChecks(): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? Math.min(Math.max(this.options.intervalMs, 1_000), 30_000);
    const results = await Promise.all(Object.entries(this.checks).map(async ([name, run]) => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("timed out")), timeoutMs); });
      try {
        await Promise.race([run(), timedOut]);
        return { name, error: undefined };
      } catch (e) {
        return { name, error: e instanceof Error ? `${(e as { code?: unknown }).code ?? e.name}: ${e.message}` : String(e) };
      } finally {
        clearTimeout(timer);
      }
    }));
    const failing = new Set(results.filter((r) => r.error !== undefined).map((r) => r.name));
    for (const r of results) {
      if (r.error !== undefined && !this.failing.has(r.name)) this.options.logger.warn({ check: r.name, error: r.error }, "health check failing");
      if (r.error === undefined && this.failing.has(r.name)) this.options.logger.info({ check: r.name }, "health check recovered");
    }
    this.failing = failing;
    this.healthy = failing.size === 0;
  }
}
