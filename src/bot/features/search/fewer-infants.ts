import type { PassengerInput, PaxCount } from "../../../domain/passenger.js";
import { plain } from "./choose-step.js";

/**
 * "kurangi 1 bayi", "bayinya gak jadi", "remove the infant" typed at the summary: the party without that many
 * infants (the last ones given dropped), searched again with everyone else kept. Undefined when the line says
 * no such thing, or drops more infants than the party has.
 */
export function fewerInfants(text: string, party: PaxCount, passengers: readonly PassengerInput[]): { pax: PaxCount; passengers: PassengerInput[]; dropped: string[] } | undefined {
  const t = plain(text);
  const m = DROP.exec(t) ?? GONE.exec(t);
  if (!m) return undefined;
  const n = m.groups?.n === undefined ? 1 : (WORDS[m.groups.n] ?? Number(m.groups.n));
  if (!(n >= 1) || n > party.infant) return undefined;
  const infants = passengers.flatMap((p, i) => (p.type === "infant" ? [i] : []));
  const gone = new Set(infants.slice(-n));
  return {
    pax: { ...party, infant: party.infant - n },
    passengers: passengers.filter((_, i) => !gone.has(i)),
    dropped: passengers.filter((_, i) => gone.has(i)).map((p) => p.fullName),
  };
}

const WORDS: Record<string, number> = { satu: 1, se: 1, one: 1, an: 1, the: 1, dua: 2, two: 2 };
const INFANT = "(?:bayi|bayinya|infant|infants|baby|babies)";
// "kurangi 1 bayi", "hapus bayinya", "tanpa bayi", "remove the infant", "drop 1 infant", "no infant".
const DROP = new RegExp(`^(?:(?:eh|oh|maaf|sorry|tolong|please|pls)\\s+)*(?:kurangi|kurangin|kurang|hapus|buang|batalkan|batalin|batal|tanpa|remove|drop|without|minus|no)\\s+(?:(?<n>\\d|satu|se|dua|one|an|the|two)\\s+)?${INFANT}(?:\\s+(?:aja|saja|ya|kak|nya|please|pls|instead))*$`);
// "bayinya gak jadi", "bayi ga jadi ikut", "the infant is not coming", "infant cancelled".
const GONE = new RegExp(`^(?:(?:eh|oh|maaf|sorry|the)\\s+)*(?:(?<n>\\d|satu|dua|one|two)\\s+)?${INFANT}\\s+(?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|nda|ndak)\\s+jadi(?:\\s+(?:ikut|berangkat|terbang))?|batal|is not coming|isn t coming|not coming|cancelled|canceled)(?:\\s+(?:ya|kak|deh))*$`);
