import { parseTypedBookingCode } from "./typed-booking-code.js";

/** What the picker adds to a request typed without a slash: the code typed in two halves, or two different codes. */
export type PickedAmong = { kind: "code"; code: string } | { kind: "several"; codes: string[] } | undefined;

/**
 * A booking request typed without a slash ("cek Z7A 9DN", "issued Z7A9DN sama K2L8PQ"), read by the picker the
 * words after /cek get (typed-booking-code.ts), so it answers as "/cek Z7A 9DN" does: the halves joined, two
 * different codes asked about rather than the first one looked up (or issued). Stricter than after a command,
 * where every word is meant for the bot, so chatter stays chatter:
 * - halves only when no code was found otherwise (`found`), neither half is a word this reading knows
 *   (`known`: "CGK DPS" is a route), a bare number only beside a longer half with a letter, an all-letter code not in a message typed all in
 *   capitals, and every other word only asks (`asks`: "cek Z7A 9DN dong", never "saya cek Z7A 9DN besok");
 * - a second code only when this reading takes that word for a code too (`shaped`), so a six-letter word
 *   beside the code ("cek Z7A9DN sampai besok") is no second code.
 */
export function pickAmong(raws: string[], found: string | undefined, asks: (i: number) => boolean, known: (i: number) => boolean, shaped: (i: number) => boolean): PickedAmong {
  const picked = parseTypedBookingCode(raws.join(" "));
  if (found !== undefined) {
    if (picked.kind !== "several") return undefined;
    // The code this reading found counts as typed ("cek fzajvg dan F7MP85": an all-letter code in small letters
    // is found by its place after "cek", though alone it isn't shaped like one); any other only when shaped.
    const codes = picked.codes.filter((c) => c === found || raws.some((w, i) => w.toUpperCase().replace(/^#/, "") === c && shaped(i)));
    return codes.length > 1 && codes.includes(found) ? { kind: "several", codes } : undefined;
  }
  if (picked.kind !== "code") return undefined;
  const at = raws.findIndex((w, i) => i + 1 < raws.length && (w + raws[i + 1]!).toUpperCase() === picked.code);
  if (at < 0) return undefined;
  const halves = [at, at + 1];
  if (halves.some((i) => known(i))) return undefined;
  // A number as one half only beside three or more characters with a letter ("28S 775", "ABC 123"): an airline
  // designator is two ("GA 4102" is a flight), and two numbers ("12 1234") are a date or an amount.
  const numbers = halves.filter((i) => /^\d+$/.test(raws[i]!));
  if (numbers.length === 2 || (numbers.length === 1 && !halves.some((i) => !numbers.includes(i) && raws[i]!.length >= 3 && /[A-Za-z]/.test(raws[i]!)))) return undefined;
  if (!/\d/.test(picked.code) && raws.every((w) => w === w.toUpperCase())) return undefined;
  return raws.every((_, i) => halves.includes(i) || asks(i)) ? { kind: "code", code: picked.code } : undefined;
}
