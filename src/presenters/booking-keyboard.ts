import { InlineKeyboard } from "grammy";
import type { ProviderId } from "../domain/flight.js";
import { customerCardData } from "./customer-card-data.js";

type T = (key: string) => string;

/**
 * Booking card buttons: `b:<action>:<provider>:<code>`; codes are at most 10 characters, so the data
 * stays under 30 bytes. Parsed by parseBookingAction on arrival.
 */
export function bookingKeyboard(t: T, provider: ProviderId, code: string, actions: readonly ("i" | "s" | "t")[] = ["i", "s", "t"]): InlineKeyboard {
  const kb = new InlineKeyboard();
  const label = { i: t("button-issue"), s: t("button-status"), t: t("button-ticket") };
  for (const a of actions) kb.text(label[a], bookingActionData(a, provider, code));
  return kb.row().text(t("cust-button"), customerCardData.booking(provider, code));
}

/** `r`: a refused member's "🙋 Ask an issuer" (issueAskData). */
export function parseBookingAction(data: string): { action: "i" | "s" | "t" | "r"; provider: ProviderId; code: string } | undefined {
  const m = /^b:([istr]):(mmbc|tiket):([A-Z0-9]{4,10})$/.exec(data);
  return m ? { action: m[1] as "i" | "s" | "t" | "r", provider: m[2] as ProviderId, code: m[3]! } : undefined;
}

/** "🙋 Ask an issuer" under a refusal to spend: `b:r:<provider>:<code>`, checked on arrival like every booking button. */
export function issueAskData(provider: ProviderId, code: string): string {
  return `b:r:${provider}:${code}`;
}

/** A Status button's data, for lists that link to a booking. */
export function bookingActionData(action: "i" | "s" | "t", provider: ProviderId, code: string): string {
  return `b:${action}:${provider}:${code}`;
}

/** "Stop reminders" on a reminder: `rm:<provider>:<code>`. */
export function stopRemindersData(provider: ProviderId, code: string): string {
  return `rm:${provider}:${code}`;
}

export function parseStopReminders(data: string): { provider: ProviderId; code: string } | undefined {
  const m = /^rm:(mmbc|tiket):([A-Z0-9]{4,12})$/.exec(data);
  return m ? { provider: m[1] as ProviderId, code: m[2]! } : undefined;
}
