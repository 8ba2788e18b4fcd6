import type { PaxCount } from "./passenger.js";
import { parsePax } from "./pax-parse.js";
import { parseTravelDate } from "./travel-date.js";

/**
 * What a date typed at the party question is. "2/3", "4-2": two numbers with a slash or a dash read as a
 * party (2 adults, 3 children) and as a day and month (2 March): `both`, asked, never one picked (a party
 * searched for a date typed, or the other way round, is a quiet, costly mistake). "1/12" (12 children can't
 * fly), "12 jan", "tomorrow": only a date, `date`, the new travel date (the party still asked). Undefined:
 * a party or nothing either way, read by the party question as usual; a bare number ("12") is a count
 * there, never a day, and "2 1 0", "2+1", "2,1" are parties. `date`: the date as typed, for the date
 * question to read ("4 - 2" closed up to "4-2").
 */
export type PartyAnswerDate = { kind: "both"; party: PaxCount; date: string } | { kind: "date"; date: string } | undefined;

/** Two counts joined by a slash or a dash, the shape a day and month take too ("2/3", "4 - 2"). */
const SLASH_PAIR = /^\d{1,2}\s*[/-]\s*\d{1,2}$/;

export function partyAnswerDate(text: string, today: string): PartyAnswerDate {
  const typed = text.trim();
  if (/^\d{1,2}$/.test(typed)) return undefined;
  const pair = SLASH_PAIR.test(typed);
  const date = pair ? typed.replace(/\s+/g, "") : typed;
  const read = parseTravelDate(date, today);
  const dated = read.ok || read.reason !== "unreadable";
  const party = parsePax(date);
  if (party.ok) return pair && dated ? { kind: "both", party: party.pax, date } : undefined;
  // "2 jan 3": the party question asks whether 3 is the party or the return day (pax-parse `dayOrCountOf`).
  if (party.reason === "day_or_count") return undefined;
  return dated ? { kind: "date", date } : undefined;
}
