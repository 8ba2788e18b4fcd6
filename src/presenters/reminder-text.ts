import { InlineKeyboard } from "grammy";
import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import { escapeHtml } from "./html.js";
import { deadline, providerName, untilParts } from "./format.js";
import { bookingActionData, stopRemindersData } from "./booking-keyboard.js";
import { offersIssue, type PayHold } from "./pay-offer.js";
import { personLink } from "./issue-ask-card.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** In a group the reminder mentions the member who booked, so it reaches them. */
function mention(r: BookingRecord): string {
  return r.chatId < 0 ? `<a href="tg://user?id=${r.bookedBy.id}">${escapeHtml(r.bookedBy.name)}</a> ` : "";
}

/** Why the bot can't pay a booking now, as read when the reminder goes out (see PayHold). */
export type ReminderHold = PayHold;

/**
 * The reminder of an unpaid booking: pay before its deadline, or why the bot can't pay it now (PayHold), said
 * instead of "pay before … or the seats are lost", with Status and no Issue button the bot would refuse.
 */
/**
 * `issuers`: in a group whose booker may not issue, the people who may, mentioned so the reminder reaches
 * someone who can act on it ("Yang bisa issued: A, B").
 */
export function reminderMessage(t: T, locale: string, timeZone: string, r: BookingRecord, now: Date, late: boolean, hold: ReminderHold = {}, issuers: readonly { id: number; name: string }[] = []) {
  const b = r.booking;
  const left = untilParts(b.timelimit, now);
  const at = escapeHtml(deadline(b.timelimit, locale, timeZone));
  const provider = providerName(b.provider);
  const { heldUntil } = hold;
  const held = hold.sessionLost
    ? t("issue-session-lost-by", { code: escapeHtml(b.code), provider, deadline: at })
    : hold.paymentUnconfirmed
      ? t("reminder-payment-unconfirmed", { provider, at })
      : hold.checkoutUnfinished
        // The words /status and /issue use for it (checkoutUnfinishedText).
        ? t("issue-unconfirmed-refused", { provider, deadline: at })
        : hold.checkoutUnknown
          // As /status says it (checkoutUncheckedText): couldn't be checked now, not "can't be paid".
          ? t("issue-checkout-unchecked", { provider, deadline: at })
          : heldUntil === undefined
            ? undefined
            : t(Date.parse(b.timelimit) <= Date.parse(heldUntil) ? "reminder-held-deadline" : "reminder-held", { until: escapeHtml(deadline(heldUntil, locale, timeZone)), at });
  const text = [
    `${mention(r)}${t("reminder-title", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to) })}`,
    held ?? t("reminder-deadline", { at, days: left.days, hours: left.hours, minutes: left.minutes }),
    late ? t("reminder-late") : "",
    issuers.length > 0 && offersIssue(hold) ? t("reminder-issuers", { who: issuers.map(personLink).join(", ") }) : "",
  ].filter(Boolean).join("\n");
  return { text, keyboard: reminderKeyboard(t, b.provider, b.code, true, offersIssue(hold)) };
}

/**
 * Issue now · Status, and Stop reminders while they run (a stopped reminder keeps the others). Without
 * `issue` (a hold stands: nothing would be paid) only Status.
 */
export function reminderKeyboard(t: T, provider: ProviderId, code: string, running = true, issue = true): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (issue) keyboard.text(t("button-issue"), bookingActionData("i", provider, code));
  keyboard.text(t("button-status"), bookingActionData("s", provider, code));
  if (running) keyboard.row().text(t("button-stop-reminders"), stopRemindersData(provider, code));
  return keyboard;
}

/**
 * A reminder once its booking is issued: it says so where it asked to pay, and keeps no button (the card
 * and the e-ticket carry what comes next). As the booking card says it after an issue (issued-card.ts).
 */
export function reminderIssuedText(t: T, r: BookingRecord): string {
  return t("reminder-issued", { code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to) });
}

export function expiryMessage(t: T, r: BookingRecord): string {
  return `${mention(r)}${t("reminder-expired", { code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to) })}`;
}

/**
 * The deadline passed by the bot's clock, but the provider still says waiting (its clock, or the departure
 * airport's, may be later than the one read here): never "expired, search again", which invites a second
 * booking while the first still holds the seats.
 */
export function expiryStillWaitingMessage(t: T, r: BookingRecord): string {
  return `${mention(r)}${t("reminder-expiry-still-waiting", { code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to), provider: providerName(r.booking.provider) })}`;
}
