import { parsePhone } from "./contact-input.js";

/** The fewest digits of an Indonesian mobile number as typed (08 and 8 more): a shorter 08… may be a passport's. */
const MOBILE_MIN_DIGITS = 10;

/**
 * A phone number typed alone, as an agent typing ahead the customer's contact sends it at a passport or
 * ID-number question: an Indonesian mobile (08…, +62 8…, 62 8…, in one piece or in groups) of 10 to 14
 * digits, a number with its country code's "+", or one whose digits are those of a phone already noted
 * (`noted`, returned as noted). None is a document's number: passports run to 9 characters (an
 * Indonesian one a letter and 7 digits), a KTP/NIK has 16 digits and never starts with 0 or 62 8.
 * Undefined: anything else, a number of 9 digits too (a foreign passport of digits, maybe).
 */
export function phoneTypedAlone(text: string, noted: readonly string[] = []): string | undefined {
  const typed = text.trim();
  const digits = typed.replace(/[\s().-]/g, "");
  if (!/^\+?\d+$/.test(digits)) return undefined;
  const phone = parsePhone(typed);
  const same = noted.find((p) => p === phone || p.replace(/\D/g, "") === digits.replace(/\D/g, "").replace(/^00/, ""));
  if (same) return same;
  if (!phone) return undefined;
  return phone.startsWith("+") || phone.length >= MOBILE_MIN_DIGITS ? phone : undefined;
}
