import { createRequire } from "node:module";
import type * as Countries from "i18n-iso-countries";

/**
 * What agents type that no country list holds: Indonesian words for a citizen, and the demonyms of
 * the region's travellers ("Malaysian" rather than "Malaysia").
 */
const CITIZEN_WORDS: Record<string, string> = {
  // "RI" (Republik Indonesia) is no ISO code, so it clashes with no country's.
  wni: "id", indonesian: "id", ri: "id", indo: "id", "warga negara indonesia": "id", "warga indonesia": "id", malaysian: "my", singaporean: "sg", thai: "th", filipino: "ph", australian: "au",
  japanese: "jp", chinese: "cn", indian: "in", korean: "kr", american: "us", british: "gb", dutch: "nl", german: "de",
  french: "fr", saudi: "sa", bruneian: "bn", vietnamese: "vn", "timor leste": "tl", "timor-leste": "tl", jepang: "jp",
  uk: "gb", usa: "us", inggris: "gb", amerika: "us", prancis: "fr", perancis: "fr", brunei: "bn", hongkong: "hk",
  "hong kong": "hk", tiongkok: "cn", cina: "cn", "east timor": "tl", burma: "mm", korea: "kr", "arab saudi": "sa",
  belanda: "nl", jerman: "de", taiwan: "tw", vietnam: "vn",
};

/** Two letters that are a country code but, typed in lower case, far more likely a word ("no", "my", "in"). */
const WORDS_NOT_CODES = new Set(["no", "my", "to", "in", "it", "is", "at", "be", "do", "go", "me", "am", "an", "as", "by", "if", "of", "on", "or", "so", "up", "we", "mr", "ms", "ok", "ya"]);
/** Codes of places nobody holds a passport of. */
const NO_NATIONALS = new Set(["AQ", "BV", "HM", "UM", "TF", "GS"]);

const load = createRequire(import.meta.url);
let countryList: typeof Countries | undefined;

/**
 * The ISO country list with its Indonesian and English names, loaded on the first nationality asked:
 * only international bookings ask one, and the list would add ~50 ms to every cold start.
 */
function countries(): typeof Countries {
  if (!countryList) {
    const list = load("i18n-iso-countries") as typeof Countries;
    for (const lang of ["en", "id"]) list.registerLocale(load(`i18n-iso-countries/langs/${lang}.json`) as Countries.LocaleData);
    countryList = list;
  }
  return countryList;
}

/**
 * A nationality as ISO 3166 alpha-2, lower case: a real code ("ID", "sg", "MYS"), a country's name in
 * Indonesian or English ("Belanda", "Netherlands", "Korea Selatan") or a common demonym. Two letters
 * that are no country ("xx") are not taken: the provider would refuse them at booking.
 */
export function parseNationality(input: string): string | undefined {
  const t = input.trim().replace(/\s+/g, " ").replace(/[.]$/, "");
  if (!t || t.length > 60) return undefined;
  const lower = t.toLowerCase();
  if (CITIZEN_WORDS[lower]) return CITIZEN_WORDS[lower];
  const list = countries();
  if (/^[a-z]{2}$/i.test(t)) {
    if (t === lower && WORDS_NOT_CODES.has(lower)) return undefined;
    return list.isValid(t.toUpperCase()) && !NO_NATIONALS.has(t.toUpperCase()) ? lower : undefined;
  }
  if (/^[a-z]{3}$/i.test(t)) {
    const code = list.alpha3ToAlpha2(t.toUpperCase());
    if (code && !NO_NATIONALS.has(code)) return code.toLowerCase();
  }
  const named = list.getAlpha2Code(t, "id") ?? list.getAlpha2Code(t, "en");
  if (named && NO_NATIONALS.has(named)) return undefined;
  return named?.toLowerCase();
}
