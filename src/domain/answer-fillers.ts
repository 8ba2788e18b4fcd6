import { parsePax, type PaxAnswer } from "./pax-parse.js";

/**
 * Words a hurried agent puts around an answer that only ask or soften it: "tmr pls", "besok aja", "need
 * it on 5 jan", "2 pax pls", "for 2 adults please", "buat 2 org dong". Only at the edges, so what is
 * left is the answer as it would be typed alone; a question reads it only when the answer as typed
 * didn't read (see `withoutFillers`' callers), and what is left must then read by itself.
 */
const LEAD = /^(?:(?:i\s+)?(?:need|want)(?:\s+it)?|mau|maunya|pls|please|plz|tolong|tlg|just|only|cuma|cuman)\s+/;
const TAIL = /\s+(?:pls|please|plz|aja|saja|aj|dong|donk|deh|ya|yah|yaa|kak|ka|kk|sis|gan|bu|pak|mas|mbak|thanks|thx|tq|ok|oke)$/;

export function withoutFillers(text: string): string {
  let t = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!,]+$/, "");
  for (;;) {
    const next = t.replace(LEAD, "").replace(TAIL, "");
    if (next === t) return t;
    t = next;
  }
}

/** The agent alone: "just me", "only me", "myself", "saya sendiri" (1 adult), whole answers only. */
const ALONE = /^(?:me|myself|me alone|me only|(?:saya|aku|sy|gue|gw)\s+(?:sendiri|sendirian))$/;

/**
 * The agent and one other adult: "me and my wife", "my husband and I", "saya dan istri", "aku sama suami".
 * Only grown-ups named: "me and my son" may be a child, and is asked.
 */
const ADULT = "(?:wife|husband|partner|friend|colleague|boss|mom|mother|dad|father|istri|suami|teman|temen|rekan|bos|ibu|bapak|ayah)";
const PAIR = new RegExp(`^(?:(?:me|i)\\s+(?:and|&|\\+)\\s+my\\s+${ADULT}|my\\s+${ADULT}\\s+(?:and|&)\\s+(?:i|me)|(?:saya|aku|sy|gue|gw)\\s+(?:dan|dgn|dengan|sama|sm|&|\\+)\\s+${ADULT}(?:\\s+(?:saya|aku|sy|gue|gw))?)$`);

/**
 * The party question's answer with its asking words left out: "need 2", "2 pax pls", "for 2 adults
 * please", "just me". Undefined when nothing was left out or the words left are no party either (the
 * caller keeps its own reading and hint); a party that can't fly ("need 20 pls") says why, as "20" would.
 */
export function partyWithFillers(text: string): PaxAnswer | undefined {
  const rest = withoutFillers(text);
  if (ALONE.test(rest)) return { ok: true, pax: { adult: 1, child: 0, infant: 0 } };
  if (PAIR.test(rest)) return { ok: true, pax: { adult: 2, child: 0, infant: 0 } };
  if (rest === text.trim().toLowerCase() || rest === "") return undefined;
  const read = parsePax(rest);
  return read.ok || read.reason !== "unreadable" ? read : undefined;
}

/**
 * The date question's answer with its asking words left out ("tmr pls", "need it on 5 jan", "besok
 * aja"), or undefined when nothing was left out or only a number is left: "need 2" at the date question
 * is a party said in the wrong place, never the 2nd of the month.
 */
export function dateWithoutFillers(text: string): string | undefined {
  const rest = withoutFillers(text);
  if (rest === text.trim().toLowerCase() || rest === "" || /^[\d\s]+$/.test(rest)) return undefined;
  return rest;
}
