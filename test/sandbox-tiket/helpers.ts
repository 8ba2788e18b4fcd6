import { startTiketSandbox, type TiketSandbox, type TiketSandboxOptions } from "../../src/sandbox/tiket/index.js";
import { isoDateInZone } from "../../src/sandbox/tiket/wire/format.js";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Params = Record<string, string | number>;

const DAY = 86_400_000;

/** yyyy-mm-dd, `days` after `from`, in WIB. */
export function dateAhead(days: number, from = Date.now()): string {
  return isoDateInZone(from + days * DAY, "Asia/Jakarta");
}

/** A sandbox whose searches are complete at once unless a test asks otherwise. */
export function withSandbox(options: TiketSandboxOptions = {}): Promise<TiketSandbox> {
  return startTiketSandbox({ searchRefreshMs: 0, ...options });
}

export interface Client {
  sandbox: TiketSandbox;
  ua: string;
  get(path: string, params?: Params, headers?: Record<string, string>): Promise<Response>;
  json(path: string, params?: Params): Promise<Json>;
  token(): Promise<string>;
  /**
   * Token plus search, then get_flight_data on the flight found (unless `price: false`): add-order takes
   * only a flight priced on its own token. Returns the token, the flight and the search date.
   */
  findFlight(opts: FindOptions): Promise<{ token: string; flight: Json; date: string }>;
}

export interface FindOptions {
  from: string;
  to: string;
  airline?: string;
  notAirline?: string;
  adult?: number;
  child?: number;
  infant?: number;
  startDays?: number;
  token?: string;
  /** get_flight_data on the flight found, with the same token (default true). */
  price?: boolean;
}

export function client(sandbox: TiketSandbox): Client {
  const { businessId, businessName } = sandbox.credentials;
  const ua = `twh:${businessId};${businessName};`;
  const get = (path: string, params: Params = {}, headers: Record<string, string> = { "user-agent": ua }) => {
    const url = new URL(sandbox.origin + path);
    for (const [k, v] of Object.entries({ output: "json", ...params })) url.searchParams.set(k, String(v));
    return fetch(url, { headers });
  };
  const json = async (path: string, params: Params = {}) => (await (await get(path, params)).json()) as Json;
  const token = async () => {
    const body = await json("/apiv1/payexpress", { method: "getToken", secretkey: sandbox.credentials.secretKey });
    return body.token as string;
  };
  const findFlight = async (o: FindOptions) => {
    const t = o.token ?? (await token());
    for (let d = o.startDays ?? 20; d < (o.startDays ?? 20) + 40; d++) {
      const date = dateAhead(d);
      const s = await json("/search/flight", {
        d: o.from, a: o.to, date, adult: o.adult ?? 1, child: o.child ?? 0, infant: o.infant ?? 0, v: 3, token: t,
      });
      const flights = (s.departures?.result ?? []) as Json[];
      const flight = flights.find((f) =>
        (!o.airline || f.airlines_name === o.airline) && (!o.notAirline || f.airlines_name !== o.notAirline));
      if (!flight) continue;
      if (o.price !== false) {
        const priced = await json("/flight_api/get_flight_data", { flight_id: flight.flight_id, date, token: t });
        if (priced.diagnostic.status !== 200) throw new Error(`get_flight_data failed: ${priced.diagnostic.error_msgs}`);
      }
      return { token: t, flight, date };
    }
    throw new Error(`no ${o.airline ?? "suitable"} flight ${o.from}-${o.to}`);
  };
  return { sandbox, ua, get, json, token, findFlight };
}

export interface PartySpec {
  adult?: number;
  child?: number;
  infant?: number;
  international?: boolean;
}

/** Realistic contact and passengers for add-order (ages fit a flight within the next months). */
export function orderParams(flightId: string, p: PartySpec = {}, extra: Params = {}): Params {
  const adult = p.adult ?? 1;
  const child = p.child ?? 0;
  const infant = p.infant ?? 0;
  const year = new Date().getUTCFullYear();
  const out: Params = {
    flight_id: flightId, adult, child, infant,
    conSalutation: "Mrs", conFirstName: "Siti", conLastName: "Rahayu", conPhone: "+6281234567890",
    conEmailAddress: "siti.rahayu@example.co.id",
  };
  const firstNames = ["Budi", "Siti", "Agus", "Dewi", "Joko", "Rina"];
  for (let n = 1; n <= adult; n++) {
    Object.assign(out, {
      [`titlea${n}`]: n % 2 ? "Mr" : "Mrs", [`firstnamea${n}`]: firstNames[n - 1] ?? "Andi", [`lastnamea${n}`]: "Santoso",
      [`ida${n}`]: `31740923029000${n}0`, [`birthdatea${n}`]: `${year - 30 - n}-03-1${n}`,
    });
  }
  for (let n = 1; n <= child; n++) {
    Object.assign(out, {
      [`titlec${n}`]: "Miss", [`firstnamec${n}`]: `Putri ${"ABCDEF"[n - 1] ?? ""}`.trim(), [`lastnamec${n}`]: "Santoso",
      [`birthdatec${n}`]: `${year - 7}-05-0${n}`,
    });
  }
  for (let n = 1; n <= infant; n++) {
    const born = new Date(Date.now() - (200 + n) * 86_400_000).toISOString().slice(0, 10);
    Object.assign(out, {
      [`titlei${n}`]: "Mstr", [`firstnamei${n}`]: "Adi", [`lastnamei${n}`]: `Santoso${"abcdef"[n - 1] ?? ""}`,
      [`birthdatei${n}`]: born, [`parenti${n}`]: n,
    });
  }
  if (p.international) {
    const kinds: [string, number][] = [["a", adult], ["c", child], ["i", infant]];
    for (const [letter, count] of kinds) {
      for (let n = 1; n <= count; n++) {
        Object.assign(out, {
          [`passportno${letter}${n}`]: `B${letter.toUpperCase()}12345${n}`, [`passportExpiryDate${letter}${n}`]: `${year + 6}-01-01`,
          [`passportissueddate${letter}${n}`]: `${year - 2}-01-01`, [`passportissuing${letter}${n}`]: "id",
          [`passportnationality${letter}${n}`]: "id",
        });
      }
    }
  }
  return { ...out, ...extra };
}

/** add-order → view → checkout page → customer; returns the order id. */
export async function cartReadyToPay(c: Client, token: string, flightId: string, party: PartySpec = {}): Promise<string> {
  const add = await c.json("/order/add/flight", { token, ...orderParams(flightId, party) });
  if (add.diagnostic.status !== 200) throw new Error(`add-order failed: ${add.diagnostic.error_msgs}`);
  const order = await c.json("/order", { token });
  const orderId = order.myorder.order_id as string;
  await c.json(`/order/checkout/${orderId}/IDR`, { token });
  const customer = await c.json("/checkout/checkout_customer", {
    token, salutation: "Mrs", firstName: "Siti", lastName: "Rahayu", emailAddress: "siti.rahayu@example.co.id",
    phone: "+6281234567890", saveContinue: 2,
  });
  if (customer.diagnostic.status !== 200) throw new Error(`checkout_customer failed: ${customer.diagnostic.error_msgs}`);
  return orderId;
}

export function partnerParams(c: Client): Params {
  const { secretKey, confirmKey, username } = c.sandbox.credentials;
  return { secretkey: secretKey, confirmkey: confirmKey, username };
}

export async function confirmDeposit(c: Client, orderId: string): Promise<Json> {
  return c.json("/partner/transactionApi/confirmPayment", {
    order_id: orderId, ...partnerParams(c), textarea_note: "deposit agen", tanggal: dateAhead(0),
  });
}
