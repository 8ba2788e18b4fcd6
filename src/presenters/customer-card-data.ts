import { z } from "zod";
import { PROVIDER_IDS, type ProviderId } from "../domain/flight.js";

/**
 * Callback data of the customer card buttons, `cust:<kind>:…`, at most ~40 bytes:
 * - `cust:l:<sid>:<page>:<sel>` opens the flight picker for a search (a new message),
 * - `cust:s:<sid>:<page>:<sel>` redraws the picker (a tap on a flight or a page),
 * - `cust:c:<sid>:<sel>` makes the card of the selected flights (search fares),
 * - `cust:q:<sid>:<index>` re-prices one flight live and makes its card,
 * - `cust:b:<provider>:<code>` makes a booking's card,
 * - `cust:n` does nothing (the picker's page number).
 * `sel` is `-` or up to three offer indices joined by dots. Anything else is refused on arrival.
 */
export type CustomerCardAction =
  | { kind: "pick"; redraw: boolean; sid: string; page: number; selected: number[] }
  | { kind: "offers"; sid: string; selected: number[] }
  | { kind: "quote"; sid: string; index: number }
  | { kind: "booking"; provider: ProviderId; code: string }
  | { kind: "noop" };

const sid = z.string().regex(/^[\w-]{1,16}$/);
const index = z.string().regex(/^\d{1,3}$/).transform(Number);
const selection = z
  .string()
  .regex(/^(-|\d{1,3}(\.\d{1,3}){0,3})$/)
  .transform((s) => (s === "-" ? [] : s.split(".").map(Number)))
  .refine((ids) => new Set(ids).size === ids.length);

const schema = z.union([
  z.tuple([z.literal("cust"), z.literal("n")]).transform(() => ({ kind: "noop" as const })),
  z.tuple([z.literal("cust"), z.enum(["l", "s"]), sid, index, selection]).transform(([, k, s, page, selected]) => ({ kind: "pick" as const, redraw: k === "s", sid: s, page, selected })),
  z.tuple([z.literal("cust"), z.literal("c"), sid, selection.refine((ids) => ids.length > 0)]).transform(([, , s, selected]) => ({ kind: "offers" as const, sid: s, selected })),
  z.tuple([z.literal("cust"), z.literal("q"), sid, index]).transform(([, , s, i]) => ({ kind: "quote" as const, sid: s, index: i })),
  z.tuple([z.literal("cust"), z.literal("b"), z.enum(PROVIDER_IDS), z.string().regex(/^[A-Z0-9]{4,12}$/)]).transform(([, , provider, code]) => ({ kind: "booking" as const, provider, code })),
]);

export function parseCustomerCardData(data: string): CustomerCardAction | undefined {
  if (data.length > 64) return undefined;
  const parsed = schema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : undefined;
}

const sel = (selected: readonly number[]) => (selected.length ? selected.join(".") : "-");

export const customerCardData = {
  noop: "cust:n",
  /** The button on a results list: opens the picker. */
  results: (searchId: string) => `cust:l:${searchId}:0:-`,
  pick: (searchId: string, page: number, selected: readonly number[]) => `cust:s:${searchId}:${page}:${sel(selected)}`,
  offers: (searchId: string, selected: readonly number[]) => `cust:c:${searchId}:${sel(selected)}`,
  quote: (searchId: string, i: number) => `cust:q:${searchId}:${i}`,
  booking: (provider: ProviderId, code: string) => `cust:b:${provider}:${code}`,
};
