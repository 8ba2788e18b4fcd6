/**
 * Words that lead a new value when an agent corrects herself at any question: "jadi 3 org", "ganti jadi 3",
 * "change to 2 pax", "make it 3", "actually 2 pax", "eh jd 2 dws". Only at the start, and only these: what is
 * left must then read by itself as the question's answer (the caller reads it; nothing here knows a party).
 */
const LEAD_WORDS = new Set(["jadi", "jd", "jdi", "ganti", "gnti", "ubah", "change", "make", "it", "to", "ke", "actually", "eh", "oh", "maaf", "sorry", "wait", "no", "nope", "bukan", "salah"]);
/** Words that say a change by themselves: a lead made only of "eh", "to" or "it" says none. */
const SAYS_CHANGE = new Set(["jadi", "jd", "jdi", "ganti", "gnti", "ubah", "change", "make", "actually", "salah", "bukan"]);

/** The words after a correction's lead ("3 org" of "ganti jadi 3 org"); undefined when no lead word says a change. */
export function afterChangeLead(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let i = 0;
  let change = false;
  while (i < words.length - 1) {
    const w = words[i]!.toLowerCase().replace(/[,:.!]+$/, "");
    if (!LEAD_WORDS.has(w)) break;
    change ||= SAYS_CHANGE.has(w);
    i++;
  }
  return change && i > 0 ? words.slice(i).join(" ") : undefined;
}
