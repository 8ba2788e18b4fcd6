import { InlineKeyboard } from "grammy";
import type { ChatSettings } from "../../../store/chat-settings.js";
import { escapeHtml } from "../../../presenters/html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const REMINDER_PRESETS = { std: [10_800_000, 3_600_000, 900_000], short: [3_600_000, 900_000], off: [] as number[] } as const;

/** "3 jam" / "15 mnt" in the chat's language. */
function offsetLabel(t: T, ms: number): string {
  return ms % 3_600_000 === 0 ? t("settings-offset-hours", { n: ms / 3_600_000 }) : t("settings-offset-minutes", { n: Math.round(ms / 60_000) });
}

/** A chat that chose none has the operator's (REMINDER_OFFSETS): said as what they are, marked as the default. */
function offsetsLabel(t: T, ms: readonly number[] | undefined, defaults: readonly number[] | undefined): string {
  if (!ms) return defaults ? t("settings-reminders-default", { offsets: offsetsLabel(t, defaults, undefined) }) : t("settings-default");
  if (ms.length === 0) return t("settings-off");
  return ms.map((m) => offsetLabel(t, m)).join(", ");
}

export interface SettingsPanelFacts {
  group: boolean;
  /** In a private chat there is no issuer policy: only the account's owner (or the operator's issuers) spend. */
  mayIssueHere?: boolean;
  /** The reminders of a chat that chose none (REMINDER_OFFSETS). */
  defaultOffsets?: readonly number[];
  /** The names of the people on the group's issuer list, where Telegram gave them. */
  issuerNames?: ReadonlyMap<number, string>;
}

export function settingsText(t: T, s: ChatSettings, facts: SettingsPanelFacts): string {
  const { group, mayIssueHere, defaultOffsets, issuerNames } = facts;
  const people = s.issuerIds.map((id) => `<a href="tg://user?id=${id}">${escapeHtml(issuerNames?.get(id) ?? String(id))}</a>`).join(", ");
  return [
    t("settings-title"),
    group ? t("settings-issuers", { policy: t(`settings-issuers-${s.issuers ?? "admins"}`), people: people || "-" }) : t(mayIssueHere ? "settings-issuers-private-you" : "settings-issuers-private"),
    t("settings-language", { language: s.locale ? t(`language-name-${s.locale}`) : t("settings-language-each") }),
    t("settings-reminders", { offsets: offsetsLabel(t, s.reminderOffsetsMs, defaultOffsets) }),
    t("settings-contact", { contact: s.contact ? escapeHtml(`${s.contact.email} · ${s.contact.phone}`) : "-" }),
    t("settings-help"),
    ...(group ? [t("account-settings-help")] : []),
  ].join("\n");
}

function presetLabel(t: T, preset: "std" | "short"): string {
  return REMINDER_PRESETS[preset].map((m) => offsetLabel(t, m)).join("·");
}

export function settingsKeyboard(t: T, group: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (group) kb.text(t("settings-btn-admins"), "st:iss:admins").text(t("settings-btn-list"), "st:iss:list").text(t("settings-btn-everyone"), "st:iss:everyone").row();
  return kb
    .text("🇮🇩 ID", "st:lang:id").text("🇬🇧 EN", "st:lang:en").row()
    .text(`⏰ ${presetLabel(t, "std")}`, "st:rem:std").text(`⏰ ${presetLabel(t, "short")}`, "st:rem:short").text(t("settings-btn-off"), "st:rem:off")
    .row().text(t("agency-btn"), "ag:show") // the agency and its markup: settings/agency-settings.ts
    .row().text(t("digest-settings-button"), "dg:menu");
}
