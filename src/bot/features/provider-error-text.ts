import type { ProviderErrorCode } from "../../domain/errors.js";
import { escapeHtml } from "../../presenters/html.js";
import { isAccountUnlinked } from "../../domain/unlinked-account.js";
import { money } from "../../presenters/format.js";

const ACCESS_REASONS = ["login_needed", "login_unreadable", "group_not_approved", "operator_only", "group_not_approved_no_login"] as const;

type Translating = { t: (key: string, vars?: Record<string, string | number>) => string };

/**
 * One localized message per error meaning, with what the agent can do next. Provider text (the
 * validation lines) is untrusted: escaped and capped.
 */
export function providerErrorText(ctx: Translating, e: { code: ProviderErrorCode; messages: string[]; balance?: number; amounts?: { charged: number; expected: number } }): string {
  if (isAccountUnlinked(e)) return ctx.t("account-booking-unlinked");
  if (e.code === "access_denied") {
    const reason = ACCESS_REASONS.find((r) => r === e.messages[0]) ?? "login_needed";
    return ctx.t(`access-${reason.replace(/_/g, "-")}`);
  }
  const lines = [ctx.t(`error-${e.code.replace(/_/g, "-")}`, {
    balance: e.balance === undefined ? "-" : money(e.balance),
    charged: e.amounts ? money(e.amounts.charged) : "-",
    expected: e.amounts ? money(e.amounts.expected) : "-",
  })];
  if (e.code === "validation" || e.code === "upstream" || e.code === "seat_gone") {
    for (const m of e.messages.slice(0, 6)) lines.push(`• ${escapeHtml(m.slice(0, 200))}`);
  }
  return lines.join("\n");
}
