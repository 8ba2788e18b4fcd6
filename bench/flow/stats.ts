/** Nearest-rank percentile: an actual observed latency, never an interpolation between two. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

export function latencySummary(ms: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

/** Samples RSS while a level runs: the peak is what a box sizing decision needs. */
export function rssSampler(everyMs = 25): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage.rss())) };
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : "-");
export const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : "-");

const NOT_OURS = /^cmdstat_(info|strlen|memory\|usage|memory|client.*|hello|ping|select|command.*)$/;

/** Calls per command Redis has run so far, minus the bench's own probes; exact only on a private server. */
export async function redisCommandStats(redis: { info(section: string): Promise<string> }): Promise<Map<string, number>> {
  const stats = new Map<string, number>();
  for (const line of (await redis.info("commandstats")).split("\n")) {
    const m = /^(cmdstat_[^:]+):calls=(\d+)/.exec(line.trim());
    if (m && !NOT_OURS.test(m[1]!)) stats.set(m[1]!.slice("cmdstat_".length), Number(m[2]));
  }
  return stats;
}

export function diffStats(after: Map<string, number>, before: Map<string, number>): Map<string, number> {
  const diff = new Map<string, number>();
  for (const [k, v] of after) if (v - (before.get(k) ?? 0) > 0) diff.set(k, v - (before.get(k) ?? 0));
  return diff;
}
