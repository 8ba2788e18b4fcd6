import { writeFileSync } from "node:fs";
import type { Plan } from "./plan.js";

export interface Arrivals {
  side: string;
  t0: number;
  /** Accepted arrival times (ms since epoch) per booking code. */
  received: ReadonlyMap<string, readonly number[]>;
}

/** One row per reminder and side, times in ms after t0: enough to replot lateness or the send rate. */
export function writeCsv(path: string, plan: Plan, sides: readonly Arrivals[]): void {
  const rows = ["side,code,chat_id,burst,due_ms,first_arrival_ms,lateness_ms,arrivals"];
  for (const s of sides) {
    for (const r of plan.reminders) {
      const times = s.received.get(r.code) ?? [];
      const first = times.length ? Math.min(...times) - s.t0 : undefined;
      rows.push([s.side, r.code, r.chatId, r.burst ? 1 : 0, r.dueOffsetMs, first ?? "", first === undefined ? "" : first - r.dueOffsetMs, times.length].join(","));
    }
  }
  writeFileSync(path, `${rows.join("\n")}\n`);
}
