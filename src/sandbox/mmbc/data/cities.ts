export interface SandboxCity {
  code: string;
  city: string;
  lat: number;
  lon: number;
  /** Hours ahead of UTC: printed flight times are local airport times. */
  utcOffset: number;
  international: boolean;
}

type Row = [code: string, city: string, lat: number, lon: number, utcOffset: number];

// Order and names copied from the v5.0 document's getcodearea-json example (69 entries).
const SEED_ROWS: Row[] = [
  ["CGK", "Jakarta", -6.13, 106.66, 7],
  ["SUB", "Surabaya", -7.38, 112.79, 7],
  ["DPS", "Denpasar", -8.75, 115.17, 8],
  ["UPG", "Makassar", -5.06, 119.55, 8],
  ["BPN", "Balikpapan", -1.27, 116.89, 8],
  ["JOG", "Yogyakarta", -7.79, 110.43, 7],
  ["SRG", "Semarang", -6.97, 110.38, 7],
  ["BTH", "Batam", 1.12, 104.12, 7],
  ["PKU", "Pekanbaru", 0.46, 101.44, 7],
  ["ARD", "Alor Island", -8.13, 124.6, 8],
  ["AMQ", "Ambon", -3.71, 128.09, 9],
  ["ABU", "Atambua", -9.07, 124.9, 8],
  ["BTJ", "Banda Aceh", 5.52, 95.42, 7],
  ["TKG", "Bandar Lampung", -5.24, 105.18, 7],
  ["BDO", "Bandung", -6.9, 107.58, 7],
  ["BDJ", "Banjarmasin", -3.44, 114.76, 8],
  ["BWX", "Banyuwangi", -8.31, 114.34, 7],
  ["BUW", "Baubau", -5.49, 122.57, 8],
  ["BKS", "Bengkulu", -3.86, 102.34, 7],
  ["BEJ", "Berau", 2.16, 117.43, 8],
  ["BIK", "Biak", -1.19, 136.11, 9],
  ["BMU", "Bima", -8.54, 118.69, 8],
  ["WUB", "Buli", 0.92, 128.38, 9],
  ["ENE", "Ende", -8.85, 121.66, 8],
  ["FKQ", "Fak Fak", -2.92, 132.27, 9],
  ["GTO", "Gorontalo", 0.64, 122.85, 8],
  ["GNS", "Gunung Sitoli", 1.17, 97.7, 7],
  ["HLP", "Jakarta Halim", -6.27, 106.89, 7],
  ["DJB", "Jambi", -1.64, 103.64, 7],
  ["DJJ", "Jayapura", -2.58, 140.52, 9],
  ["KBU", "Kotabaru", -3.29, 116.17, 8],
  ["KNG", "Kaimana", -3.64, 133.7, 9],
  ["KDI", "Kendari", -4.08, 122.42, 8],
  ["KTG", "Ketapang", -1.82, 109.96, 7],
  ["KOE", "Kupang", -10.17, 123.67, 8],
  ["LBJ", "Labuanbajo", -8.49, 119.89, 8],
  ["LAH", "Labuha", -0.64, 127.5, 9],
  ["LKA", "Larantuka", -8.27, 123.0, 8],
  ["LSW", "Lhokseumawe", 5.23, 96.95, 7],
  ["LOP", "Lombok", -8.76, 116.28, 8],
  ["LUW", "Luwuk", -1.04, 122.77, 8],
  ["MLG", "Malang", -7.93, 112.71, 7],
  ["MJU", "Mamuju", -2.58, 119.03, 8],
  ["MDC", "Manado", 1.55, 124.93, 8],
  ["MKW", "Manokwari", -0.89, 134.05, 9],
  ["MOF", "Maumere", -8.64, 122.24, 8],
  ["KNO", "Medan", 3.64, 98.88, 7],
  ["MNA", "Melonguane", 4.01, 126.67, 8],
  ["MKQ", "Merauke", -8.52, 140.42, 9],
  ["MEQ", "Meulaboh", 4.05, 96.25, 7],
  ["NBX", "Nabire", -3.37, 135.5, 9],
  ["NTX", "Natuna", 3.91, 108.39, 7],
  ["NNX", "Nunukan", 4.14, 117.67, 8],
  ["PDG", "Padang", -0.79, 100.28, 7],
  ["PKY", "Palangkaraya", -2.23, 113.94, 7],
  ["PLM", "Palembang", -2.9, 104.7, 7],
  ["PLW", "Palu", -0.92, 119.91, 8],
  ["NSW", "Pangandaran", -7.7, 108.49, 7],
  ["PGK", "Pangkal Pinang", -2.16, 106.14, 7],
  ["PKN", "Pangkalan Bun", -2.7, 111.67, 7],
  ["PUM", "Pomala", -4.18, 121.62, 8],
  ["PNK", "Pontianak", -0.15, 109.4, 7],
  ["PSJ", "Poso", -1.42, 120.66, 8],
  ["RTG", "Ruteng", -8.6, 120.48, 8],
  ["SRI", "Samarinda", -0.48, 117.16, 8],
  ["SMQ", "Sampit", -2.5, 112.97, 7],
  ["FLZ", "Sibolga", 1.56, 98.89, 7],
  ["DTB", "Silangit", 2.26, 98.99, 7],
  ["SOC", "Solo", -7.52, 110.76, 7],
];

/**
 * The document's example stops at "Solo" (alphabetical after the big ten); the live list goes on with the
 * rest of Indonesia. A few of them, so domestic routes past the example (Sorong, Ternate…) can be booked here.
 */
const BEYOND_SEED_ROWS: Row[] = [
  ["SOQ", "Sorong", -0.89, 131.29, 9],
  ["TMC", "Tambolaka", -9.41, 119.24, 8],
  ["TRK", "Tarakan", 3.33, 117.57, 8],
  ["TTE", "Ternate", 0.83, 127.38, 9],
  ["TIM", "Timika", -4.53, 136.89, 9],
  ["WGP", "Waingapu", -9.67, 120.3, 8],
];

const INTERNATIONAL_ROWS: Row[] = [
  ["SIN", "Singapore", 1.36, 103.99, 8],
  ["KUL", "Kuala Lumpur", 2.74, 101.7, 8],
  ["BKK", "Bangkok", 13.69, 100.75, 7],
];

const toCity = (international: boolean) => ([code, city, lat, lon, utcOffset]: Row): SandboxCity => ({
  code,
  city,
  lat,
  lon,
  utcOffset,
  international,
});

export const CITIES: readonly SandboxCity[] = [
  ...SEED_ROWS.map(toCity(false)),
  ...BEYOND_SEED_ROWS.map(toCity(false)),
  ...INTERNATIONAL_ROWS.map(toCity(true)),
];

const BY_CODE = new Map(CITIES.map((c) => [c.code, c]));

export function findCity(code: string): SandboxCity | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** Hubs where generated transit flights connect, biggest first. */
export const HUB_CODES = ["CGK", "SUB", "UPG", "DPS", "KNO", "BPN", "JOG", "BTH", "MDC", "KOE"] as const;
