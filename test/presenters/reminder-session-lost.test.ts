import { describe, expect, it } from "vitest";
import type { Booking } from "../../src/domain/booking.js";
import { createI18n } from "../../src/bot/i18n.js";
import { reminderMessage } from "../../src/presenters/reminder-text.js";
import type { BookingRecord } from "../../src/store/booking-store.js";

const i18n = createI18n("id");
const booking = {
  provider: "tiket", code: "20604259", airlineName: "Wings Air", flightCode: "IW-1290", from: "CGK", to: "PDG",
  departsAt: "2027-01-17T22:00:00.000+07:00", stops: 0, passengers: [{ title: "Mr", fullName: "Fajar Nugroho", type: "adult" }],
  fares: { total: 573_100, nta: 573_100, commission: 0 }, timelimit: "2026-12-29T12:00:00.000+07:00", status: "waiting",
} as Booking;
const record: BookingRecord = { booking, chatId: 1, bookedBy: { id: 1, name: "Fajar" }, createdAt: "2026-12-29T09:00:00.000Z" };

// A tiket.com booking whose own session is gone can't be paid from the bot: its pay-before reminder says where
// to pay it instead, and offers no Issue button that could only fail.
describe("the pay-before reminder of a booking whose payment session is gone", () => {
  it.each([["id", "dashboard partner tiket.com"], ["en", "tiket.com partner dashboard"]] as const)("%s", (locale, where) => {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
    const now = new Date("2026-12-29T10:00:00.000+07:00");
    const lost = reminderMessage(t, locale, "Asia/Jakarta", record, now, false, { sessionLost: true });
    expect(lost.text).toContain(where);
    expect(lost.keyboard.inline_keyboard.flat().map((b) => b.text)).not.toContain(t("button-issue"));
    const normal = reminderMessage(t, locale, "Asia/Jakarta", record, now, false);
    expect(normal.keyboard.inline_keyboard.flat().map((b) => b.text)).toContain(t("button-issue"));
  });
});
