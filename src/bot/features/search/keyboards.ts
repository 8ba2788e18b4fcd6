import { InlineKeyboard } from "grammy";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { endOfMonth } from "date-fns/endOfMonth";
import { format } from "date-fns/format";
import { getDay } from "date-fns/getDay";
import { parse } from "date-fns/parse";
import type { Airport } from "../../../domain/airport.js";
import { cb } from "./callback-data.js";

export function airportChoices(airports: readonly Airport[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  airports.forEach((a, i) => {
    kb.text(`${a.city} (${a.code})`, cb.airport(a.code));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

/**
 * A month calendar with quick picks. Days before `today` are blank, and months are navigable within
 * the bookable year. `labels` carries localized words so this file has no user-facing literals.
 */
export function calendar(month: string, today: string, maxDate: string, labels: { today: string; tomorrow: string; weekdays: string[]; months: string[] }): InlineKeyboard {
  const first = parse(`${month}-01`, "yyyy-MM-dd", new Date());
  const kb = new InlineKeyboard()
    .text(labels.today, cb.date(today))
    .text(labels.tomorrow, cb.date(format(addDays(parse(today, "yyyy-MM-dd", new Date()), 1), "yyyy-MM-dd")))
    .row();
  const prev = format(addMonths(first, -1), "yyyy-MM");
  const next = format(addMonths(first, 1), "yyyy-MM");
  kb.text(prev >= today.slice(0, 7) ? "◀" : " ", prev >= today.slice(0, 7) ? cb.month(prev) : "c:noop")
    .text(`${labels.months[first.getMonth()] ?? format(first, "MM")} ${first.getFullYear()}`, "c:noop")
    .text(next <= maxDate.slice(0, 7) ? "▶" : " ", next <= maxDate.slice(0, 7) ? cb.month(next) : "c:noop")
    .row();
  labels.weekdays.forEach((w) => kb.text(w, "c:noop"));
  kb.row();
  const lead = (getDay(first) + 6) % 7; // Monday first
  for (let i = 0; i < lead; i++) kb.text(" ", "c:noop");
  const last = endOfMonth(first).getDate();
  for (let d = 1; d <= last; d++) {
    const date = `${month}-${String(d).padStart(2, "0")}`;
    const open = date >= today && date <= maxDate;
    kb.text(open ? String(d) : "·", open ? cb.date(date) : "c:noop");
    if ((lead + d) % 7 === 0) kb.row();
  }
  return kb;
}

export function paxChoices(): InlineKeyboard {
  return new InlineKeyboard()
    .text("1", cb.pax(1, 0, 0)).text("2", cb.pax(2, 0, 0)).text("3", cb.pax(3, 0, 0)).text("4", cb.pax(4, 0, 0)).row()
    .text("2 + 1 👧", cb.pax(2, 1, 0)).text("2 + 2 👧", cb.pax(2, 2, 0)).text("2 + 1 👶", cb.pax(2, 0, 1)).row();
}

/** One-tap dates above the calendar ("did you mean…", the days of "akhir bulan"): `perRow` to a row. */
export function dateChoices(choices: readonly { text: string; date: string }[], perRow = 3): InlineKeyboard {
  const kb = new InlineKeyboard();
  choices.forEach((c, i) => {
    if (i > 0 && i % perRow === 0) kb.row();
    kb.text(c.text, cb.date(c.date));
  });
  return kb;
}
