import { z } from "zod";

/** What `/search CGK SUB 30-12-2026 2` or `/cari jakarta bali besok` gave; each part is checked later. */
export const quickFormSchema = z.object({
  origin: z.string().max(60).optional(),
  destination: z.string().max(60).optional(),
  date: z.string().max(30).optional(),
  pax: z.string().max(20).optional(),
});
export type QuickForm = z.output<typeof quickFormSchema>;

const MAX_QUICK_FORM = 200;
const SEPARATORS = new Set(["ke", "to", "-", "→", ">"]);
const DATE_WORD = /^(\d{1,4}[-/.]\d{1,2}([-/.]\d{2,4})?|besok|lusa|tomorrow|today|hari ini)$/i;

/**
 * Splits the command text. Airports may be city names of several words ("denpasar bali"), so parts
 * are read from the end: pax numbers, then the date, then the rest split into two places — by
 * " ke "/" to "/"-" when present, else in the middle.
 */
export function parseQuickForm(text: string): QuickForm {
  // Two places, a date and a party fit in far less: a longer text is not split at all, and the
  // conversation asks step by step instead.
  if (text.length > MAX_QUICK_FORM) return {};
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  const form: QuickForm = {};
  const paxWords: string[] = [];
  while (words.length > 0 && /^\d{1,2}$/.test(words.at(-1)!) && paxWords.length < 3) paxWords.unshift(words.pop()!);
  if (paxWords.length > 0) form.pax = paxWords.join(" ");
  const last2 = words.slice(-2).join(" ");
  if (/^hari ini$/i.test(last2)) {
    form.date = last2;
    words.splice(-2);
  } else if (words.length > 0 && DATE_WORD.test(words.at(-1)!)) form.date = words.pop()!;
  // The separator is a whole word between two others, found among the words (a regex with \s+ on both
  // sides retried from every space: quadratic on long runs of them).
  const sep = words.findIndex((w, i) => i > 0 && i < words.length - 1 && SEPARATORS.has(w.toLowerCase()));
  if (sep > 0) {
    form.origin = words.slice(0, sep).join(" ");
    form.destination = words.slice(sep + 1).join(" ");
  } else if (words.length === 1) form.origin = words[0];
  else if (words.length > 1) {
    const half = Math.floor(words.length / 2);
    form.origin = words.slice(0, half).join(" ");
    form.destination = words.slice(half).join(" ");
  }
  return form;
}
