import { hashSeed } from "../../mmbc/flights/prng.js";

/**
 * flight_id carries route, date and position, so any id the sandbox ever handed out resolves again
 * without remembering searches (and survives a sandbox restart). The trailing check digit makes a
 * mistyped or foreign id fail instead of decoding to some other flight.
 */
export interface FlightKey {
  fromIndex: number;
  toIndex: number;
  /** yyyy-mm-dd */
  date: string;
  index: number;
}

const DAY_MS = 86_400_000;

export function encodeFlightId(key: FlightKey): string {
  const day = Math.round(Date.parse(`${key.date}T00:00:00Z`) / DAY_MS);
  const base = ((day * 100 + key.fromIndex) * 100 + key.toIndex) * 100 + key.index;
  return `${base}${checkDigit(base)}`;
}

export function decodeFlightId(id: string): FlightKey | undefined {
  if (!/^\d{8,16}$/.test(id.trim())) return undefined;
  const digits = id.trim();
  const base = Number(digits.slice(0, -1));
  if (!Number.isSafeInteger(base) || String(checkDigit(base)) !== digits.slice(-1)) return undefined;
  const index = base % 100;
  const toIndex = Math.floor(base / 100) % 100;
  const fromIndex = Math.floor(base / 10_000) % 100;
  const day = Math.floor(base / 1_000_000);
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  return { fromIndex, toIndex, date, index };
}

function checkDigit(base: number): number {
  return hashSeed(`tiket-flight:${base}`) % 10;
}
