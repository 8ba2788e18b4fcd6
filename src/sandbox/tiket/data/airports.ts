/**
 * The sandbox airport list. Names and location names follow the tiket.com all_airport examples
 * (upper-case airport names, "Jakarta - Cengkareng" style locations); coordinates drive flight
 * times and fares. The real sandbox lists 249 airports; this one lists the main Indonesian airports
 * plus the regional international ones a travel agent sells most.
 */
export interface Airport {
  code: string;
  airportName: string;
  locationName: string;
  city: string;
  province: string;
  lat: number;
  lon: number;
  /** Hours ahead of UTC: printed flight times are local airport times. */
  utcOffset: number;
  countryId: string;
  international: boolean;
}

type Row = [code: string, name: string, location: string, city: string, province: string, lat: number, lon: number, utc: number];

const INDONESIA: Row[] = [
  ["CGK", "SOEKARNO - HATTA", "Jakarta - Cengkareng", "Jakarta Barat", "DKI Jakarta", -6.13, 106.66, 7],
  ["HLP", "HALIM PERDANAKUSUMA", "Jakarta - Halim Perdanakusuma", "Jakarta Timur", "DKI Jakarta", -6.27, 106.89, 7],
  ["SUB", "JUANDA", "Surabaya", "Surabaya", "Jawa Timur", -7.38, 112.79, 7],
  ["DPS", "NGURAH RAI", "Denpasar, Bali", "Denpasar", "Bali", -8.75, 115.17, 8],
  ["UPG", "SULTAN HASANUDDIN", "UjungPandang, Makassar", "Makassar", "Sulawesi Selatan", -5.06, 119.55, 8],
  ["KNO", "KUALA NAMU", "Medan (Kuala Namu)", "Medan", "Sumatera Utara", 3.64, 98.88, 7],
  ["BPN", "SEPINGGAN", "Balikpapan", "Balikpapan", "Kalimantan Timur", -1.27, 116.89, 8],
  ["JOG", "ADI SUTJIPTO", "Yogyakarta", "Yogyakarta", "DI Yogyakarta", -7.79, 110.43, 7],
  ["SRG", "ACHMAD YANI", "Semarang", "Semarang", "Jawa Tengah", -6.97, 110.38, 7],
  ["SOC", "ADISUMARMO", "Solo", "Surakarta", "Jawa Tengah", -7.52, 110.76, 7],
  ["BDO", "HUSEIN SASTRANEGARA", "Bandung", "Bandung", "Jawa Barat", -6.9, 107.58, 7],
  ["MLG", "ABDUL RACHMAN SALEH", "Malang", "Malang", "Jawa Timur", -7.93, 112.71, 7],
  ["BWX", "BLIMBINGSARI", "Banyuwangi", "Banyuwangi", "Jawa Timur", -8.31, 114.34, 7],
  ["LOP", "SELAPARANG / BANDARA INTERNASIONAL LOMBOK", "Lombok, Mataram", "Praya", "Nusa Tenggara Barat", -8.76, 116.28, 8],
  ["BTH", "HANG NADIM", "Batam", "Batam", "Kepulauan Riau", 1.12, 104.12, 7],
  ["TNJ", "RAJA HAJI FISABILILLAH", "Tanjung Pinang", "Tanjung Pinang", "Kepulauan Riau", 0.92, 104.53, 7],
  ["PKU", "SULTAN SYARIF KASIM II", "Pekanbaru", "Pekanbaru", "Riau", 0.46, 101.44, 7],
  ["PDG", "MINANGKABAU", "Padang", "Padang Pariaman", "Sumatera Barat", -0.79, 100.28, 7],
  ["PLM", "SULTAN MAHMUD BADARUDDIN II", "Palembang", "Palembang", "Sumatera Selatan", -2.9, 104.7, 7],
  ["DJB", "SULTAN THAHA SYAIFUDDIN", "Jambi", "Jambi", "Jambi", -1.64, 103.64, 7],
  ["BKS", "FATMAWATI SOEKARNO", "Bengkulu", "Bengkulu", "Bengkulu", -3.86, 102.34, 7],
  ["TKG", "RADIN INTEN II", "Lampung", "Bandar Lampung", "Lampung", -5.24, 105.18, 7],
  ["PGK", "Depati Amir", "Pangkal pinang", "Pangkal Pinang", "Bangka Belitung", -2.16, 106.14, 7],
  ["TJQ", "H.A.S HANANDJOEDDIN", "Tanjung Pandan", "Tanjung Pandan", "Bangka Belitung", -2.75, 107.75, 7],
  ["BTJ", "SULTAN ISKANDAR MUDA", "Banda Aceh", "Banda Aceh", "Aceh", 5.52, 95.42, 7],
  ["DTB", "SILANGIT", "Silangit", "Tapanuli Utara", "Sumatera Utara", 2.26, 98.99, 7],
  ["PNK", "SUPADIO", "Pontianak", "Pontianak", "Kalimantan Barat", -0.15, 109.4, 7],
  ["PKY", "TJILIK RIWUT", "Palangka raya", "Palangka Raya", "Kalimantan Tengah", -2.23, 113.94, 7],
  ["PKN", "PANGKALAN BUN", "Pangkalan Bun", "Pangkalan Bun", "Kalimantan Tengah", -2.7, 111.67, 7],
  ["SMQ", "H. ASAN SAMPIT", "Sampit", "Sampit", "Kalimantan Tengah", -2.5, 112.97, 7],
  ["BDJ", "SYAMSUDIN NOOR", "Banjarmasin", "Banjarbaru", "Kalimantan Selatan", -3.44, 114.76, 8],
  ["AAP", "APT PRANOTO", "Samarinda", "Samarinda", "Kalimantan Timur", -0.37, 117.26, 8],
  ["TRK", "JUWATA", "Tarakan", "Tarakan", "Kalimantan Utara", 3.33, 117.57, 8],
  ["BEJ", "KALIMARAU", "Berau", "Tanjung Redeb", "Kalimantan Timur", 2.16, 117.43, 8],
  ["MDC", "SAM RATULANGI", "Manado", "Manado", "Sulawesi Utara", 1.55, 124.93, 8],
  ["GTO", "JALALUDDIN", "Gorontalo", "Gorontalo", "Gorontalo", 0.64, 122.85, 8],
  ["PLW", "MUTIARA", "Palu", "Palu", "Sulawesi Tengah", -0.92, 119.91, 8],
  ["KDI", "HALUOLEO", "Kendari", "Kendari", "Sulawesi Tenggara", -4.08, 122.42, 8],
  ["LUW", "SYUKURAN AMINUDDIN AMIR", "Luwuk", "Luwuk", "Sulawesi Tengah", -1.04, 122.77, 8],
  ["KOE", "EL TARI", "Kupang", "Kupang", "Nusa Tenggara Timur", -10.17, 123.67, 8],
  ["LBJ", "LABUANBAJO / KOMODO", "LabuanBajo", "Labuan Bajo", "Nusa Tenggara Timur", -8.49, 119.89, 8],
  ["ENE", "H. HASAN AROEBOESMAN", "Ende", "Ende", "Nusa Tenggara Timur", -8.85, 121.66, 8],
  ["MOF", "WAI OTI", "Maumere", "Maumere", "Nusa Tenggara Timur", -8.64, 122.24, 8],
  ["BMU", "SULTAN MUHAMMAD SALAHUDDIN", "Bima", "Bima", "Nusa Tenggara Barat", -8.54, 118.69, 8],
  ["AMQ", "Pattimura", "Ambon", "Ambon", "Maluku", -3.71, 128.09, 9],
  ["TTE", "SULTAN BABULLAH", "Ternate", "Ternate", "Maluku Utara", 0.83, 127.38, 9],
  ["DJJ", "SENTANI", "Jayapura", "Jayapura", "Papua", -2.58, 140.52, 9],
  ["TIM", "MOZES KILANGIN", "Timika", "Timika", "Papua", -4.53, 136.89, 9],
  ["BIK", "FRANS KAISIEPO", "Biak", "Biak", "Papua", -1.19, 136.11, 9],
  ["MKQ", "MOPAH", "Merauke", "Merauke", "Papua", -8.52, 140.42, 9],
  ["SOQ", "DOMINIQUE EDWARD OSOK", "Sorong", "Sorong", "Papua Barat", -0.93, 131.12, 9],
  ["MKW", "RENDANI", "Manokwari", "Manokwari", "Papua Barat", -0.89, 134.05, 9],
];

const INTERNATIONAL: [countryId: string, ...row: Row][] = [
  ["sg", "SIN", "CHANGI", "Singapore", "Singapore", "Singapore", 1.36, 103.99, 8],
  ["my", "KUL", "KUALA LUMPUR INTERNATIONAL", "Kuala Lumpur", "Sepang", "Selangor", 2.74, 101.7, 8],
  ["my", "PEN", "PENANG INTERNATIONAL", "Penang", "Bayan Lepas", "Penang", 5.3, 100.28, 8],
  ["th", "BKK", "SUVARNABHUMI", "Bangkok", "Bangkok", "Bangkok", 13.69, 100.75, 7],
  ["th", "HKT", "PHUKET INTERNATIONAL", "Phuket", "Phuket", "Phuket", 8.11, 98.31, 7],
  ["ph", "MNL", "NINOY AQUINO", "Manila", "Manila", "Metro Manila", 14.51, 121.02, 8],
  ["hk", "HKG", "HONG KONG INTERNATIONAL", "Hong Kong", "Hong Kong", "Hong Kong", 22.31, 113.91, 8],
  ["au", "PER", "PERTH", "Perth", "Perth", "Western Australia", -31.94, 115.97, 8],
  ["au", "SYD", "SYDNEY (KINGSFORD-SMITH)", "Sydney", "Sydney", "New South Wales", -33.94, 151.18, 10],
  ["sa", "JED", "KING ABDULAZIZ", "Jeddah", "Jeddah", "Makkah", 21.68, 39.16, 3],
];

const toAirport = (countryId: string) => ([code, airportName, locationName, city, province, lat, lon, utcOffset]: Row): Airport => ({
  code, airportName, locationName, city, province, lat, lon, utcOffset, countryId, international: countryId !== "id",
});

export const AIRPORTS: readonly Airport[] = [
  ...INDONESIA.map(toAirport("id")),
  ...INTERNATIONAL.map(([country, ...row]) => toAirport(country)(row)),
];

const BY_CODE = new Map(AIRPORTS.map((a) => [a.code, a]));

export function findAirport(code: string): Airport | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** Position in AIRPORTS; flight ids carry it, so the list order must only ever grow at the end. */
export function airportIndex(code: string): number {
  return AIRPORTS.findIndex((a) => a.code === code);
}

/** Hubs where generated transit flights connect. */
export const HUBS = ["CGK", "SUB", "UPG", "DPS", "KNO", "BPN"] as const;
