import { typedFlightCode } from "./typed-flight-code.js";

/** Six letters and digits with at least one of each, as airline booking codes (PNRs) are: "X8CK4Q", "#d8em4w". */
const PNR_ALONE = /^\s*#?((?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6})[.!?]?\s*$/;

/**
 * A booking code typed alone ("X8CK4Q", "x8ck4q"), never a flight code of that length ("QZ7402", "JT0219"):
 * no person's name has digits, so at a name question it is a code typed there, to be told so. Undefined otherwise.
 */
export function bookingCodeAlone(text: string): string | undefined {
  const code = PNR_ALONE.exec(text)?.[1]?.toUpperCase();
  return code && !typedFlightCode(code) ? code : undefined;
}
