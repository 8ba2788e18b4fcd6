import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export interface WorkerProcess {
  readonly label: string;
  readonly pid: number;
  /** Resolves when the child printed its ready line. */
  ready: Promise<void>;
  /** Highest VmHWM seen (peak resident set, bytes); 0 if /proc is not there. */
  peakRss(): number;
  /** Log lines at warn or above (pino level ≥ 40), counted by message, plus non-JSON stderr lines. */
  warnings(): Map<string, number>;
  kill(): void;
  /** SIGTERM and wait for a graceful exit (force after 10 s). */
  stop(): Promise<void>;
}

export interface WorkerSpec {
  label: string;
  /** Script run as `node --import tsx <script>` from the project root. */
  script: string;
  env: Record<string, string>;
  readyLine: RegExp;
}

/** Peak resident set of a live process, from the kernel (survives the sampling gaps). */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function spawnWorker(spec: WorkerSpec): WorkerProcess {
  // Only what the child needs, so nothing from the bench's own shell (or a stray .env) leaks in.
  // BENCH_WORKER_NODE_OPTIONS (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof) profiles the workers.
  const profile = process.env.BENCH_WORKER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS } : {};
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...profile, ...spec.env };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", spec.script], { env, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`${spec.label}: spawn failed`);
  const pid = child.pid;
  const warnings = new Map<string, number>();
  const note = (msg: string) => warnings.set(msg, (warnings.get(msg) ?? 0) + 1);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, vmHwm(pid))), 1_000);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => {
    clearInterval(sampler);
    resolve(code);
  }));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.label} printed no ready line within 60 s`)), 60_000);
    void exited.then((code) => reject(new Error(`${spec.label} exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (spec.readyLine.test(line)) {
        clearTimeout(timer);
        peak = Math.max(peak, vmHwm(pid));
        resolve();
      }
      const parsed = parseLog(line);
      if (parsed && parsed.level >= 40) note(parsed.msg);
    });
  });
  createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.trim()) note(`stderr: ${line.slice(0, 160)}`);
  });
  return {
    label: spec.label, pid, ready, warnings: () => warnings,
    peakRss: () => (child.exitCode === null && child.signalCode === null ? Math.max(peak, vmHwm(pid)) : peak),
    kill: () => {
      peak = Math.max(peak, vmHwm(pid));
      child.kill("SIGKILL");
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      peak = Math.max(peak, vmHwm(pid));
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

function parseLog(line: string): { level: number; msg: string } | undefined {
  try {
    const v = JSON.parse(line) as { level?: unknown; msg?: unknown; err?: unknown };
    if (typeof v.level !== "number") return undefined;
    const err = typeof v.err === "string" ? `: ${v.err.slice(0, 80)}` : "";
    return { level: v.level, msg: `${String(v.msg)}${err}` };
  } catch {
    return undefined;
  }
}
