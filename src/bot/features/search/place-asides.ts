import type { Airport } from "../../../domain/airport.js";
import type { ConvoContext } from "../../context.js";
import { localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { QuickForm } from "./quick-form.js";

/**
 * What a line typed at a place question may carry besides a place ("besok", "2 dws 1 ank", "jam 7"): kept
 * for its own question, which then takes it as the quick form's, instead of being quoted back as an airport.
 */
export type Kept = Pick<QuickForm, "date" | "pax" | "time" | "countsOrDate" | "roundTrip" | "returnDate" | "destination">;

const KEPT_KEYS = ["date", "pax", "time", "countsOrDate", "roundTrip", "returnDate"] as const;

/** The quick form's reading of a line that names no place but a date, party or time; undefined otherwise. */
export function asideOnly(read: QuickForm): { kept: Kept; unread?: string } | undefined {
  if (read.origin !== undefined || read.destination !== undefined) return undefined;
  const kept: Kept = {};
  for (const k of KEPT_KEYS) if (read[k] !== undefined) Object.assign(kept, { [k]: read[k] });
  return Object.keys(kept).length > 0 ? { kept, unread: read.unread } : undefined;
}

/** One line per part kept ("📅 Date noted: tomorrow."), said above the question asked again. */
export function keptNotes(ctx: ConvoContext, kept: Kept, unread?: string): string[] {
  const notes: string[] = [];
  if (kept.date !== undefined) notes.push(ctx.t("route-kept-date", { date: escapeHtml(kept.date) }));
  if (kept.pax !== undefined) notes.push(ctx.t("route-kept-pax", { pax: escapeHtml(kept.pax) }));
  if (kept.time !== undefined) notes.push(ctx.t("route-kept-time", { time: kept.time }));
  if (kept.countsOrDate !== undefined) notes.push(ctx.t("route-kept-counts", { typed: escapeHtml(kept.countsOrDate) }));
  if (kept.roundTrip || kept.returnDate !== undefined) notes.push(ctx.t("route-kept-return"));
  // Said now, with the line it came in, not after the place is chosen.
  if (unread) notes.push(ctx.t("input-quick-unread", { words: escapeHtml(unread) }));
  return notes;
}

/** "Jakarta (CGK) atau Jakarta Halim (HLP)": a choice's buttons named in its text when it is asked again. */
export function choicesLine(ctx: ConvoContext, airports: readonly Airport[]): string {
  const names = airports.map((a) => `${escapeHtml(a.city)} (${a.code})`);
  return ctx.t("route-choices", { choices: new Intl.ListFormat(localeOf(ctx), { type: "disjunction" }).format(names) });
}
