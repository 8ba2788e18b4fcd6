import { ProviderError } from "../../domain/errors.js";
import type { FlightOffer, Quote } from "../../domain/flight.js";
import { totalPax, type PassengerRequirements, type PaxCount } from "../../domain/passenger.js";
import type { z } from "zod";
import { requiredField, type flightDataSchema } from "./wire-schemas.js";

type FlightData = z.output<typeof flightDataSchema>;

/** The add-order parameter names get_flight_data lists as mandatory (separators are UI headings, not fields). */
export function mandatoryFields(required: FlightData["required"]): string[] {
  if (!required || Array.isArray(required)) return [];
  return Object.entries(required)
    .filter(([, value]) => {
      const f = requiredField.safeParse(value);
      if (!f.success || f.data.category === "separator") return false;
      return f.data.mandatory === undefined || ["1", "true"].includes(String(f.data.mandatory));
    })
    .map(([name]) => name);
}

/** add-order fields the adapter fills (order-form.ts): the contact, each passenger's, and Lion Air's captcha. */
const FILLED = [
  /^con(Salutation|FirstName|LastName|Phone|OtherPhone|EmailAddress)$/i,
  /^(title|firstname|lastname|birthdate|id|parent|passportno|passportExpiryDate|passportissueddate|passportissuing|passportnationality)[aci]\d+$/i,
  /^(lioncaptcha|lionsessionid)$/i,
];

/** Mandatory fields the adapter can't fill (a checked-baggage choice, anything new), by the provider's own label where it gives one. */
export function unfillable(required: FlightData["required"], fields: readonly string[]): string[] {
  const label = (name: string) => {
    const value = required && !Array.isArray(required) ? (required as Record<string, unknown>)[name] : undefined;
    const text = value && typeof value === "object" && "FieldText" in value ? String((value as { FieldText: unknown }).FieldText ?? "") : "";
    return text.trim() || name;
  };
  return [...new Set(fields.filter((f) => !FILLED.some((re) => re.test(f))).map(label))];
}

const TYPE_LETTER = { a: "adult", c: "child", i: "infant" } as const;

/**
 * The titles `required` lists for each passenger type (`titlea1`, `titlec1`, `titlei1` comboboxes with an
 * inline `resource`): the docs say children are Mstr/Miss while their example offers Ms, so what the
 * flight itself lists is what add-order is sent.
 */
export function titlesFrom(required: FlightData["required"]): Quote["titles"] {
  if (!required || Array.isArray(required)) return undefined;
  const out: NonNullable<Quote["titles"]> = {};
  for (const [name, value] of Object.entries(required as Record<string, unknown>)) {
    const m = /^title([aci])1$/i.exec(name);
    const resource = value && typeof value === "object" ? (value as { resource?: unknown }).resource : undefined;
    if (!m || !Array.isArray(resource)) continue;
    const ids = resource.map((r) => (r && typeof r === "object" ? String((r as { id?: unknown }).id ?? "") : "")).filter(Boolean);
    if (ids.length > 0) out[TYPE_LETTER[m[1]!.toLowerCase() as "a" | "c" | "i"]] = ids;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What to ask per passenger, read from the field names (`birthdatea1`, `ida1`, `passportnoa1`, …). */
export function needsFrom(fields: readonly string[], needBaggage: boolean): PassengerRequirements {
  const any = (re: RegExp) => fields.some((f) => re.test(f));
  return {
    birthDate: any(/^birthdate[aci]\d+$/i),
    passport: any(/^passport(no|expirydate)[aci]\d+$/i),
    baggage: needBaggage || any(/checkinbaggage[aci]\d+$/i),
    idNumber: any(/^id[aci]\d+$/i),
    // The issuing country is sent as the passport's nationality, so a flight listing either asks it.
    nationality: any(/^passport(nationality|issuing)[aci]\d+$/i),
    passportIssued: any(/^passportissueddate[aci]\d+$/i),
    passportIssuing: any(/^passportissuing[aci]\d+$/i),
  };
}

function legsOf(infos: FlightData["departures"]["flight_infos"]) {
  return infos && typeof infos === "object" && !Array.isArray(infos) ? infos.flight_info : [];
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === "1" || v === "true";
}

/**
 * The live price for the party. The API prices each passenger type; tax is included and not split
 * out, so `tax` is 0 and `baseFare` is the total. Child and infant prices exist only when the search
 * asked for them (spec §4), and the docs' own example prices the ones not asked at "0.00": a price of
 * nothing for a passenger of the party is no price (never a free seat), and the party must search again.
 * Adults too: a fare of 0 is no airline's. The party priced was checked by primeCart (party-echo.ts).
 */
export function toQuote(wire: FlightData, offer: FlightOffer, pax: PaxCount): Quote {
  const d = wire.departures;
  const adult = d.price_adult ?? d.price_value;
  const parts: [number, number | undefined][] = [[pax.adult, adult], [pax.child, d.price_child], [pax.infant, d.price_infant]];
  if (parts.some(([n, price]) => n > 0 && !(price !== undefined && price > 0))) {
    throw new ProviderError("upstream", "the price for this party is missing: search again with the same passengers", { endpoint: "flight_api/get_flight_data" });
  }
  const total = parts.reduce((sum, [n, price]) => sum + n * (price ?? 0), 0);
  const fields = mandatoryFields(wire.required);
  // The API has no seat count: a successful re-price means the party's seats are there, no more is known.
  const seats = totalPax(pax);
  return {
    // The offer stays as searched, so the caller can show how far the price moved.
    offer,
    pax,
    seatsLeft: seats,
    baseFare: total,
    tax: 0,
    total,
    each: { adult, child: d.price_child, infant: d.price_infant },
    flightClass: d.flight_class ?? legsOf(d.flight_infos)[0]?.class,
    // add-order requires every adult's birth date from v2 on (spec §6) whether or not `required` lists it:
    // asking it always is right under either reading, and an order refused for it is worse than a question.
    needs: { ...needsFrom(fields, truthy(d.need_baggage)), birthDate: true },
    ...unsupportedOf(wire.required, fields),
    ...(titlesFrom(wire.required) && { titles: titlesFrom(wire.required) }),
  };
}

function unsupportedOf(required: FlightData["required"], fields: readonly string[]): Pick<Quote, "unsupported"> {
  const names = unfillable(required, fields);
  return names.length > 0 ? { unsupported: names } : {};
}

/** Lion Air asks for a captcha at add-order; other airlines never do. */
export function isLionAir(offer: FlightOffer, fields: readonly string[]): boolean {
  return offer.airlineCode === "JT" || /\blion\b/i.test(offer.airlineName) || fields.some((f) => /lioncaptcha/i.test(f));
}
