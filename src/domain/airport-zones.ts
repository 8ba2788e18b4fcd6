import { zonedInstant } from "./zoned-time.js";

/**
 * Time zones of airports outside the bot's own zone (WIB by default). Providers print flight times as
 * local airport times (spec), and the bot keeps them as printed, so a 14:05 departure from Jayapura is
 * 14:05 WIT, two hours before 14:05 WIB. Whenever "now" is compared with a departure (what may still
 * be sold or issued), the departure airport's zone decides. Airports not listed are in the bot's zone
 * (all of WIB: Sumatra, Java, West and Central Kalimantan) or too far from the routes sold to matter.
 */
const WITA = "Asia/Makassar";
const WIT = "Asia/Jayapura";
const ZONES: Record<string, string> = {
  // Bali and Nusa Tenggara
  DPS: WITA, LOP: WITA, AMI: WITA, BMU: WITA, SWQ: WITA, LYK: WITA, KOE: WITA, LBJ: WITA, ENE: WITA, MOF: WITA, TMC: WITA, WGP: WITA,
  BJW: WITA, RTG: WITA, ARD: WITA, LKA: WITA, SAU: WITA, ABU: WITA, RTI: WITA,
  // South, East and North Kalimantan
  BDJ: WITA, KBU: WITA, BTW: WITA, BPN: WITA, AAP: WITA, SRI: WITA, BEJ: WITA, TRK: WITA, NNX: WITA, TJS: WITA, LNU: WITA, DTD: WITA, MLK: WITA,
  // Sulawesi
  UPG: WITA, MDC: WITA, PLW: WITA, KDI: WITA, GTO: WITA, LUW: WITA, PSJ: WITA, TLI: WITA, BUW: WITA, WNI: WITA, MJU: WITA, MXB: WITA,
  TTR: WITA, NAH: WITA, MNA: WITA, SQR: WITA, KSR: WITA, RAQ: WITA, PUM: WITA, KXB: WITA, UOL: WITA, BJG: WITA, OTI: WIT,
  // Maluku and North Maluku
  AMQ: WIT, TTE: WIT, LUV: WIT, SXK: WIT, NAM: WIT, GLX: WIT, LAH: WIT, SQN: WIT, KAZ: WIT, DOB: WIT, MAL: WIT,
  // Papua
  DJJ: WIT, BIK: WIT, MKQ: WIT, TIM: WIT, SOQ: WIT, MKW: WIT, NBX: WIT, FKQ: WIT, KNG: WIT, WMX: WIT, ZRI: WIT, RJM: WIT, OKL: WIT,
  BXD: WIT, TMH: WIT, KEQ: WIT, ILA: WIT, EWI: WIT, DEX: WIT, AYW: WIT, TXM: WIT, RDE: WIT, KCD: WIT, ONI: WIT,
  // Abroad, where agents sell most
  SIN: "Asia/Singapore", KUL: "Asia/Kuala_Lumpur", PEN: "Asia/Kuala_Lumpur", JHB: "Asia/Kuala_Lumpur", LGK: "Asia/Kuala_Lumpur",
  BKI: "Asia/Kuching", KCH: "Asia/Kuching", BWN: "Asia/Brunei", MNL: "Asia/Manila", HKG: "Asia/Hong_Kong", MFM: "Asia/Macau",
  TPE: "Asia/Taipei", PEK: "Asia/Shanghai", PKX: "Asia/Shanghai", PVG: "Asia/Shanghai", CAN: "Asia/Shanghai", SZX: "Asia/Shanghai",
  NRT: "Asia/Tokyo", HND: "Asia/Tokyo", KIX: "Asia/Tokyo", ICN: "Asia/Seoul", DIL: "Asia/Dili", PER: "Australia/Perth",
  DRW: "Australia/Darwin", SYD: "Australia/Sydney", MEL: "Australia/Melbourne", BNE: "Australia/Brisbane",
  DEL: "Asia/Kolkata", BOM: "Asia/Kolkata", JED: "Asia/Riyadh", MED: "Asia/Riyadh", RUH: "Asia/Riyadh", DXB: "Asia/Dubai",
  AUH: "Asia/Dubai", DOH: "Asia/Qatar", IST: "Europe/Istanbul", AMS: "Europe/Amsterdam", LHR: "Europe/London",
};

/** The departure airport's zone, when it isn't the bot's own. */
export function airportZone(code: string): string | undefined {
  const key = code.toUpperCase();
  return Object.hasOwn(ZONES, key) ? ZONES[key] : undefined;
}

/**
 * When a flight really leaves (ms): its printed clock read in its departure airport's zone. The
 * stored time carries the bot's zone, so for an airport not listed it is taken as it is.
 */
export function departureInstant(flight: { departsAt: string; from: string }): number {
  const zone = airportZone(flight.from);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(flight.departsAt);
  if (!zone || !m) return Date.parse(flight.departsAt);
  return zonedInstant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), zone);
}

/**
 * Whether a flight printed as leaving at `departs` and landing at `arrives` (local clocks, "hh:mm") on
 * `date` lands the next day: the two clocks compared as instants, each in its own airport's zone
 * (`homeZone` for airports not listed). DPS 07:35 WITA → SUB 07:25 WIB is a 50-minute flight the same
 * day; 22:05 → 00:50 in one zone lands the next.
 */
export function landsNextDay(route: { from: string; to: string }, date: string, departs: string, arrives: string, homeZone: string): boolean {
  const at = (hhmm: string, code: string) => {
    const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
    const [h, mi] = hhmm.split(/[:.]/).map(Number) as [number, number];
    return zonedInstant(y, mo, d, h, mi, airportZone(code) ?? homeZone);
  };
  return at(arrives, route.to) < at(departs, route.from);
}
