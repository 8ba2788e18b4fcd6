import type { RecordedCall } from "../../test/support/telegram/index.js";
import { CODE_IN_TEXT, type PlannedReminder } from "./plan.js";

/** Reads the emulator's call log incrementally: who got a reminder, when, and how often. */
export class DeliveryLog {
  private seen = 0;
  /** Arrival times of every sendMessage (accepted or not): what Telegram would count against the limit. */
  readonly sendTimes: number[] = [];
  /** Arrival times of accepted reminders per booking code. */
  readonly received = new Map<string, number[]>();
  rejected = 0;

  constructor(private readonly calls: RecordedCall[]) {}

  update(): void {
    for (; this.seen < this.calls.length; this.seen++) {
      const call = this.calls[this.seen]!;
      if (call.method !== "sendMessage") continue;
      this.sendTimes.push(call.at);
      if (!call.ok) {
        this.rejected++;
        continue;
      }
      const code = CODE_IN_TEXT.exec(String(call.payload["text"] ?? ""))?.[0];
      if (!code) continue;
      const list = this.received.get(code);
      if (list) list.push(call.at);
      else this.received.set(code, [call.at]);
    }
  }
}

export interface Delivery {
  fired: number;
  lost: string[];
  duplicated: string[];
  /** Lateness (first arrival − due) of the steady and of the burst reminders, ms, sorted. */
  steadyLateness: number[];
  burstLateness: number[];
  maxPerSecond: number;
  /** When that busiest second began, ms after t0. */
  maxPerSecondAt: number;
  sends: number;
  rejected: number;
}

export function analyse(log: DeliveryLog, scheduled: readonly PlannedReminder[], t0: number): Delivery {
  log.update();
  const lost: string[] = [];
  const duplicated: string[] = [];
  const steady: number[] = [];
  const burst: number[] = [];
  for (const r of scheduled) {
    const times = log.received.get(r.code);
    if (!times) {
      lost.push(r.code);
      continue;
    }
    if (times.length > 1) duplicated.push(r.code);
    (r.burst ? burst : steady).push(Math.min(...times) - (t0 + r.dueOffsetMs));
  }
  const busiest = maxInWindow(log.sendTimes, 1_000);
  return {
    fired: scheduled.length - lost.length, lost, duplicated,
    steadyLateness: steady.sort((a, b) => a - b), burstLateness: burst.sort((a, b) => a - b),
    maxPerSecond: busiest.count, maxPerSecondAt: busiest.start - t0, sends: log.sendTimes.length, rejected: log.rejected,
  };
}

/** Most events in any window [t, t + width) — sliding, not aligned to clock seconds. */
export function maxInWindow(times: readonly number[], width: number): { count: number; start: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, start: Number.NaN };
  let i = 0;
  for (let j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= width) i++;
    if (j - i + 1 > best.count) best = { count: j - i + 1, start: sorted[i]! };
  }
  return best;
}
