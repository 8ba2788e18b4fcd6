import { AIRPORT_ALIASES } from "./airport-aliases.js";
import { DOMESTIC_AIRPORTS } from "./airport.js";
import { airportZone } from "./airport-zones.js";

/**
 * Which country an airport is in, from what the app already knows of airports: the seed's city list
 * (DOMESTIC_AIRPORTS), the Indonesian zones (WITA, WIT: airport-zones.ts), the Indonesian part of the
 * alias table, and the airports below. The seed's list is alphabetical and stops at "Solo", so on its
 * own it left out Sorong, Ternate, Tarakan, Timika, Waingapu…, whose KTP-holding passengers were then
 * asked for passports. Listed here: every Indonesian airport with scheduled flights (IATA codes),
 * Western Indonesia's (WIB) above all, since the zone table leaves those out as the bot's own zone.
 */
const MORE_INDONESIAN =
  // Sumatra, Riau and Bangka-Belitung
  "KNO SBG TXE MEQ TPK LSW GNS FLZ DTB AEG SIW PDG RKI PKU DUM RGT PPR TJB SIQ MWK NTX LMU BTH TNJ DJB KRC BUU BKS MPC " +
  "PLM LLJ PXA PDO TKG PGK TJQ " +
  // Java
  "CGK HLP PCB BDO KJT CBN TSY CXP PWL SRG SOC YIA JOG CPF KWB SUB MLG JBB BWX SUP DHX " +
  // West and Central Kalimantan
  "PNK KTG SQG NPO PSU PKN PKY SMQ " +
  // Nusa Tenggara, Sulawesi, Maluku, Papua not already in the zone table
  "LWE BJW LLO SQR KSR TTR NDA AHI GEB NTI BXB ZRM LII WET";

const INDONESIAN: ReadonlySet<string> = new Set([
  ...DOMESTIC_AIRPORTS,
  ...MORE_INDONESIAN.split(" "),
  ...indonesianAliases(),
]);

/** The alias table lists Indonesia's airports first, then "Abroad" from Singapore on. */
function indonesianAliases(): string[] {
  const abroad = AIRPORT_ALIASES.findIndex((a) => a.code === "SIN");
  return AIRPORT_ALIASES.slice(0, abroad < 0 ? 0 : abroad).map((a) => a.code);
}

const INDONESIAN_ZONES = new Set(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]);

/** Whether an airport (IATA code) is known to be in Indonesia. */
export function isIndonesianAirport(code: string): boolean {
  const c = code.trim().toUpperCase();
  if (INDONESIAN.has(c)) return true;
  const zone = airportZone(c);
  return zone !== undefined && INDONESIAN_ZONES.has(zone);
}

/**
 * A route is domestic only when both ends are known Indonesian airports. An airport we know nothing of
 * counts as abroad: asking a passport once too often costs the agent a question, while booking an
 * international flight without one has the airline refuse the passenger at check-in.
 */
export function isInternationalRoute(from: string, to: string): boolean {
  return !isIndonesianAirport(from) || !isIndonesianAirport(to);
}
