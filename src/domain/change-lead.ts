/**
 * Words that lead a new value when an agent corrects herself at any question: "jadi 3 org", "ganti jadi 3",
 * "change to 2 pax", "make it 3", "actually 2 pax", "eh jd 2 dws". Only at the start, and only these: what is
 * left must then read by itself as the question's answer (the caller reads it; nothing here knows a party).
 */
const LEAD_WORDS = new Set(["jadi", "jd", "jdi", "ganti", "gnti", "ubah", "change", "make", "it", "to", "ke", "actually", "eh", "oh", "maaf", "sorry", "wait", "no", "nope", "bukan", "salah", "oops", "ops", "ralat", "sori"]);
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

/**
 * The words after a lead of chat alone ("3 pax" of "no wait, 3 pax", "oops, 10 dec", "eh salah, 3 org"):
 * undefined without one. Its caller reads the rest strictly, as a party or a date only.
 */
export function afterChatLead(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && LEAD_WORDS.has(words[i]!.toLowerCase().replace(/[,:.!]+$/, ""))) i++;
  return i > 0 ? words.slice(i).join(" ") : undefined;
}
