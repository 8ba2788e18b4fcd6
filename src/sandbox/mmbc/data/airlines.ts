import type { PerAirlineEndpoint } from "../types.js";

const CDN = "https://da8hvrloj7e7d.cloudfront.net/imageResource/2015/12/17/";
// Only these logo URLs appear in the v5.0 document; every other carrier reuses its generic logo.
const GENERIC_LOGO = `${CDN}1450350710653-f522e35b03adb20da95195584a72713d.png`;
const LION_LOGO = `${CDN}1450349861201-09ec8f298222a73d66e8e96aa3b918f0.png`;
const AIRASIA_LOGO = `${CDN}1450349174390-23151020ad74cd0811255b320fcea754.png`;

export interface AirlineListEntry {
  flight_code: string;
  flight_name: string;
  flight_image: string;
}

const SEED_AIRLINES: [string, string][] = [
  ["9B", "AccessRail"],
  ["KI", "Adam Sky Connection Air"],
  ["JP", "Adria Airways"],
  ["A3", "Aegean Airlines"],
  ["RE", "Aer Arann"],
  ["EI", "Aer Lingus"],
  ["EE", "Aero Airlines"],
  ["7L", "Aero Caribbean"],
  ["WV", "Aero Vip (Portugal)"],
];

export interface Carrier {
  code: string;
  name: string;
  image: string;
  perAirline?: PerAirlineEndpoint;
  /** Relative chance of operating a generated domestic / international flight (0 = never). */
  domesticWeight: number;
  internationalWeight: number;
  /** True for small-aircraft carriers that favour thin routes. */
  regional: boolean;
  fareFactor: number;
  baggageKg: number;
  meals: boolean;
  commissionRate: number;
  ticketPrefix: string;
  numberRange: [number, number];
  /** "spaced": `CGK - SUB (08:45 - 10:00)`; "compact": `CGK-SUB (05:00 - 06:30) ` (trailing space). */
  infoStyle: "spaced" | "compact";
  needsDob: boolean;
  /** AirAsia and Citilink issue without ticket numbers ("Confirm"). */
  confirmOnly: boolean;
}

type Row = [
  code: string, name: string, perAirline: PerAirlineEndpoint | undefined, dom: number, intl: number,
  regional: boolean, fare: number, bag: number, meals: boolean, commission: number, prefix: string,
  range: [number, number], style: "spaced" | "compact", dob: boolean, confirm: boolean,
];

const ROWS: Row[] = [
  ["JT", "Lion Air", "getflightLion", 5, 1, false, 0.95, 20, false, 0.012, "990", [100, 999], "compact", false, false],
  ["ID", "Batik Air", "getflightLion", 3, 1, false, 1.25, 20, true, 0.012, "938", [6000, 7999], "compact", false, false],
  ["IW", "Wings Air", "getflightLion", 1.5, 0, true, 0.9, 10, false, 0.012, "513", [1000, 1999], "compact", false, false],
  ["QG", "Citilink", "getflightCitilink", 3, 1, false, 0.95, 20, false, 0.01, "888", [100, 999], "spaced", true, true],
  ["GA", "Garuda Indonesia", undefined, 3, 3, false, 1.5, 20, true, 0.02, "126", [100, 699], "spaced", false, false],
  ["QZ", "AirAsia", "getflightAirasia", 2, 3, false, 0.9, 15, false, 0.01, "807", [7000, 7999], "spaced", true, true],
  ["SJ", "Sriwijaya Air", "getflightSriwijaya", 2, 0, false, 1.0, 20, false, 0.015, "977", [100, 599], "compact", false, false],
  ["IN", "NAM Air", "getflightSriwijaya", 1, 0, true, 0.95, 20, false, 0.015, "977", [600, 999], "compact", false, false],
  ["8B", "TransNusa", "getflightTransnusa", 0.6, 0, true, 1.0, 15, false, 0.015, "872", [100, 699], "compact", false, false],
  ["IL", "Trigana Air", "getflightTrigana", 0.5, 0, true, 1.05, 15, false, 0.015, "766", [200, 399], "compact", false, false],
  ["XN", "Xpress Air", "getflightXpress", 0.5, 0, true, 1.05, 15, false, 0.015, "318", [100, 399], "compact", false, false],
  ["KD", "Kalstar", "getflightKalstar", 0.5, 0, true, 1.0, 15, false, 0.015, "688", [600, 799], "compact", false, false],
  ["MV", "Aviastar", "getflightAviastar", 0.3, 0, true, 1.1, 10, false, 0.015, "654", [100, 199], "compact", false, false],
  ["JQ", "Jetstar", "getflightJetstar", 0, 2, false, 1.0, 20, false, 0.01, "041", [100, 299], "spaced", true, false],
  ["TR", "Tiger Air", "getflightTiger", 0, 2, false, 0.95, 20, false, 0.01, "608", [200, 299], "compact", false, false],
  ["OD", "Malindo Air", undefined, 0, 2, false, 1.1, 30, true, 0.012, "816", [300, 399], "compact", false, false],
  ["SL", "Thai Lion Air", undefined, 0, 1, false, 1.0, 20, false, 0.012, "310", [100, 299], "compact", false, false],
];

export const CARRIERS: readonly Carrier[] = ROWS.map(
  ([code, name, perAirline, dom, intl, regional, fare, bag, meals, commission, prefix, range, style, dob, confirm]) => ({
    code,
    name,
    image: code === "JT" ? LION_LOGO : code === "QZ" ? AIRASIA_LOGO : GENERIC_LOGO,
    ...(perAirline ? { perAirline } : {}),
    domesticWeight: dom,
    internationalWeight: intl,
    regional,
    fareFactor: fare,
    baggageKg: bag,
    meals,
    commissionRate: commission,
    ticketPrefix: prefix,
    numberRange: range,
    infoStyle: style,
    needsDob: dob,
    confirmOnly: confirm,
  }),
);

const BY_CODE = new Map(CARRIERS.map((c) => [c.code, c]));

export function findCarrier(code: string): Carrier | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export const AIRLINE_LIST: readonly AirlineListEntry[] = [
  ...SEED_AIRLINES.map(([flight_code, flight_name]) => ({ flight_code, flight_name, flight_image: GENERIC_LOGO })),
  ...CARRIERS.map((c) => ({ flight_code: c.code, flight_name: c.name, flight_image: c.image })),
];
