/**
 * An option's number typed at a question whose options are in order, as the results list takes a flight's:
 * "1", "2.", "no 2", "nomor 1", "#2", "pilihan 1", "option 2", "yg ke-2", "the 1st". Undefined for anything
 * else. The caller says what a number past its options is; it is never a party or a day there unasked.
 */
const OPTION_NUMBER = /^(?:(?:yg|yang|the)\s+)?(?:(?:no|nomor|nmr|number|option|opsi|pilihan)\s*\.?\s*|#\s*|ke\s*-?\s*)?(\d{1,2})(?:st|nd|rd|th)?\s*\.?$/i;

export function typedOptionNumber(text: string): number | undefined {
  const m = OPTION_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** Digits alone ("3"): a count that could be the party, or an option's number, said with nothing to tell which. */
export function isBareNumber(text: string): boolean {
  return /^\d{1,2}$/.test(text.trim());
}
