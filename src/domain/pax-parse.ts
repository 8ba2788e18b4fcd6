import { checkPaxCount, type PaxCount, type PaxProblem } from "./passenger.js";

/** "1", "2 1 0", "2,1", "2/1/1" → adults, children, infants. */
export function parsePax(input: string): { ok: true; pax: PaxCount } | { ok: false; reason: PaxProblem | "unreadable" } {
  // Three numbers of two digits and their separators: a longer answer is not a party.
  if (input.length > 40) return { ok: false, reason: "unreadable" };
  const parts = input.trim().split(/[\s,/+-]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !/^\d{1,2}$/.test(p))) return { ok: false, reason: "unreadable" };
  const [adult = 0, child = 0, infant = 0] = parts.map(Number);
  const pax = { adult, child, infant };
  const problem = checkPaxCount(pax);
  return problem ? { ok: false, reason: problem } : { ok: true, pax };
}
