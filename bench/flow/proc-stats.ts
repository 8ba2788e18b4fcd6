import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return Number.NaN; // the process is gone: its exit is reported by whoever started it
  }
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

export const rssBytes = (pid: number): number => statusKb(pid, "VmRSS");
/** The process's peak RSS since it started (the kernel's high-water mark). */
export const peakRssBytes = (pid: number): number => statusKb(pid, "VmHWM");

/** Samples another process's RSS while a run goes on; `stop` gives the peak seen. */
export function processRssSampler(pid: number, everyMs = 50): { stop(): number } {
  let peak = rssBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pid) || 0)), everyMs);
  return { stop: () => (clearInterval(timer), Math.max(peak, rssBytes(pid))) };
}
