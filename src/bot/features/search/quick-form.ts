import { z } from "zod";

/** What `/search CGK SUB 30-12-2026 2` or `/cari jakarta bali besok` gave; each part is checked later. */
export const quickFormSchema = z.object({
  origin: z.string().max(60).optional(),
  destination: z.string().max(60).optional(),
  date: z.string().max(30).optional(),
  pax: z.string().max(20).optional(),
});
export type QuickForm = z.output<typeof quickFormSchema>;

const DATE_WORD = /^(\d{1,4}[-/.]\d{1,2}([-/.]\d{2,4})?|besok|lusa|tomorrow|today|hari ini)$/i;

/**
 * Splits the command text. Airports may be city names of several words ("denpasar bali"), so parts
 * are read from the end: pax numbers, then the date, then the rest split into two places — by
 * " ke "/" to "/"-" when present, else in the middle.
 */
export function parseQuickForm(text: string): QuickForm {
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
  const rest = words.join(" ");
  const sep = /\s+(?:ke|to|-|→|>)\s+/i.exec(rest);
  if (sep) {
    form.origin = rest.slice(0, sep.index);
    form.destination = rest.slice(sep.index + sep[0].length);
  } else if (words.length === 1) form.origin = words[0];
  else if (words.length > 1) {
    const half = Math.floor(words.length / 2);
    form.origin = words.slice(0, half).join(" ");
    form.destination = words.slice(half).join(" ");
  }
  return form;
}
