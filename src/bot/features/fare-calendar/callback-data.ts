import { z } from "zod";

/**
 * Fare calendar buttons: `cal:r:<sid>` opens the calendar around a search's results, `cal:d:<sid>` opens
 * one day's results. A day tapped while a booking is being filled in asks first: `cal:f:<sid>` opens the
 * day and leaves the booking, `cal:k:<sid>` keeps the booking. A sid is a SearchCache id (≤ 16
 * characters), so the data stays under 24 bytes. Anything else — forged or from an older version —
 * parses as nothing and is answered like an expired button.
 */
const KINDS = { r: "open", d: "day", f: "leave", k: "keep" } as const;
const calendarData = z
  .string()
  .max(64)
  .regex(/^cal:[rdfk]:[\w-]{1,16}$/)
  .transform((data) => {
    const [, kind, sid] = data.split(":") as [string, keyof typeof KINDS, string];
    return { kind: KINDS[kind], sid };
  });
export type CalendarAction = z.output<typeof calendarData>;

export const CALENDAR_PREFIX = "cal:";

export function calendarButtonData(sid: string): string {
  return `cal:r:${sid}`;
}

export function calendarDayData(sid: string): string {
  return `cal:d:${sid}`;
}

/** "Open this day, leave the booking being filled in". */
export function calendarLeaveData(sid: string): string {
  return `cal:f:${sid}`;
}

/** "Keep the booking being filled in". */
export function calendarKeepData(sid: string): string {
  return `cal:k:${sid}`;
}

export function parseCalendarData(data: string): CalendarAction | undefined {
  const parsed = calendarData.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
