/** One word of 3 or 4 capital letters, as airport codes are written ("DSP", "CGKK"), a full stop or mark after it at most. */
const CODE_IN_CAPITALS = /^\s*[A-Z]{3,4}[.!?]?\s*$/;

/**
 * A line typed as an airport code, even a mistyped one ("DSP" for DPS, "CGKK"): in a group where the bot reads
 * every message, such a line of the member whose place question waits is meant for that question, never chat.
 * Capitals only: a short word in small letters is as often chat ("oke", "siap", "gmn", "wkwk") as a code.
 */
export function isAirportCodeAttempt(text: string): boolean {
  return CODE_IN_CAPITALS.test(text);
}
