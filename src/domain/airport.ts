export interface Airport {
  /** IATA code, upper case. */
  code: string;
  city: string;
}

export interface Airline {
  code: string;
  name: string;
  logoUrl?: string;
}

/**
 * Indonesian airports (the MMBC city list). A route with an end outside this set is international,
 * which is what makes airlines ask for passports.
 */
export const DOMESTIC_AIRPORTS: ReadonlySet<string> = new Set(
  ("CGK SUB DPS UPG BPN JOG SRG BTH PKU ARD AMQ ABU BTJ TKG BDO BDJ BWX BUW BKS BEJ BIK BMU WUB ENE FKQ GTO GNS " +
    "HLP DJB DJJ KBU KNG KDI KTG KOE LBJ LAH LKA LSW LOP LUW MLG MJU MDC MKW MOF KNO MNA MKQ MEQ NBX NTX NNX PDG " +
    "PKY PLM PLW NSW PGK PKN PUM PNK PSJ RTG SRI SMQ FLZ DTB SOC YIA KJT TJQ TNJ").split(" "),
);

export function isInternationalRoute(from: string, to: string): boolean {
  return !DOMESTIC_AIRPORTS.has(from.toUpperCase()) || !DOMESTIC_AIRPORTS.has(to.toUpperCase());
}
