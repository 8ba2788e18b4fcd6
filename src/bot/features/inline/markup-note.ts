import type { Markup } from "../../../domain/customer-price.js";
import { money } from "../../../presenters/format.js";
import type { ShareMarkup } from "../../../services/customer-quote.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** "Rp 100.000 + 2,5%" (the rounding step alone when that is all there is). */
function amountOf(t: T, locale: string, m: Markup): string {
  const percent = `${new Intl.NumberFormat(locale === "en" ? "en-US" : "id-ID", { maximumFractionDigits: 2 }).format(m.percentBp / 100)}%`;
  const parts = [m.fixed > 0 ? money(m.fixed) : "", m.percentBp > 0 ? percent : ""].filter(Boolean);
  return parts.length > 0 ? parts.join(" + ") : t("inline-markup-rounding", { step: money(m.roundTo) });
}

/**
 * Which markup an inline result's price carries, for the sharer only (a result's description, never the
 * card sent): theirs, their agency group's (by its agency name when it has one), or none, with how to set one.
 * Plain text: Telegram shows descriptions as typed.
 */
export function markupNote(t: T, locale: string, shared: ShareMarkup): string {
  if (shared.source === "none") return t("inline-markup-none");
  const markup = amountOf(t, locale, shared.markup);
  if (shared.source === "private") return t("inline-markup-private", { markup });
  return t("inline-markup-group", { markup, agency: shared.agencyName ?? "", named: shared.agencyName ? "yes" : "no" });
}
