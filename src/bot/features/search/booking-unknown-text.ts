import { escapeHtml } from "../../../presenters/html.js";
import { providerName } from "../../../presenters/format.js";

type Translating = { t: (key: string, vars?: Record<string, string | number>) => string };

/**
 * What the agent is told when a booking's outcome is unknown: never that it worked, nor that nothing was
 * booked. With the code known (the provider gave it, then a later step broke off), the code to check. When
 * the provider did answer, with a failure that does not prove nothing was booked (MMBC's "failed to receive
 * data": the airline's system, which may fail after it held the seats; its text is kept in the error's
 * messages and the logs), that it answered so, in the agent's language. Otherwise no answer came at all
 * (a time-out, an error page).
 */
export function bookingUnknownText(ctx: Translating, booking: { provider: string; flight: string; names: string }, e: { bookingCode?: string; unusableCode?: string; messages: string[] }): string {
  const about = { flight: escapeHtml(booking.flight), names: escapeHtml(booking.names) };
  if (e.bookingCode) return ctx.t("nav-book-outcome-unknown-code", { ...about, code: escapeHtml(e.bookingCode) });
  // It said it booked, under a code the bot can't use (cut short by the adapter): the agent checks that code.
  if (e.unusableCode) return ctx.t("nav-book-outcome-odd-code", { ...about, provider: providerName(booking.provider), code: escapeHtml(e.unusableCode) });
  if (e.messages.some((m) => m.trim() !== "")) return ctx.t("nav-book-outcome-unknown-answer", { ...about, provider: providerName(booking.provider) });
  return ctx.t("nav-book-outcome-unknown", about);
}
