import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { InlineKeyboard } from "grammy";
import type { DailyDigest, DayFigures } from "../../../services/daily-digest.js";
import { digestMessage } from "../../../presenters/digest-message.js";
import { longDate, money, zoneName } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Today's lists in /digest: as many as yesterday's in the morning digest; the rest are in /bookings. */
const TODAY_LIST_MAX = 10;

function todaySection(t: T, today: DayFigures): string {
  const lines = [t("digest-today-heading")];
  const list = (records: DayFigures["made"]) => {
    for (const r of records.slice(0, TODAY_LIST_MAX)) {
      const b = r.booking;
      lines.push(t("digest-booking-line", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to), flight: escapeHtml(b.flightCode), total: money(b.fares.total), by: escapeHtml(r.bookedBy.name) }));
    }
    if (records.length > TODAY_LIST_MAX) lines.push(t("digest-more", { count: records.length - TODAY_LIST_MAX }));
  };
  if (today.made.length === 0) lines.push(t("digest-today-made-none"));
  else {
    lines.push(t("digest-today-made", { count: today.made.length, total: money(today.madeTotal) }));
    list(today.made);
  }
  if (today.issued.length === 0) lines.push(t("digest-today-issued-none"));
  else {
    lines.push(t("digest-today-issued", { count: today.issued.length, total: money(today.issuedTotal), commission: money(today.commission) }));
    list(today.issued);
  }
  return lines.join("\n");
}

/**
 * /digest at any hour: today so far, titled with the time it covers up to (asked at 23:56 after a busy day,
 * "no bookings yesterday" under today's date read as if today had nothing), then yesterday under its own
 * date, as the morning digest reports it, then what is due and the deposit (the presenter's layout and
 * cutting, with this frame).
 */
export function onDemandDigest(t: T, locale: string, timeZone: string, d: DailyDigest, now: Date): { text: string; keyboard?: InlineKeyboard } {
  const until = `${format(new TZDate(now, timeZone), "HH:mm")} ${zoneName(timeZone, now.toISOString())}`;
  return digestMessage(t, locale, timeZone, d, {
    title: t("digest-title-so-far", { date: escapeHtml(longDate(d.day, locale)), time: until }),
    lead: todaySection(t, d.today),
    yesterday: t("digest-yesterday-heading", { date: escapeHtml(longDate(d.yesterday, locale)) }),
  });
}
