import type { BenchOptions } from "./options.js";

export interface PlannedReminder {
  /** Booking code, also how a received message is matched back to its reminder (it is in the text). */
  code: string;
  chatId: number;
  /** Due time relative to the phase's start instant t0. */
  dueOffsetMs: number;
  burst: boolean;
  /** Backlog: scheduled before the run, due days after it; must not fire during the run. */
  later: boolean;
}

export interface Plan {
  reminders: PlannedReminder[];
  /** Length of the evenly loaded part; the burst falls due one second after it. */
  steadyWindowMs: number;
  lastDueOffsetMs: number;
}

/** Codes fit both MMBC's [A-Z0-9]{4,10} and a regex that finds them in any message text. */
export const codeOf = (i: number): string => `R${String(i).padStart(7, "0")}`;
export const CODE_IN_TEXT = /R\d{7}/;
const FIRST_CHAT = 5_000_000;
/** When the backlog falls due: well after any run, spread a millisecond apart like real timelimits. */
export const BACKLOG_DUE_MS = 2 * 86_400_000;

/**
 * The same schedule for both sides: steady reminders spaced evenly at load × rate (so every second
 * stays under the limit and lateness shows the system's own delay), then a burst due all at once
 * (so the limiter, not the schedule, decides the send rate). Ordered by due time, which is also the
 * order they are scheduled in, so scheduling only has to stay ahead of the first ones. Reminders
 * past the first `due` are the backlog (`later`), due two days on.
 */
export function makePlan(o: BenchOptions): Plan {
  const burstCount = Math.round(o.due * o.burst);
  const steadyCount = o.due - burstCount;
  const spacingMs = 1000 / (o.rate * o.load);
  const steadyWindowMs = Math.round(steadyCount * spacingMs);
  const burstAt = steadyWindowMs + 1_000;
  const reminders = Array.from({ length: o.count }, (_, i): PlannedReminder => {
    if (i >= o.due) return { code: codeOf(i), chatId: FIRST_CHAT + (i % o.chats), dueOffsetMs: BACKLOG_DUE_MS + i, burst: false, later: true };
    const burst = i >= steadyCount;
    return { code: codeOf(i), chatId: FIRST_CHAT + (i % o.chats), dueOffsetMs: burst ? burstAt : Math.round(i * spacingMs), burst, later: false };
  });
  return { reminders, steadyWindowMs, lastDueOffsetMs: burstCount > 0 ? burstAt : Math.round((steadyCount - 1) * spacingMs) };
}
