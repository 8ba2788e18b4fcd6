import { timeOfDay, type TimeOfDay } from "./flight.js";

/** "sekitar jam 7", "around 7pm", "kira2 jam 7": about a time is that time (the filter is a part of the day). */
export const ABOUT_WORDS = new Set(["sekitar", "sktr", "kira2", "kira-kira", "kurleb", "around", "about", "approx"]);

/** Chat spellings of the words an hour is read with: "jam 7 mlm" is "jam 7 malam". */
const TAIL_SPELLINGS: Record<string, string> = { mlm: "malam", malem: "malam" };

/**
 * The hour a clock and what follows it mean, on the 24-hour clock agents use ("jam 7" is 07:00):
 * "7pm", "jam 5 sore" (17), "jam 1 siang" (13), "jam 9 malam" (21) but "jam 2 malam" (02). A bare
 * "jam 3" is 15:00 (no flight leaves at 3 at night; "jam 03.00" says it does). One reading for the
 * search's quick form and the words typed at its results, so "jam 7" filters the same at both.
 */
export function hourOf(clock: string, tail = ""): number | undefined {
  // "7an", "7-an": about seven.
  const m = /^(\d{1,2})(?:[:.][0-5]\d)?(?:-?an)?(am|pm|a\.m|p\.m)?$/i.exec(clock);
  if (!m || Number(m[1]) > 24) return undefined;
  const h = Number(m[1]) % 24;
  const said = (m[2] ?? tail).toLowerCase().replace(/\./g, "");
  const mark = Object.hasOwn(TAIL_SPELLINGS, said) ? TAIL_SPELLINGS[said]! : said;
  if (mark === "am") return h % 12;
  if (mark === "pm" || mark === "sore") return h < 12 ? h + 12 : h;
  if (mark === "siang") return h < 6 ? h + 12 : h;
  if (mark === "malam") return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
  if (mark === "pagi" || m[1]!.startsWith("0")) return h;
  return h >= 1 && h <= 4 ? h + 12 : h;
}

/** The results' time-of-day filter an hour falls in (the same cut-offs as the filter's buttons). */
export function bucketOf(hour: number | undefined): TimeOfDay | undefined {
  return hour === undefined ? undefined : timeOfDay(String(hour).padStart(2, "0"));
}
