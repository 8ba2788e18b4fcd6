/**
 * `npm run bench`: what MmbcProvider.search costs on top of the bare HTTP exchange.
 *
 * The sandbox runs in this process with no latency, so both sides measure client + server CPU;
 * the difference between them is the client's own work (form building, zod, mapping to offers,
 * sorting). Each concurrency level alternates short client and bare slices (A B B A …) over the same
 * route/date sequence, so neither gets the warm caches or the quieter moment.
 */
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { Agent, request } from "undici";
import { MmbcProvider } from "../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../src/sandbox/mmbc/index.js";

const LEVELS = [1, 10, 50];
/** Per level and side: stop at whichever comes first. */
const MAX_MS = 3_000;
const MAX_SEARCHES = 2_000;
/** Slices per side per level, alternated A B B A … */
const SLICES = 4;
const AIRPORTS = ["CGK", "SUB", "DPS", "UPG", "BPN", "JOG", "SRG", "BTH", "PKU", "KNO"];

interface Task {
  from: string;
  to: string;
  /** yyyy-mm-dd */
  iso: string;
  /** dd-mm-yyyy, as the wire wants it */
  wire: string;
}

/** A fixed pseudo-random route/date sequence (mulberry32), the same for both sides. */
function tasks(count: number, seed = 42): Task[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, () => {
    const from = pick(AIRPORTS);
    let to = pick(AIRPORTS);
    while (to === from) to = pick(AIRPORTS);
    const day = new Date(Date.now() + (10 + Math.floor(rand() * 51)) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const [y, m, d] = iso.split("-");
    return { from, to, iso, wire: `${d}-${m}-${y}` };
  });
}

type Search = (task: Task) => Promise<number>;

interface Sample {
  latencies: number[];
  elapsedMs: number;
}

/** Runs `concurrency` workers over the task sequence until the time or count budget is spent. */
async function slice(search: Search, list: readonly Task[], offset: number, concurrency: number, maxMs: number, maxCount: number): Promise<Sample> {
  const latencies: number[] = [];
  let done = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async () => {
    while (done < maxCount && performance.now() < deadline) {
      const task = list[(offset + done++) % list.length]!;
      const t0 = performance.now();
      const offers = await search(task);
      latencies.push(performance.now() - t0);
      if (offers === 0) throw new Error(`no offers for ${task.from}-${task.to} ${task.iso}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, elapsedMs: performance.now() - started };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Result {
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function summarize(samples: readonly Sample[]): Result {
  const all = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const elapsed = samples.reduce((sum, s) => sum + s.elapsedMs, 0);
  return { count: all.length, perSecond: (all.length / elapsed) * 1000, p50: percentile(all, 50), p99: percentile(all, 99) };
}

const sandbox = await startMmbcSandbox();
const { username, password } = sandbox.credentials;
const provider = new MmbcProvider({
  baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true,
  logger: pino({ level: "silent" }),
});
// The same pool settings MmbcHttp uses, so the only difference is what happens around the exchange.
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });
const searchUrl = new URL("getflights-json", sandbox.baseUrl);

const viaClient: Search = async (t) => (await provider.search({ from: t.from, to: t.to, date: t.iso, pax: { adult: 1, child: 0, infant: 0 } })).length;
const viaBare: Search = async (t) => {
  const res = await request(searchUrl, {
    dispatcher: agent,
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({ username, password, from: t.from, to: t.to, date: t.wire }).toString(),
  });
  const body = JSON.parse(await res.body.text()) as unknown;
  return Array.isArray(body) ? body.length : 0;
};

const list = tasks(5_000);
const totalStarted = performance.now();

// Warm-up: JIT, the keep-alive pools of both sides and the sandbox's code paths.
await slice(viaClient, list, 0, 10, 500, 300);
await slice(viaBare, list, 0, 10, 500, 300);

const rows: string[][] = [];
for (const concurrency of LEVELS) {
  const client: Sample[] = [];
  const bare: Sample[] = [];
  const sliceMs = MAX_MS / SLICES;
  const sliceCount = Math.ceil(MAX_SEARCHES / SLICES);
  for (let i = 0; i < SLICES; i++) {
    // A B B A: whoever goes second in one pair goes first in the next.
    const order = i % 2 === 0 ? ([[viaClient, client], [viaBare, bare]] as const) : ([[viaBare, bare], [viaClient, client]] as const);
    // Both sides of a pair walk the same stretch of the sequence; each pair a new one.
    const offset = (LEVELS.indexOf(concurrency) * SLICES + i) * sliceCount;
    for (const [search, into] of order) into.push(await slice(search, list, offset, concurrency, sliceMs, sliceCount));
  }
  sandbox.controls.reset(); // drops the call log, which would otherwise grow the RSS being reported
  const c = summarize(client);
  const b = summarize(bare);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  rows.push([
    String(concurrency),
    String(c.count), c.perSecond.toFixed(0), c.p50.toFixed(2), c.p99.toFixed(2),
    String(b.count), b.perSecond.toFixed(0), b.p50.toFixed(2), b.p99.toFixed(2),
    (c.p50 / b.p50).toFixed(2), (c.perSecond / b.perSecond).toFixed(2), rss.toFixed(0),
  ]);
}

const header = [
  "conc", "client n", "client/s", "client p50", "client p99", "bare n", "bare/s", "bare p50", "bare p99",
  "p50 ratio", "tput ratio", "RSS MB",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
console.log(`MMBC search: MmbcProvider.search vs bare undici POST + JSON.parse (sandbox in-process, no latency)`);
console.log(`budget per level and side: ${MAX_MS / 1000} s or ${MAX_SEARCHES} searches; ${SLICES} alternating slices; latencies in ms`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(`p50 ratio = client p50 / bare p50; tput ratio = client searches/s / bare searches/s`);
console.log(`total ${((performance.now() - totalStarted) / 1000).toFixed(1)} s, node ${process.version}`);

await provider.close();
await agent.close();
await sandbox.close();
