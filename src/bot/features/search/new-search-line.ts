import type { Convo } from "./ask.js";
import { parseQuickForm, type QuickForm } from "./quick-form.js";
import { certainCodes } from "./resolve-airport.js";

/**
 * A whole new search typed at a later question ("sub kno jumat depan 2 dws", "cgk sub 21/12 1"): the quick
 * form's reading when it names two known places and a date, else undefined. Such a line is never that
 * question's answer (a bad party, a bad name): the step starts it or asks whether to.
 */
export async function newSearchLine(conversation: Convo, text: string): Promise<QuickForm | undefined> {
  const read = parseQuickForm(text);
  if (!read.origin || !read.destination || read.date === undefined) return undefined;
  // Looked up only for such a line: replays of other answers make the same calls as before.
  const [from, to] = [await certainCodes(conversation, read.origin), await certainCodes(conversation, read.destination)];
  return from.length > 0 && to.length > 0 && !from.some((c) => to.includes(c)) ? read : undefined;
}
