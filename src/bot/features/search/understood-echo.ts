import type { ConvoContext } from "../../context.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";

/** "Rute CGK → DPS." / "Rute CGK → DPS, Jum 25 Des 2026.": what the search has so far, before the next question. */
export function understood(ctx: ConvoContext, route?: { from: string; to: string }, date?: string, today?: string): string {
  if (!route) return "";
  if (!date) return `${ctx.t("input-understood", { from: route.from, to: route.to })}\n`;
  return `${ctx.t("input-understood-date", { from: route.from, to: route.to, date: escapeHtml(shortDate(date, localeOf(ctx), today)) })}\n`;
}
