/**
 * Letters with no decomposition to a plain letter and a mark, spelt as airlines spell them from a
 * passport's Latin line (ICAO 9303's transliterations, the plain variant: "Ø" as O, not OE).
 */
const SPELT: Record<string, string> = {
  ß: "ss", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D",
  þ: "th", Þ: "Th", ı: "i", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŀ: "l", Ŀ: "L", ĸ: "k", ŋ: "n", Ŋ: "N",
};

/**
 * A name as airline systems take it, plain A–Z: "Dési" flies as Desi, "Jürgen Ñúñez" as Jurgen Nunez,
 * "Søren" as Soren; a name typed with combining accents ("Zoe\u0301") the same as with composed ones.
 */
export function plainLatinName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\x20-\x7e]/g, (c) => SPELT[c] ?? c);
}

/** Whether a name can fly as typed once spelt the airlines' way (letters, spaces, apostrophe, dot, hyphen). */
export function isAirlineSpellable(name: string): boolean {
  return /^[A-Za-z .'-]+$/.test(plainLatinName(name));
}
