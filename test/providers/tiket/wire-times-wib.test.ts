import { describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { dateTime } from "../../../src/presenters/format.js";
import { orderDeadline, toBooking } from "../../../src/providers/tiket/booking-mapping.js";
import { toStatus } from "../../../src/providers/tiket/status-mapping.js";
import { checkOrderSchema, orderSchema } from "../../../src/providers/tiket/wire-schemas.js";
import { createConfig } from "../../../src/config.js";
import { buildProviders } from "../../../src/providers/build-provider.js";
import { MemoryTiketTokenStore } from "../../../src/providers/tiket/token-store.js";
import { captureLogger } from "../../support/test-logger.js";

// tiket.com's order 22396657 (2016): placed at unix 1477728873 = 15:14:33 WIB, expiring "2016-10-29 15:28:17", 14 minutes on.
const EXPIRY_WIB = "2016-10-29 15:28:17";
const REAL_EXPIRY = Date.parse("2016-10-29T08:28:17Z");
const order = orderSchema.parse({
  myorder: { order_id: "22396657", data: [{ expire: 28, order_expire_datetime: EXPIRY_WIB, customer_price: "632500.00",
    detail: { flight_number: "QG-660", real_flight_date: "2016-11-02", departure_time: "2016-11-02 06:15:00", arrival_time: "2016-11-02 09:20:00" } }] },
}).myorder;
const checkOrder = checkOrderSchema.parse({
  result: { order_id: "22396657", payment_status: "checkout", total_customer_price: "632500.00",
    order__cart_detail: [{ detail: { order_detail_status: "active", order_expire_datetime: EXPIRY_WIB, ticket_status: "booked" } }] },
}).result;

describe("tiket.com wire moments are WIB whatever zone the bot displays in", () => {
  it.each(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"])("the order deadline is the real one with TIMEZONE=%s", (zone) => {
    expect(Date.parse(orderDeadline(order, new Date("2016-10-29T08:15:00Z"), zone).at)).toBe(REAL_EXPIRY);
  });

  it("an order inside its hold is still payable under WITA (not 'expired' for its last hour), and expired once it passes under UTC", () => {
    expect(toStatus(checkOrder, new Date("2016-10-29T08:00:00Z"), "Asia/Makassar")).toBe("waiting");
    expect(toStatus(checkOrder, new Date("2016-10-29T08:29:00Z"), "UTC")).toBe("expired");
  });

  it("a flight's full date-time is the airport's clock and is shown as printed, in any display zone", () => {
    const request: BookingRequest = {
      provider: "tiket", offerRef: "1", flightCode: "QG-660", from: "CGK", to: "DPS", date: "2016-11-02",
      pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso" }],
      contact: { email: "budi@example.com", phone: "081234567890" },
    };
    for (const zone of ["Asia/Makassar", "UTC"]) {
      const b = toBooking(order, request, { first: "Budi", last: "Santoso", email: "b@e.com", phone: "0812" }, REAL_EXPIRY.toString(), zone);
      expect(dateTime(b.departsAt, "en", zone)).toContain("06:15");
      expect(dateTime(b.arrivesAt!, "en", zone)).toContain("09:20");
    }
  });

  it("the built-in sandbox writes WIB as tiket.com does, not the bot's display zone", async () => {
    const { logger, lines } = captureLogger();
    const config = createConfig({ BOT_TOKEN: "1:test", PROVIDER: "tiket", TIMEZONE: "UTC", REDIS_URL: "redis://127.0.0.1:1" }, { testTimings: true });
    const built = await buildProviders(config, logger, new MemoryTiketTokenStore());
    try {
      const origin = lines.map((l) => JSON.parse(l) as { baseUrl?: string }).find((l) => l.baseUrl)!.baseUrl!;
      const state = await (await fetch(`${origin}/__sandbox/state`)).json() as { timeZone: string };
      expect(state.timeZone).toBe("Asia/Jakarta");
    } finally {
      await built.close();
    }
  });
});
