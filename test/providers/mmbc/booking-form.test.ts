import { afterAll, describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { ProviderError } from "../../../src/domain/errors.js";
import type { PassengerInput } from "../../../src/domain/passenger.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { json, startCannedServer } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

// An AirAsia flight under a code the adapter does not list (AirAsia India): only its name says AirAsia.
const i5Row = { ...(JSON.parse(SPEC.search) as Record<string, unknown>[])[0], flight: "AirAsia", flight_code: "I5-1530" };
const i5Price = JSON.stringify({ ...(JSON.parse(SPEC.price) as object), flight: "AirAsia", flight_code: "I5-1530", flight_date: "2016-06-08" });
const server = await startCannedServer((req, res) => {
  if (req.path.endsWith("getflights-json")) return json(res, JSON.stringify([i5Row]));
  json(res, req.path.endsWith("getprice-json") ? i5Price : SPEC.booking);
});
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const adult: PassengerInput = { type: "adult", title: "Mr", fullName: "Budi Santoso", birthDate: "1980-01-02" };
const infant: PassengerInput = { type: "infant", title: "Miss", fullName: "Ayu Santoso", birthDate: "2025-06-01" };
const request = (patch: Partial<BookingRequest>): BookingRequest => ({
  provider: "mmbc", offerRef: "x", flightCode: "QZ-7682", from: "CGK", to: "SUB", date: "2026-03-20",
  pax: { adult: 1, child: 0, infant: 1 }, passengers: [adult, infant], contact: { email: "b@example.com", phone: "081234567890" },
  ...patch,
});

/** Books and returns the form the adapter sent. */
async function sentForm(r: BookingRequest): Promise<Record<string, string>> {
  await provider.book(r);
  return Object.fromEntries(new URLSearchParams(server.requests.at(-1)!.body));
}

describe("postbooking-json: AirAsia and JetStar fields by airline, not one code", () => {
  it.each(["AK-381", "XT-8", "D7-505", "FD-396", "3K-202", "GK-51"])("%s gets dateofbirth and baggagevolume", async (flightCode) => {
    const form = await sentForm(request({ flightCode }));
    expect(form).toMatchObject({ dateofbirth: "02-01-1980:01-06-2025", baggagevolume: "0 Kg:0 Kg" });
  });

  it("an unknown code named AirAsia (the offer's airline name) gets them too", async () => {
    const form = await sentForm(request({ flightCode: "ZZ-123", airlineName: "AirAsia" }));
    expect(form).toMatchObject({ dateofbirth: "02-01-1980:01-06-2025", baggagevolume: "0 Kg:0 Kg" });
  });

  it("a searched AirAsia flight asks the agent for birth dates and baggage, and books with them", async () => {
    const [offer] = await provider.search({ from: "CGK", to: "SUB", date: "2016-06-08", pax: { adult: 1, child: 0, infant: 0 } });
    expect((await provider.quote(offer!, { adult: 1, child: 0, infant: 0 })).needs).toMatchObject({ birthDate: true, baggage: true });
    const form = await sentForm(request({ flightCode: offer!.flightCode, airlineName: offer!.airlineName }));
    expect(form).toMatchObject({ dateofbirth: "02-01-1980:01-06-2025", baggagevolume: "0 Kg:0 Kg" });
  });

  it("refuses before sending when an AirAsia passenger lacks a birth date", async () => {
    const before = server.requests.length;
    const err = await provider.book(request({ flightCode: "AK-381", passengers: [{ ...adult, birthDate: undefined }, infant] })).catch((e: unknown) => e);
    expect((err as ProviderError).code).toBe("validation");
    expect(server.requests.length).toBe(before);
  });
});

describe("postbooking-json: the contact phone as the seed writes it, digits only", () => {
  it.each([
    ["081234567890", "081234567890"],
    ["+6591234567", "6591234567"],
    ["+966 50-123 4567", "966501234567"],
  ])("%s is sent as %s", async (typed, sent) => {
    expect((await sentForm(request({ contact: { email: "b@example.com", phone: typed } }))).phone).toBe(sent);
  });

  it("a phone with no digits is refused before sending", async () => {
    const before = server.requests.length;
    const err = await provider.book(request({ contact: { email: "b@example.com", phone: "+" } })).catch((e: unknown) => e);
    expect((err as ProviderError).code).toBe("validation");
    expect(server.requests.length).toBe(before);
  });
});

describe("postbooking-json: no paid baggage nobody asked for", () => {
  it("sends 0 Kg for every passenger by default, infants included", async () => {
    const form = await sentForm(request({ pax: { adult: 2, child: 1, infant: 1 }, passengers: [adult, { ...adult, title: "Mrs", fullName: "Siti Aminah" }, { type: "child", title: "Mstr", fullName: "Adi Santoso", birthDate: "2018-01-01" }, infant] }));
    expect(form.baggagevolume).toBe("0 Kg:0 Kg:0 Kg:0 Kg");
  });

  it("sends the weight the agent chose, but never paid baggage for an infant", async () => {
    const form = await sentForm(request({ passengers: [{ ...adult, baggage: "20 kg" }, { ...infant, baggage: "20 Kg" }] }));
    expect(form.baggagevolume).toBe("20 Kg:0 Kg");
  });

  it("refuses a baggage choice that is not a weight, before sending", async () => {
    const before = server.requests.length;
    const err = await provider.book(request({ passengers: [{ ...adult, baggage: "lots" }, infant] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).code).toBe("validation");
    expect(server.requests.length).toBe(before);
  });

  it("sends no baggagevolume where the airline sells none", async () => {
    const form = await sentForm(request({ flightCode: "JT-690", airlineName: "Lion Air", passengers: [{ ...adult, birthDate: undefined }, infant] }));
    expect(form).not.toHaveProperty("baggagevolume");
  });
});

describe("postbooking-json: birth dates on an airline that doesn't ask them are sent only when every passenger has one", () => {
  const lion = { flightCode: "JT-690", airlineName: "Lion Air" };
  const child: PassengerInput = { type: "child", title: "Mstr", fullName: "Adi Santoso", birthDate: "2018-01-01" };

  it("an infant's alone on an airline that asks no adult's is not sent: never a list with empty places", async () => {
    const form = await sentForm(request({ ...lion, passengers: [{ ...adult, birthDate: undefined }, infant] }));
    expect(form.dateofbirth).toBeUndefined();
    const bare = { ...adult, birthDate: undefined };
    const family = await sentForm(request({ ...lion, pax: { adult: 2, child: 1, infant: 1 }, passengers: [bare, { ...bare, title: "Mrs", fullName: "Siti Aminah" }, child, infant] }));
    expect(family.dateofbirth).toBeUndefined();
  });

  it("every one given, the adult's included", async () => {
    expect((await sentForm(request(lion))).dateofbirth).toBe("02-01-1980:01-06-2025");
  });

  it("none given: no dateofbirth at all", async () => {
    const form = await sentForm(request({ ...lion, pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ ...adult, birthDate: undefined }] }));
    expect(form).not.toHaveProperty("dateofbirth");
  });
});

describe("postbooking-json: names in plain Latin letters", () => {
  it("accents and letters like ø and ß go as airlines spell them; the summary keeps what was typed", async () => {
    const form = await sentForm(request({ passengers: [{ ...adult, fullName: "Jürgen Søren Straße" }, infant] }));
    expect(form.passengername).toBe("Mr. Jurgen Soren Strasse:Miss. Ayu Santoso");
  });
});
