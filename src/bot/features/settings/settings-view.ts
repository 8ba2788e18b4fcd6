import { InlineKeyboard } from "grammy";
import type { ChatSettings } from "../../../store/chat-settings.js";
import { escapeHtml } from "../../../presenters/html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const REMINDER_PRESETS = { std: [10_800_000, 3_600_000, 900_000], short: [3_600_000, 900_000], off: [] as number[] } as const;

function offsetsLabel(t: T, ms: readonly number[] | undefined): string {
  if (!ms) return t("settings-default");
  if (ms.length === 0) return t("settings-off");
  return ms.map((m) => (m % 3_600_000 === 0 ? `${m / 3_600_000}h` : `${Math.round(m / 60_000)}m`)).join(", ");
}

/** In a private chat there is no issuer policy: only the account's owner (or the operator's issuers) spend. */
export function settingsText(t: T, s: ChatSettings, group: boolean, mayIssueHere?: boolean): string {
  const people = s.issuerIds.map((id) => `<a href="tg://user?id=${id}">${id}</a>`).join(", ");
  return [
    t("settings-title"),
    group ? t("settings-issuers", { policy: t(`settings-issuers-${s.issuers ?? "admins"}`), people: people || "-" }) : t(mayIssueHere ? "settings-issuers-private-you" : "settings-issuers-private"),
    t("settings-language", { language: s.locale ? t(`language-name-${s.locale}`) : t("settings-default") }),
    t("settings-reminders", { offsets: offsetsLabel(t, s.reminderOffsetsMs) }),
    t("settings-contact", { contact: s.contact ? escapeHtml(`${s.contact.email} · ${s.contact.phone}`) : "-" }),
    t("settings-help"),
    ...(group ? [t("account-settings-help")] : []),
  ].join("\n");
}

export function settingsKeyboard(t: T, group: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (group) kb.text(t("settings-btn-admins"), "st:iss:admins").text(t("settings-btn-list"), "st:iss:list").text(t("settings-btn-everyone"), "st:iss:everyone").row();
  return kb
    .text("🇮🇩 ID", "st:lang:id").text("🇬🇧 EN", "st:lang:en").row()
    .text("⏰ 3h·1h·15m", "st:rem:std").text("⏰ 1h·15m", "st:rem:short").text(t("settings-btn-off"), "st:rem:off")
    .row().text(t("agency-btn"), "ag:show") // the agency and its markup: settings/agency-settings.ts
    .row().text(t("digest-settings-button"), "dg:menu");
}
