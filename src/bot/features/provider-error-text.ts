import { partyBreachOf, type PartyBreach, type ProviderErrorCode } from "../../domain/errors.js";
import { escapeHtml } from "../../presenters/html.js";
import { isAccountUnlinked } from "../../domain/unlinked-account.js";
import { money, providerName } from "../../presenters/format.js";
import { cutText } from "../../presenters/cut-text.js";
import { upstreamFaultText, type FaultAbout } from "./provider-fault-text.js";

const ACCESS_REASONS = ["login_needed", "login_unreadable", "group_not_approved", "operator_only", "group_not_approved_no_login", "not_member"] as const;

type Translating = { t: (key: string, vars?: Record<string, string | number>) => string };

/** A tap's toast for an error whose message runs past a toast's 200 characters; undefined: the message itself. */
export function providerErrorToast(ctx: Translating, e: unknown): string | undefined {
  return isAccountUnlinked(e) && e.inGroup === "logged_out" ? ctx.t("account-booking-unlinked-group-toast") : undefined;
}

/**
 * One localized message per error meaning, with what the agent can do next. Provider text is shown only
 * where it says what to fix in the data the agent typed (the validation lines); untrusted: escaped and
 * capped. `about` names the provider called (and whether it was the deposit), so a failure names whose it is.
 */
export function providerErrorText(ctx: Translating, e: { code: ProviderErrorCode; messages: string[]; balance?: number; amounts?: { charged: number; expected: number } }, about: FaultAbout = {}): string {
  // In a group a login alone won't do: the group must have the account linked again.
  if (isAccountUnlinked(e)) {
    if (e.inGroup === "not_linked") return ctx.t("account-booking-not-linked-group");
    return e.inGroup ? `${ctx.t("account-booking-unlinked")}\n${ctx.t("account-booking-unlinked-group")}` : ctx.t("account-booking-unlinked");
  }
  const breach = partyBreachOf(e);
  if (breach) {
    // Searching the same party again can never help: the search asks the party next (search-conversation.ts).
    return partyLimitText(ctx, breach);
  }
  if (e.code === "access_denied") {
    const reason = ACCESS_REASONS.find((r) => r === e.messages[0]) ?? "login_needed";
    return ctx.t(`access-${reason.replace(/_/g, "-")}`);
  }
  if (e.code === "upstream") return upstreamFaultText(ctx, e.messages, about);
  const lines = [ctx.t(`error-${e.code.replace(/_/g, "-")}`, {
    balance: e.balance === undefined ? "-" : money(e.balance),
    charged: e.amounts ? money(e.amounts.charged) : "-",
    expected: e.amounts ? money(e.amounts.expected) : "-",
  })];
  // Seats gone or a system's failure: the provider's own sentence (often in the other language) adds nothing to act on.
  if (e.code === "validation") {
    for (const m of e.messages.slice(0, 6)) lines.push(`• ${readableLine(ctx, cutText(m, 200))}`);
  }
  return lines.join("\n");
}

/**
 * A party a provider can never take: its limit, and how to split the party into bookings it takes; with
 * `fewer`, that a smaller party (the first booking) can be searched at once.
 */
export function partyLimitText(ctx: Translating, breach: PartyBreach, fewer = false): string {
  const vars = partyLimitVars(ctx, breach);
  const text = ctx.t(breach.over === "too_few_adults" ? "error-party-limit-adults" : "error-party-limit", vars);
  return fewer && breach.over !== "too_few_adults" ? `${text}\n${ctx.t("party-refused-fewer", vars)}` : text;
}

/**
 * A provider's party limit in words: the provider, its limit ("6 adults"), the party it can't take ("7 adults")
 * and that party split into bookings within the limit, as even as can be ("4 + 3 adults").
 */
export function partyLimitVars(ctx: Translating, b: PartyBreach): Record<string, string> {
  const type = b.over === "too_few_adults" ? "adult" : b.over;
  const bookings = Math.max(1, Math.ceil(b.count / Math.max(1, b.limit)));
  const sizes = Array.from({ length: bookings }, (_, i) => Math.floor(b.count / bookings) + (i < b.count % bookings ? 1 : 0));
  const last = sizes.pop()!;
  return {
    provider: providerName(b.provider),
    limit: ctx.t(`party-${type}`, { n: b.limit }),
    party: ctx.t(`party-${type}`, { n: b.count }),
    split: [...sizes, ctx.t(`party-${type}`, { n: last })].join(" + "),
    first: ctx.t(`party-${type}`, { n: sizes[0] ?? last }),
  };
}

/** tiket.com's form fields, as its refusals name them ("passportissuinga1: …"), and what the agent was asked. */
const FIELDS: Record<string, string> = {
  title: "title", firstname: "name", lastname: "name", birthdate: "birthdate", id: "id", passportno: "passport",
  passportexpirydate: "passport-expiry", passportissueddate: "passport-issued", passportissuing: "nationality",
  passportnationality: "nationality", parent: "parent",
};
const FIELD_LINE = new RegExp(`^\\s*(${Object.keys(FIELDS).join("|")})([aci])(\\d{1,2})\\s*:\\s*(.*)$`, "i");
const TYPES = { a: "adult", c: "child", i: "infant" } as const;

/**
 * A refusal line naming a form field is said as the question the agent answered ("Passenger 1
 * (adult), nationality: …"): a wire name like passportissuinga1 means nothing to them.
 */
function readableLine(ctx: Translating, line: string): string {
  const m = FIELD_LINE.exec(line);
  if (!m) return escapeHtml(line);
  const [, field, type, n, rest] = m;
  const who = ctx.t("error-field-passenger", { n: Number(n), type: ctx.t(`pax-type-${TYPES[type!.toLowerCase() as "a" | "c" | "i"]}`) });
  return `${who}, ${ctx.t(`error-field-${FIELDS[field!.toLowerCase()]}`)}: ${escapeHtml(rest!)}`;
}
