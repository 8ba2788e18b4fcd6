/**
 * Wall-clock times in IANA zones, computed from each zone's UTC offset. @date-fns/tz's TZDate asks Intl
 * for the offset several times per date (about 50 µs each date): a search maps every flight's two
 * clocks, so that was a few milliseconds per search. Here a zone whose offset is the same in January
 * and July of a year (all of Indonesia, most of Asia) is a fixed offset for that year, asked of Intl
 * twice and then cached; only zones with daylight saving ask Intl per instant.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const fixedByYear = new Map<string, number | null>();

/** "GMT+07:00", "GMT-03:30", "GMT" → minutes east of UTC. */
function parseOffset(text: string): number {
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(text);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function askIntl(zone: string, ms: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    formatters.set(zone, f);
  }
  const part = f.formatToParts(ms).find((p) => p.type === "timeZoneName");
  return parseOffset(part?.value ?? "GMT");
}

/** Minutes east of UTC in `zone` at the instant `ms`. */
export function zoneOffset(zone: string, ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const key = `${zone}|${year}`;
  let fixed = fixedByYear.get(key);
  if (fixed === undefined) {
    const winter = askIntl(zone, Date.UTC(year, 0, 1));
    fixed = winter === askIntl(zone, Date.UTC(year, 6, 1)) ? winter : null;
    fixedByYear.set(key, fixed);
  }
  return fixed ?? askIntl(zone, ms);
}

/** The instant (ms) a wall clock shows in `zone`; month 1–12, days past the month's end roll over. */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, zone: string, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - zoneOffset(zone, wall) * 60_000;
  const offset = zoneOffset(zone, first);
  if (wall - offset * 60_000 === first) return first;
  // Near a daylight-saving change the offset at the guess differs from the one at the answer.
  const other = wall - offset * 60_000;
  if (zoneOffset(zone, other) === offset) return other;
  // A clock the change skips (02:30 on a spring-forward night) is read forward, as TZDate reads it.
  return Math.max(first, other);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** The instant as its wall clock in `zone` with the offset: "2026-12-20T07:35:00.000+07:00" (as TZDate writes it). */
export function isoInZone(ms: number, zone: string): string {
  const offset = zoneOffset(zone, ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  return `${local}${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The wall clock's day in `zone`: "2026-12-20". */
export function dayInZone(ms: number, zone: string): string {
  return new Date(ms + zoneOffset(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/** The wall clock's time in `zone`: "07:35". */
export function clockInZone(ms: number, zone: string): string {
  return new Date(ms + zoneOffset(zone, ms) * 60_000).toISOString().slice(11, 16);
}
