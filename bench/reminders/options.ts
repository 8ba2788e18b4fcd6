import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Reminders per side (ours and baseline), one booking and one reminder each. */
  count: number;
  /**
   * How many of them fall due during the run; the rest (the backlog) are scheduled first, due days
   * later, so the due ones fire with all `count` waiting in Redis. Default: all of them.
   */
  due: number;
  /** SEND_RATE_PER_SECOND given to both sides' workers (the config schema allows at most 30). */
  rate: number;
  /** Steady part: reminders fall due evenly at load × rate per second, i.e. under the limit. */
  load: number;
  /** Share of `count` that falls due in one instant after the steady part, to drive the limiter. */
  burst: number;
  /** Private chats the bookings are spread over (round robin); default one chat per booking. */
  chats: number;
  /** When our first worker gets SIGKILL, as a share of the steady window. */
  killAt: number;
  /** How many scheduling calls are in flight at once. */
  scheduleConcurrency: number;
  /** Latency the sandbox adds to getstatusbooking-json: MMBC is a remote API, not an in-process call. */
  statusLatencyMs: number;
  skipBaseline: boolean;
  /** Where to write one row per reminder and side (due, arrivals), for a closer look. */
  csv?: string;
}

export const FULL_COUNT = 100_000;
export const DEFAULT_COUNT = 2_400;
/** The most the app's config accepts (src/config.ts SEND_RATE_PER_SECOND .max(30)). */
export const MAX_RATE = 30;

const USAGE = `npm run bench:reminders -- [--count N] [--due N] [--rate R] [--load F] [--burst F] [--chats N] [--kill-at F] [--schedule-concurrency N] [--status-latency MS] [--skip-baseline] [--csv FILE]`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: "string" }, due: { type: "string" }, rate: { type: "string" }, load: { type: "string" }, burst: { type: "string" },
      chats: { type: "string" }, "kill-at": { type: "string" }, "schedule-concurrency": { type: "string" },
      "status-latency": { type: "string" }, "skip-baseline": { type: "boolean" }, csv: { type: "string" }, help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (name: string, raw: string | undefined, fallback: number, ok: (n: number) => boolean): number => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || !ok(n)) throw new Error(`--${name} ${raw}: out of range\n${USAGE}`);
    return n;
  };
  const count = num("count", values.count, DEFAULT_COUNT, (n) => Number.isInteger(n) && n >= 10 && n <= 1_000_000);
  const due = num("due", values.due, count, (n) => Number.isInteger(n) && n >= 10 && n <= count);
  return {
    count,
    due,
    rate: num("rate", values.rate, MAX_RATE, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_RATE),
    load: num("load", values.load, 0.8, (n) => n > 0 && n <= 1),
    burst: num("burst", values.burst, 0.1, (n) => n >= 0 && n < 1),
    chats: num("chats", values.chats, count, (n) => Number.isInteger(n) && n >= 1 && n <= count),
    killAt: num("kill-at", values["kill-at"], 1 / 3, (n) => n >= 0 && n < 1),
    scheduleConcurrency: num("schedule-concurrency", values["schedule-concurrency"], 32, (n) => Number.isInteger(n) && n >= 1 && n <= 1_000),
    statusLatencyMs: num("status-latency", values["status-latency"], 200, (n) => Number.isInteger(n) && n >= 0 && n <= 10_000),
    skipBaseline: values["skip-baseline"] ?? false,
    csv: values.csv,
  };
}
