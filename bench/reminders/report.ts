import { percentile } from "../flow/stats.js";
import type { BenchOptions } from "./options.js";
import type { PhaseResult } from "./phase.js";

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : "-");
const mb = (bytes: number) => (bytes > 0 ? (bytes / 1024 / 1024).toFixed(0) : "-");
const lateness = (sorted: number[]) => `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))} / ${ms(sorted.at(-1) ?? Number.NaN)}`;

type Row = [string, (r: PhaseResult) => string, string];

function rows(o: BenchOptions): Row[] {
  return [
    ["backlog scheduled first (due in 2 days)", (r) => String(r.memory.backlog), ""],
    ["backlog scheduling rate, reminders/s", (r) => (r.memory.backlog ? (r.memory.backlog / (r.memory.backlogScheduleMs / 1000)).toFixed(0) : "-"), ""],
    ["Redis bytes per scheduled reminder", (r) => r.memory.bytesPerReminder.toFixed(0), ""],
    ["reminders due in the run, scheduled", (r) => `${r.scheduled}${r.missedSchedule ? ` (+${r.missedSchedule} due too soon)` : ""}`, ""],
    ["scheduling rate, reminders/s", (r) => (r.scheduled / (r.scheduleMs / 1000)).toFixed(0), ""],
    ["setup: booking records + sandbox, s", (r) => (r.prepareMs > 1 ? (r.prepareMs / 1000).toFixed(2) : "-"), ""],
    ["fired (received at least once)", (r) => String(r.delivery.fired), ""],
    ["lateness under the limit p50/p99/max, ms", (r) => lateness(r.delivery.steadyLateness), "p99 ≤ 1000"],
    ["lateness of the burst p50/p99/max, ms", (r) => lateness(r.delivery.burstLateness), "(queueing)"],
    [`max sends in any 1 s (configured ${o.rate}/s)`, (r) => `${r.delivery.maxPerSecond} @t0+${(r.delivery.maxPerSecondAt / 1000).toFixed(1)}s`, `≤ ${o.rate}`],
    ["lost", (r) => String(r.delivery.lost.length), "0"],
    ["duplicated", (r) => String(r.delivery.duplicated.length), "0"],
    ["backlog reminders sent during the run", (r) => String(r.memory.backlogSentEarly), "0"],
    ["sendMessage calls / rejected", (r) => `${r.delivery.sends} / ${r.delivery.rejected}`, ""],
    ["worker SIGKILLed at", (r) => (r.killed ? `t0+${(r.killed.atMs / 1000).toFixed(1)}s` : "no kill"), ""],
    ["jobs stalled (taken over) / failed", (r) => `${r.stalled} / ${r.failed}`, ""],
    ["bench process RSS peak, MB", (r) => mb(r.benchPeakRss), ""],
    ["worker RSS peak (VmHWM), MB", (r) => r.workerPeakRss.map(mb).join(" + "), ""],
  ];
}

export function printReport(o: BenchOptions, results: PhaseResult[]): void {
  const header = ["", ...results.map((r) => r.side), "target (ours)"];
  const body = rows(o).map(([label, cell, target]) => [label, ...results.map(cell), target]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log([line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n"));

  for (const r of results) {
    const keys = r.memory.perKey.map((k) => `${k.key.replace(/^[^:]*:/, "")} ${k.bytes} B`).join(" · ");
    console.log(`\n${r.side}: one booking's keys (MEMORY USAGE): ${keys} · delayed set ${r.memory.delayedBytesPerEntry.toFixed(0)} B/entry`);
  }
  for (const r of results) {
    if (r.timedOut) console.log(`\n${r.side}: gave up waiting: jobs were still pending at the deadline`);
    if (r.readyBeforeT0Ms < 0) console.log(`\n${r.side}: setup and scheduling ran ${(-r.readyBeforeT0Ms / 1000).toFixed(1)} s into the window`);
    if (r.explanations.length) console.log(`\n${r.side}: what became of lost / duplicated reminders:\n${r.explanations.map((e) => `  ${e}`).join("\n")}`);
    if (r.warnings.size) {
      const top = [...r.warnings].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`\n${r.side}: worker warnings:\n${top.map(([m, n]) => `  ${n}× ${m}`).join("\n")}`);
    }
  }
  const ours = results.find((r) => r.side === "ours");
  if (!ours) return;
  const p99 = percentile(ours.delivery.steadyLateness, 99);
  const checks: [string, boolean][] = [
    ["0 lost", ours.delivery.lost.length === 0],
    ["0 duplicated", ours.delivery.duplicated.length === 0],
    ["0 backlog sent early", ours.memory.backlogSentEarly === 0],
    ["p99 lateness ≤ 1 s under the limit", p99 <= 1000],
    [`never above ${o.rate}/s`, ours.delivery.maxPerSecond <= o.rate],
  ];
  console.log(`\ntargets (ours): ${checks.map(([name, pass]) => `${pass ? "PASS" : "FAIL"} ${name}`).join(" · ")}`);
}
