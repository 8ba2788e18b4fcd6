import type { TimeOfDay } from "./flight.js";

/**
 * Agents name the part of the day by the prayer times ("abis subuh", "habis maghrib", "setelah isya"):
 * each read as the results' time-of-day filter its hour in Jakarta falls in (subuh ~04:30, dzuhur ~12:00,
 * ashar ~15:15, maghrib ~18:00, isya ~19:15; the same cut-offs as the filter's buttons).
 */
const PRAYERS: Record<string, TimeOfDay> = {
  subuh: "morning", shubuh: "morning", subu: "morning", subuhan: "morning",
  dzuhur: "afternoon", zuhur: "afternoon", duhur: "afternoon", dhuhur: "afternoon", zhuhur: "afternoon", lohor: "afternoon",
  ashar: "evening", asar: "evening", ashr: "evening",
  maghrib: "evening", magrib: "evening", mahrib: "evening", maghrip: "evening", magrip: "evening",
  isya: "night", isyak: "night", isha: "night",
};
/** "abis", "habis", "setelah", "ba'da": after the prayer, still the same part of the day. */
const AFTER = new Set(["abis", "habis", "hbs", "sehabis", "setelah", "stlh", "sesudah", "ssdh", "bada", "ba'da", "ba\u2019da", "after", "pas", "waktu"]);

/** A prayer time at `i`, maybe after "abis" ("abis subuh", "maghrib"): its length in words and the filter it falls in. */
export function prayerTimeAt(words: readonly string[], i: number): { len: number; time: TimeOfDay } | undefined {
  const lead = AFTER.has(words[i]?.toLowerCase() ?? "") ? 1 : 0;
  const w = words[i + lead]?.toLowerCase() ?? "";
  return Object.hasOwn(PRAYERS, w) ? { len: lead + 1, time: PRAYERS[w]! } : undefined;
}
