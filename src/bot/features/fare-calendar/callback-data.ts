import { z } from "zod";

/**
 * Fare calendar buttons: `cal:r:<sid>` opens the calendar around a search's results, `cal:d:<sid>` opens
 * one day's results. A sid is a SearchCache id (≤ 16 characters), so the data stays under 24 bytes.
 * Anything else — forged or from an older version — parses as nothing and is answered like an expired button.
 */
const calendarData = z
  .string()
  .max(64)
  .regex(/^cal:[rd]:[\w-]{1,16}$/)
  .transform((data) => {
    const [, kind, sid] = data.split(":") as [string, "r" | "d", string];
    return kind === "r" ? { kind: "open" as const, sid } : { kind: "day" as const, sid };
  });
export type CalendarAction = z.output<typeof calendarData>;

export const CALENDAR_PREFIX = "cal:";

export function calendarButtonData(sid: string): string {
  return `cal:r:${sid}`;
}

export function calendarDayData(sid: string): string {
  return `cal:d:${sid}`;
}

export function parseCalendarData(data: string): CalendarAction | undefined {
  const parsed = calendarData.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
