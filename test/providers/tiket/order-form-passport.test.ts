import { describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { ProviderError } from "../../../src/domain/errors.js";
import { addOrderParams } from "../../../src/providers/tiket/order-form.js";

const abroad: BookingRequest = {
  provider: "tiket", offerRef: "2490729", flightCode: "QG-660", from: "CGK", to: "SIN", date: "2027-08-04",
  pax: { adult: 1, child: 0, infant: 0 },
  passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso", birthDate: "1980-01-01", passport: { number: "A1234567", expiry: "2030-05-01" }, nationality: "id" }],
  contact: { email: "budi@example.com", phone: "+6281234567890" },
};
const needs = { birthDate: true, passport: true, baggage: false, nationality: true };

describe("add-order sends passport issue data only when the flight lists it, and only as typed (spec §6)", () => {
  it("a flight that does not list them gets neither an issue date (none made up from the expiry) nor an issuing country", () => {
    for (const r of [abroad, { ...abroad, needs }]) {
      const params = addOrderParams(r, "tok");
      expect(params).toMatchObject({ passportnoa1: "A1234567", passportExpiryDatea1: "2030-05-01", passportnationalitya1: "id" });
      expect(params.passportissueddatea1).toBeUndefined();
      expect(params.passportissuinga1).toBeUndefined();
    }
  });

  it("a flight that lists them gets the typed issue date and the passport's country", () => {
    const r = { ...abroad, needs: { ...needs, passportIssued: true, passportIssuing: true },
      passengers: [{ ...abroad.passengers[0]!, passport: { number: "A1234567", expiry: "2030-05-01", issued: "2022-05-03" } }] };
    expect(addOrderParams(r, "tok")).toMatchObject({ passportissueddatea1: "2022-05-03", passportissuinga1: "id" });
  });

  it("a listed issue date nobody typed is refused before tiket.com is called, not guessed", () => {
    let caught: unknown;
    try {
      addOrderParams({ ...abroad, needs: { ...needs, passportIssued: true } }, "tok");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ProviderError);
    expect((caught as ProviderError).code).toBe("validation");
    expect(JSON.stringify((caught as ProviderError).messages)).toContain("passportIssued");
  });
});
