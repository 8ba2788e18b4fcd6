/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [top] [--after <s>]`: where a V8 CPU profile
 * (node --cpu-prof) spent its time: the top functions by self time, self time by package / source
 * area, and the app's own functions by inclusive time (self + what they call). `--after` skips the
 * first seconds (startup, warm-up) so only the steady state counts.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const afterAt = args.indexOf("--after");
const afterS = afterAt >= 0 ? Number(args.splice(afterAt, 2)[1]) : 0;
const [file, topArg] = args;
if (!file) {
  console.error("usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [--after <seconds>]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const IDLE = new Set(["(idle)", "(program)"]);
const nameOf = (n: ProfileNode) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\/(node_modules|build|build-bench|src)\//, "$1/")}:${f.lineNumber + 1}` : "";
  return `${f.functionName || "(anonymous)"} ${where}`.trim();
};
function area(url: string): string {
  if (!url) return "(native: GC, sockets, V8)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node: core";
  const app = /\/(build|build-bench|src)\/(.*)\/[^/]*$/.exec(url);
  return app ? `app: ${app[2]}` : "app";
}
const isApp = (url: string) => /\/(build|build-bench)\//.test(url) && !url.includes("node_modules");

const self = new Map<string, number>();
const areas = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
let t = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  t += dt;
  if (t < afterS * 1e6) return;
  const node = byId.get(id)!;
  if (IDLE.has(node.callFrame.functionName)) return;
  busy += dt;
  const name = nameOf(node);
  self.set(name, (self.get(name) ?? 0) + dt);
  areas.set(area(node.callFrame.url), (areas.get(area(node.callFrame.url)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    if (!isApp(n.callFrame.url)) continue;
    const key = nameOf(n);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
});
const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
const list = (m: Map<string, number>, n = top) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${pct(us)}  ${k}`).join("\n");
console.log(`${file}: ${(busy / 1e6).toFixed(2)} s busy${afterS ? ` after the first ${afterS} s` : ""} (percentages of busy time)\n`);
console.log(`Top functions by self time:\n${list(self)}\n`);
console.log(`Self time by package / area:\n${list(areas, 20)}\n`);
console.log(`App functions by inclusive time:\n${list(inclusive)}`);
