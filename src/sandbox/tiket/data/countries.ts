/** Reference lists of /general_api/*. listCountry names carry a trailing space, as the real API's do. */
export interface Country {
  id: string;
  name: string;
  areaCode: string;
}

const ROWS: [string, string, string][] = [
  ["id", "Indonesia", "+62"],
  ["sg", "Singapore", "+65"],
  ["my", "Malaysia", "+60"],
  ["th", "Thailand", "+66"],
  ["ph", "Philippines", "+63"],
  ["vn", "Vietnam", "+84"],
  ["bn", "Brunei Darussalam", "+673"],
  ["tl", "Timor-Leste", "+670"],
  ["hk", "Hong Kong", "+852"],
  ["cn", "China", "+86"],
  ["jp", "Japan", "+81"],
  ["kr", "Korea, Republic of", "+82"],
  ["in", "India", "+91"],
  ["sa", "Saudi Arabia", "+966"],
  ["ae", "United Arab Emirates", "+971"],
  ["au", "Australia", "+61"],
  ["nz", "New Zealand", "+64"],
  ["nl", "Netherlands", "+31"],
  ["de", "Germany", "+49"],
  ["gb", "United Kingdom", "+44"],
  ["us", "United States", "+1"],
];

export const COUNTRIES: readonly Country[] = ROWS.map(([id, name, areaCode]) => ({ id, name, areaCode }));

const BY_ID = new Map(COUNTRIES.map((c) => [c.id, c]));

export function findCountry(id: string): Country | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}

export function countryName(id: string): string {
  return findCountry(id)?.name ?? id.toUpperCase();
}

export function listCountryPayload(): { country_id: string; country_name: string; country_areacode: string }[] {
  return COUNTRIES.map((c) => ({ country_id: c.id, country_name: `${c.name} `, country_areacode: c.areaCode }));
}

export const CURRENCIES = [
  { id: "id", lang: "id", code: "IDR", name: "IDR - Rupiah Indonesia" },
  { id: "en", lang: "en", code: "USD", name: "USD - US Dollar" },
  { id: "sg", lang: "en", code: "SGD", name: "SGD - Singapore Dollar" },
  { id: "my", lang: "en", code: "MYR", name: "MYR - Malaysian Ringgit" },
] as const;

export const LANGUAGES = [
  { code: "en", name_long: "English", name_short: "ENG" },
  { code: "id", name_long: "Bahasa Indonesia", name_short: "IND" },
] as const;
