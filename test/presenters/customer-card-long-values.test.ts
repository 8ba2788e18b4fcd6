import { describe, expect, it } from "vitest";
import type { Booking } from "../../src/domain/booking.js";
import { createI18n } from "../../src/bot/i18n.js";
import { customerStatusCard } from "../../src/bot/features/inline/booking-result.js";
import { statusCard } from "../../src/presenters/booking-card.js";
import type { BookingRecord } from "../../src/store/booking-store.js";
import { parseHtml } from "../support/telegram/html-entities.js";

const i18n = createI18n("id");
const booking = {
  provider: "mmbc", code: "ABC123", airlineName: `<b>Lion</b> & ${"%".repeat(3000)}`, flightCode: "JT-15", from: "DPS", to: "SUB",
  departsAt: "2030-12-30T07:35:00.000+07:00", stops: 0,
  passengers: Array.from({ length: 9 }, (_, i) => ({ title: "Mr", fullName: `Budi ${i} ${"<&>".repeat(300)}`, type: "adult" })),
  fares: { total: 500_000, nta: 480_000, commission: 20_000 }, timelimit: "2030-12-29T12:00:00.000+07:00", status: "waiting",
} as unknown as Booking;
const record = { booking, chatId: 1, bookedBy: { id: 1, name: "Rina" }, createdAt: "2030-12-01T00:00:00.000Z" } as BookingRecord;
// Kept by a bot from before provider status texts were cut where they are read.
const status = { unknown: `Dalam proses <&> ${"&".repeat(2000)}` };

// A card built of provider text (a status, an airline name) and names of any length: each value is cut before
// it is escaped, so the card never ends inside an entity or a tag (Telegram refuses the whole message).
describe.each(["id", "en"] as const)("long provider values on a booking's cards (%s)", (locale) => {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
  it("the customer card shared inline is valid HTML within Telegram's limit", () => {
    const card = customerStatusCard(t, locale, "Asia/Jakarta", record, status);
    const parsed = parseHtml(card);
    expect([...parsed.text].length).toBeLessThanOrEqual(4096);
    expect(parsed.text).toContain("Dalam proses <&>");
    expect(parsed.text).not.toContain("&".repeat(61));
    expect(parsed.text).toContain("Budi 0");
    expect(parsed.text).not.toContain("%".repeat(101));
  });
  it("the /status card shows the status cut short", () => {
    const plain = { ...booking, airlineName: "Lion Air", passengers: [{ title: "Mr", fullName: "Budi Santoso", type: "adult" }] } as Booking;
    const card = statusCard(t, locale, "Asia/Jakarta", plain, status, new Date("2030-12-01T00:00:00Z"), { ...record, booking: plain });
    const parsed = parseHtml(card);
    expect([...parsed.text].length).toBeLessThanOrEqual(4096);
    expect(parsed.text).toContain("Dalam proses <&>");
    expect(parsed.text).not.toContain("&".repeat(61));
  });
});
