/**
 * Carriers of the sandbox. Search answers `airlines_name` in capitals ("CITILINK", "LION"), the cart
 * and vouchers use the short name ("Lion (JT-568 - Depart)"), as in the docs' examples.
 *
 * Decisions on unverified points:
 * - Only Lion Air (JT) needs the Lion captcha (the docs tie it to "Lion airlines" only).
 * - Citilink issues without a voucher link: check_order gives no print_uri, the e-ticket is "sent by
 *   e-mail" only. Every other carrier gets a PDF voucher link.
 * - AirAsia answers need_baggage 1 (as in the docs' example) but baggage fields are never required.
 */
export interface Carrier {
  code: string;
  /** Search / check_order `airlines_name`. */
  searchName: string;
  /** Cart `airlines_name` and `order_name_detail`. */
  cartName: string;
  /** Newer `/order` data's `uri`. */
  slug: string;
  image: string;
  domesticWeight: number;
  internationalWeight: number;
  regional: boolean;
  fareFactor: number;
  baggageKg: number;
  meals: boolean;
  needBaggage: 0 | 1;
  needsCaptcha: boolean;
  /** No voucher link; the e-ticket is only e-mailed. */
  voucherByEmailOnly: boolean;
  ticketPrefix: string;
  numberRange: [number, number];
}

type Row = [
  code: string, search: string, cart: string, slug: string, dom: number, intl: number, regional: boolean,
  fare: number, bag: number, meals: boolean, prefix: string, range: [number, number],
];

const ROWS: Row[] = [
  ["JT", "LION", "Lion", "lion", 5, 1, false, 0.95, 20, false, "990", [10, 999]],
  ["ID", "BATIK", "Batik", "batik", 3, 1, false, 1.25, 20, true, "938", [6000, 7999]],
  ["IW", "WINGS", "Wings", "wings", 1.5, 0, true, 0.9, 10, false, "513", [1000, 1999]],
  ["QG", "CITILINK", "Citilink", "citilink", 3, 1, false, 0.95, 20, false, "888", [100, 999]],
  ["GA", "GARUDA", "Garuda", "garuda", 3, 3, false, 1.5, 20, true, "126", [100, 699]],
  ["QZ", "AIRASIA", "AirAsia", "airasia", 2, 3, false, 0.9, 15, false, "807", [7000, 7999]],
  ["SJ", "SRIWIJAYA", "Sriwijaya", "sriwijaya", 2, 0, false, 1.0, 20, false, "977", [100, 599]],
  ["IN", "NAM AIR", "NAM Air", "namair", 1, 0, true, 0.95, 20, false, "977", [600, 999]],
  ["8B", "TRANSNUSA", "TransNusa", "transnusa", 0.6, 0, true, 1.0, 15, false, "872", [100, 699]],
  ["SQ", "SINGAPORE AIRLINES", "Singapore Airlines", "singaporeairlines", 0, 2, false, 1.7, 30, true, "618", [100, 999]],
  ["MH", "MALAYSIA AIRLINES", "Malaysia Airlines", "malaysiaairlines", 0, 1.5, false, 1.4, 30, true, "232", [700, 899]],
];

export const CARRIERS: readonly Carrier[] = ROWS.map(
  ([code, searchName, cartName, slug, dom, intl, regional, fare, bag, meals, prefix, range]) => ({
    code,
    searchName,
    cartName,
    slug,
    image: `http://www.tiket.com/images/tiket2/icon_${slug}_2.jpg`,
    domesticWeight: dom,
    internationalWeight: intl,
    regional,
    fareFactor: fare,
    baggageKg: bag,
    meals,
    needBaggage: code === "QZ" ? 1 : 0,
    needsCaptcha: code === "JT",
    voucherByEmailOnly: code === "QG",
    ticketPrefix: prefix,
    numberRange: range,
  }),
);

const BY_CODE = new Map(CARRIERS.map((c) => [c.code, c]));

export function findCarrier(code: string): Carrier | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** "JT-568", "jt 568", "JT568" → "JT568". */
export function normalizeFlightNumber(text: string): string {
  return text.replace(/[\s-]/g, "").toUpperCase();
}
