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
 * The seed's MMBC city list: Indonesian airports, but not all of them (it stops at "Solo"). Whether a
 * route is international is decided by country (airport-countries.ts), not by this list alone.
 */
export const DOMESTIC_AIRPORTS: ReadonlySet<string> = new Set(
  ("CGK SUB DPS UPG BPN JOG SRG BTH PKU ARD AMQ ABU BTJ TKG BDO BDJ BWX BUW BKS BEJ BIK BMU WUB ENE FKQ GTO GNS " +
    "HLP DJB DJJ KBU KNG KDI KTG KOE LBJ LAH LKA LSW LOP LUW MLG MJU MDC MKW MOF KNO MNA MKQ MEQ NBX NTX NNX PDG " +
    "PKY PLM PLW NSW PGK PKN PUM PNK PSJ RTG SRI SMQ FLZ DTB SOC YIA KJT TJQ TNJ").split(" "),
);
