/**
 * What agents call airports, beyond the provider's own city names: cities, abbreviations, airport
 * names, old names ("Ujung Pandang"), islands ("Bali", "Lombok"). Keys are normalized (lower case
 * Latin letters and single spaces). A name that means several airports (a city with two) lists them
 * main airport first; the conversation then offers them as a one-tap choice instead of guessing.
 *
 * Maintained by hand: add a line when agents report a name the bot didn't know. Codes a provider
 * doesn't list are filtered out at match time, so an entry for an airport one provider lacks is
 * harmless (the bot says that airport isn't served instead of guessing a look-alike).
 */
export interface AirportAlias {
  code: string;
  /** How the airport is shown when it is only known from this table: "Tanjung Pinang". */
  city: string;
  names: readonly string[];
}

export const AIRPORT_ALIASES: readonly AirportAlias[] = [
  // Java
  { code: "CGK", city: "Jakarta", names: ["soekarno hatta", "soetta", "cengkareng", "tangerang", "soekarno hatta jakarta", "jakarta cengkareng"] },
  { code: "HLP", city: "Jakarta Halim", names: ["halim", "halim perdanakusuma", "jakarta halim", "halim jakarta"] },
  { code: "SUB", city: "Surabaya", names: ["surabaya", "sby", "juanda", "sidoarjo", "suroboyo"] },
  { code: "BDO", city: "Bandung", names: ["bandung", "bdg", "husein", "husein sastranegara"] },
  { code: "KJT", city: "Kertajati", names: ["kertajati", "majalengka", "bijb"] },
  { code: "SRG", city: "Semarang", names: ["semarang", "smg", "achmad yani", "ahmad yani"] },
  { code: "SOC", city: "Solo", names: ["solo", "surakarta", "adi soemarmo", "adisumarmo", "adi sumarmo", "adisoemarmo"] },
  { code: "YIA", city: "Yogyakarta (YIA)", names: ["yia", "kulon progo", "kulonprogo", "yogyakarta international", "yogyakarta internasional"] },
  { code: "JOG", city: "Yogyakarta (Adisutjipto)", names: ["adisutjipto", "adi sutjipto", "adisucipto", "adi sucipto"] },
  { code: "MLG", city: "Malang", names: ["malang", "abdul rachman saleh", "abd saleh"] },
  { code: "BWX", city: "Banyuwangi", names: ["banyuwangi", "blimbingsari"] },
  // Bali and Nusa Tenggara
  { code: "DPS", city: "Denpasar", names: ["denpasar", "bali", "ngurah rai", "i gusti ngurah rai", "denpasar bali", "bali denpasar", "kuta"] },
  { code: "LOP", city: "Lombok", names: ["lombok", "praya", "mataram", "lombok praya", "zainuddin abdul madjid", "bil"] },
  { code: "LBJ", city: "Labuan Bajo", names: ["labuan bajo", "labuanbajo", "komodo"] },
  { code: "KOE", city: "Kupang", names: ["kupang", "el tari", "eltari"] },
  { code: "BMU", city: "Bima", names: ["bima", "sultan muhammad salahuddin"] },
  { code: "ENE", city: "Ende", names: ["ende"] },
  { code: "MOF", city: "Maumere", names: ["maumere", "frans seda", "wai oti"] },
  // Sumatra and the Riau islands
  { code: "KNO", city: "Medan", names: ["medan", "kualanamu", "kuala namu", "mdn"] },
  { code: "BTH", city: "Batam", names: ["batam", "hang nadim", "hangnadim"] },
  { code: "TNJ", city: "Tanjung Pinang", names: ["tanjung pinang", "tanjungpinang", "tj pinang", "raja haji fisabilillah", "bintan"] },
  { code: "PGK", city: "Pangkal Pinang", names: ["pangkal pinang", "pangkalpinang", "depati amir", "bangka"] },
  { code: "TJQ", city: "Tanjung Pandan", names: ["tanjung pandan", "tanjungpandan", "belitung", "hanandjoeddin"] },
  { code: "PKU", city: "Pekanbaru", names: ["pekanbaru", "pekan baru", "sultan syarif kasim", "ssk"] },
  { code: "PDG", city: "Padang", names: ["padang", "minangkabau"] },
  { code: "PLM", city: "Palembang", names: ["palembang", "plg", "sultan mahmud badaruddin", "smb"] },
  { code: "DJB", city: "Jambi", names: ["jambi", "sultan thaha"] },
  { code: "BKS", city: "Bengkulu", names: ["bengkulu", "fatmawati"] },
  { code: "TKG", city: "Bandar Lampung", names: ["lampung", "bandar lampung", "radin inten", "tanjung karang"] },
  { code: "BTJ", city: "Banda Aceh", names: ["banda aceh", "aceh", "sultan iskandar muda"] },
  { code: "DTB", city: "Silangit", names: ["silangit", "danau toba", "toba", "siborong borong"] },
  // Kalimantan
  { code: "BPN", city: "Balikpapan", names: ["balikpapan", "balik papan", "bpn", "sepinggan", "sultan aji muhammad sulaiman"] },
  { code: "BDJ", city: "Banjarmasin", names: ["banjarmasin", "bjm", "banjarbaru", "syamsudin noor", "syamsuddin noor"] },
  { code: "PNK", city: "Pontianak", names: ["pontianak", "ptk", "supadio"] },
  { code: "PKY", city: "Palangkaraya", names: ["palangkaraya", "palangka raya", "tjilik riwut"] },
  { code: "PKN", city: "Pangkalan Bun", names: ["pangkalan bun", "pangkalanbun"] },
  { code: "SMQ", city: "Sampit", names: ["sampit"] },
  { code: "AAP", city: "Samarinda", names: ["samarinda", "apt pranoto", "aji pangeran tumenggung pranoto"] },
  { code: "SRI", city: "Samarinda", names: ["samarinda", "temindung"] },
  { code: "TRK", city: "Tarakan", names: ["tarakan", "juwata"] },
  { code: "BEJ", city: "Berau", names: ["berau", "tanjung redeb", "kalimarau"] },
  // Sulawesi
  { code: "UPG", city: "Makassar", names: ["makassar", "makasar", "mks", "ujung pandang", "ujungpandang", "sultan hasanuddin", "hasanuddin"] },
  { code: "MDC", city: "Manado", names: ["manado", "menado", "sam ratulangi"] },
  { code: "GTO", city: "Gorontalo", names: ["gorontalo", "jalaluddin"] },
  { code: "PLW", city: "Palu", names: ["palu", "mutiara", "mutiara sis al jufri"] },
  { code: "KDI", city: "Kendari", names: ["kendari", "haluoleo", "halu oleo"] },
  { code: "LUW", city: "Luwuk", names: ["luwuk"] },
  // Maluku and Papua
  { code: "AMQ", city: "Ambon", names: ["ambon", "pattimura"] },
  { code: "TTE", city: "Ternate", names: ["ternate", "sultan babullah"] },
  { code: "DJJ", city: "Jayapura", names: ["jayapura", "sentani"] },
  { code: "TIM", city: "Timika", names: ["timika", "mozes kilangin"] },
  { code: "BIK", city: "Biak", names: ["biak", "frans kaisiepo"] },
  { code: "MKQ", city: "Merauke", names: ["merauke", "mopah"] },
  { code: "SOQ", city: "Sorong", names: ["sorong", "domine eduard osok"] },
  { code: "MKW", city: "Manokwari", names: ["manokwari", "rendani"] },
  // Abroad: where agents sell most (neighbours, umrah, holidays)
  { code: "SIN", city: "Singapore", names: ["singapore", "singapura", "changi", "sg"] },
  { code: "KUL", city: "Kuala Lumpur", names: ["kuala lumpur", "kl", "klia", "klia2"] },
  { code: "PEN", city: "Penang", names: ["penang", "pulau pinang"] },
  { code: "BKI", city: "Kota Kinabalu", names: ["kota kinabalu", "kk"] },
  { code: "JHB", city: "Johor Bahru", names: ["johor bahru", "johor", "senai"] },
  { code: "BKK", city: "Bangkok", names: ["bangkok", "suvarnabhumi"] },
  { code: "DMK", city: "Bangkok Don Mueang", names: ["don mueang", "donmueang"] },
  { code: "HKT", city: "Phuket", names: ["phuket"] },
  { code: "MNL", city: "Manila", names: ["manila", "ninoy aquino"] },
  { code: "HKG", city: "Hong Kong", names: ["hong kong", "hongkong"] },
  { code: "PER", city: "Perth", names: ["perth"] },
  { code: "SYD", city: "Sydney", names: ["sydney"] },
  { code: "MEL", city: "Melbourne", names: ["melbourne"] },
  { code: "JED", city: "Jeddah", names: ["jeddah", "jedah", "jiddah", "king abdulaziz"] },
  { code: "MED", city: "Madinah", names: ["madinah", "medina", "madina", "medinah", "prince mohammad bin abdulaziz"] },
  { code: "DXB", city: "Dubai", names: ["dubai"] },
  { code: "DOH", city: "Doha", names: ["doha"] },
  { code: "IST", city: "Istanbul", names: ["istanbul"] },
  { code: "ICN", city: "Seoul", names: ["seoul", "incheon"] },
  { code: "NRT", city: "Tokyo Narita", names: ["narita"] },
  { code: "HND", city: "Tokyo Haneda", names: ["haneda"] },
  { code: "TPE", city: "Taipei", names: ["taipei", "taoyuan"] },
];

/** Names that mean a city with several airports, main airport first. */
export const CITY_AIRPORTS: Readonly<Record<string, readonly string[]>> = {
  jakarta: ["CGK", "HLP"], jkt: ["CGK", "HLP"], dki: ["CGK", "HLP"], "dki jakarta": ["CGK", "HLP"],
  yogyakarta: ["YIA", "JOG"], jogja: ["YIA", "JOG"], yogya: ["YIA", "JOG"], jogjakarta: ["YIA", "JOG"], diy: ["YIA", "JOG"],
  // Jogja and Yogya mixed, as agents often type them.
  jogya: ["YIA", "JOG"], yogja: ["YIA", "JOG"],
  tokyo: ["NRT", "HND"], tyo: ["NRT", "HND"],
};

/** Words around a place name that don't name it: "bandara juanda", "juanda airport". */
export const PLACE_FILLER = new Set(["bandara", "bandar udara", "airport", "kota", "bdr", "intl", "international", "internasional", "int"]);

const BY_NAME = new Map<string, string[]>();
for (const a of AIRPORT_ALIASES) {
  for (const n of a.names) BY_NAME.set(n, [...(BY_NAME.get(n) ?? []), a.code]);
}
for (const [n, codes] of Object.entries(CITY_AIRPORTS)) BY_NAME.set(n, [...codes]);

/** The airports a normalized name means (main first), or undefined when the table doesn't know it. */
export function airportsNamed(name: string): readonly string[] | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.replace(/ /g, ""));
}

/** Every name in the table, for near-miss suggestions. */
export function aliasNames(): IterableIterator<[string, string[]]> {
  return BY_NAME.entries();
}

const CITY_OF = new Map(AIRPORT_ALIASES.map((a) => [a.code, a.city]));

/** The table's display name of a code, for airports the provider doesn't list. */
export function aliasCity(code: string): string | undefined {
  return CITY_OF.get(code);
}
