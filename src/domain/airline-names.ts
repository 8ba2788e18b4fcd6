/**
 * Airlines as agents and their customers know them. Providers spell the same carrier differently
 * (MMBC "Lion Air", tiket.com "LION" in search and "Lion" in the cart), so one flow showed three names
 * for one flight, on customer cards too. Known carriers get one name by their IATA code; any other
 * name shouted in capitals is written in title case.
 */
const BY_CODE: Record<string, string> = {
  JT: "Lion Air", ID: "Batik Air", IW: "Wings Air", IU: "Super Air Jet", QG: "Citilink", GA: "Garuda Indonesia",
  SJ: "Sriwijaya Air", IN: "NAM Air", QZ: "Indonesia AirAsia", "8B": "TransNusa", IP: "Pelita Air", XN: "Xpress Air",
  AK: "AirAsia", D7: "AirAsia X", OD: "Batik Air Malaysia", SL: "Thai Lion Air", SQ: "Singapore Airlines", TR: "Scoot",
  MH: "Malaysia Airlines", "3K": "Jetstar Asia", JQ: "Jetstar", QF: "Qantas", SV: "Saudia", EK: "Emirates", QR: "Qatar Airways",
  TK: "Turkish Airlines", CX: "Cathay Pacific", KE: "Korean Air", JL: "Japan Airlines", NH: "ANA", TG: "Thai Airways",
  VN: "Vietnam Airlines", PR: "Philippine Airlines", EY: "Etihad Airways",
};

export function airlineDisplayName(code: string, providerName: string): string {
  const known = Object.hasOwn(BY_CODE, code.toUpperCase()) ? BY_CODE[code.toUpperCase()] : undefined;
  if (known) return known;
  const name = providerName.trim();
  // "CITILINK", "MY AIRLINE" → "Citilink", "My Airline"; mixed case ("flyDubai") is the carrier's own.
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : name;
}

/** An airline's IATA code agents type ("GA", "8B"): one the bot knows by name. */
export function isKnownAirlineCode(code: string): boolean {
  return Object.hasOwn(BY_CODE, code.toUpperCase());
}
