import { describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { orderDeadline, toBooking } from "../../../src/providers/tiket/booking-mapping.js";
import { orderSchema } from "../../../src/providers/tiket/wire-schemas.js";

const request: BookingRequest = {
  provider: "tiket", offerRef: "1", flightCode: "ID-6581", from: "CGK", to: "KNO", date: "2027-01-20",
  pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso" }],
  contact: { email: "budi@example.com", phone: "081234567890" },
};
const contact = { first: "Budi", last: "Santoso", email: "budi@example.com", phone: "081234567890" };

function cart(departure: string, arrival: string) {
  return orderSchema.parse({
    myorder: {
      order_id: "20604301", total: "1250000",
      data: [{ customer_price: "1250000", detail: { airlines_name: "BATIK", flight_number: "ID-6581", real_flight_date: "2027-01-20", departure_time: departure, arrival_time: arrival } }],
    },
  }).myorder;
}

describe("tiket.com cart → booking", () => {
  it("an arrival clock earlier than the departure's is the next day (overnight flights keep their +1)", () => {
    const b = toBooking(cart("22:05", "00:50"), request, contact, "2027-01-19T10:00:00.000Z", "Asia/Jakarta");
    expect(Date.parse(b.departsAt)).toBe(Date.parse("2027-01-20T15:05:00.000Z"));
    expect(Date.parse(b.arrivesAt!)).toBe(Date.parse("2027-01-20T17:50:00.000Z"));
    expect(b.airlineName).toBe("Batik Air");
  });

  it("a same-day arrival stays on the day", () => {
    const b = toBooking(cart("08:00", "10:20"), request, contact, "2027-01-19T10:00:00.000Z", "Asia/Jakarta");
    expect(Date.parse(b.arrivesAt!)).toBe(Date.parse("2027-01-20T03:20:00.000Z"));
  });
});

describe("tiket.com order deadline", () => {
  const now = new Date("2027-01-19T10:00:00.000Z");
  const order = (expire: string) => orderSchema.parse({ myorder: { order_id: "20604301", data: [{ expire, customer_price: "1" }] } }).myorder;

  it("the expire countdown is minutes while it could be a flight hold", () => {
    expect(orderDeadline(order("90"), now, "Asia/Jakarta")).toEqual({ at: "2027-01-19T11:30:00.000Z", fromWire: true });
  });

  it("a countdown longer than a day of minutes is read as seconds (the earlier deadline: never a late reminder)", () => {
    expect(orderDeadline(order("3600"), now, "Asia/Jakarta")).toEqual({ at: "2027-01-19T11:00:00.000Z", fromWire: true });
  });

  it("order_expire_datetime wins over the countdown", () => {
    const o = orderSchema.parse({ myorder: { order_id: "20604301", order_expire_datetime: "2027-01-19 18:30:00", data: [{ expire: "3600" }] } }).myorder;
    expect(Date.parse(orderDeadline(o, now, "Asia/Jakarta").at)).toBe(Date.parse("2027-01-19T11:30:00.000Z"));
  });
});
