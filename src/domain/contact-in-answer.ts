import { parseEmail, parsePhone } from "./contact-input.js";

/** The customer's contact found among an answer's words, and the answer without it. */
export interface ContactInAnswer {
  email?: string;
  phone?: string;
  /** The answer left once the contact (and the labels naming it) is taken out; "" when it held nothing else. */
  rest: string;
}

/** Words that name the contact part after them ("email budi@…", "no. hp: 0812…", "wa 0812…"). */
const LABEL = /^(?:e-?mail|surel|wa|whatsapp|hp|no|nomor|telp|telepon|tlp|phone|mobile|tel|kontak|contact|cp)\.?:?$/i;
/** Separators left dangling once a part is taken out ("Budi Santoso / budi@…"). */
const SEPARATOR = /^[-/|,;:\u00B7\u2022]+$/;
/** A word that may be part of a phone number as agents type it ("0812-3456-7890", "+62", "(021)"). */
const PHONE_PIECE = /^[+(]?\d[\d().-]*[,;]?$/;

const bare = (word: string) => word.replace(/^e-?mail:/i, "").replace(/[,;.:]+$/, "");

type Spot = { line: number; from: number; to: number };

/**
 * An e-mail and a phone typed with (or instead of) a passenger question's answer, as agents paste a customer's
 * details: "3174012345678901 budi@mail.com 081234567890", "email budi@mail.com hp 0812-3456-7890" on a line of
 * its own. An e-mail is never part of a name, a date or an ID, so one is always taken. A phone number needs a
 * sign it is meant as one (a label before it, an e-mail beside it, or other words in the answer), so a bare
 * "0812…" typed alone stays the question's to read. Undefined when no contact is found.
 */
export function contactInAnswer(text: string): ContactInAnswer | undefined {
  const typed = text.split("\n");
  const lines = typed.map((line) => line.split(/\s+/).filter((w) => w !== ""));
  let email: { value: string; at: Spot } | undefined;
  lines.forEach((words, line) => words.forEach((w, i) => {
    const value = parseEmail(bare(w));
    if (value && !email) email = { value, at: { line, from: i, to: i } };
  }));
  const phones = phoneSpots(lines, email?.at);
  const labelled = (s: Spot) => s.from > 0 && LABEL.test(lines[s.line]![s.from - 1]!);
  const phone = phones.find(labelled) ?? phones[0];
  const spots = [email?.at, phone].filter((s): s is Spot => s !== undefined);
  if (spots.length === 0) return undefined;
  const rest = without(typed, lines, spots);
  // A number typed alone, without a label or an e-mail: an answer to the question (an ID of digits), not a phone.
  if (!email && !labelled(phone!) && rest === "") return undefined;
  const number = phone && parsePhone(lines[phone.line]!.slice(phone.from, phone.to + 1).map(bare).join(" "));
  return { ...(email ? { email: email.value } : {}), ...(number ? { phone: number } : {}), rest };
}

/** Runs of number pieces that read as a phone: in each run, the earliest start with the longest span that reads ("3174… 0812…": the second). */
function phoneSpots(lines: string[][], skip: Spot | undefined): Spot[] {
  const spots: Spot[] = [];
  const usable = (line: number, i: number) => !(skip && skip.line === line && skip.from === i) && PHONE_PIECE.test(lines[line]![i]!);
  lines.forEach((words, line) => {
    for (let i = 0; i < words.length; i++) {
      if (!usable(line, i)) continue;
      let end = i;
      while (end + 1 < words.length && usable(line, end + 1)) end++;
      const found = spanIn(words, i, end);
      if (found) spots.push({ line, ...found });
      i = found ? found.to : end;
    }
  });
  return spots;
}

function spanIn(words: string[], start: number, end: number): { from: number; to: number } | undefined {
  // Beside a short group of digits the span may be the middle of one number: a KTP typed in fours
  // ("3174 0823 4567 8901") holds "0823 4567 8901". A whole number beside it (an ID, a date) is its own.
  const whole = (i: number) => words[i]!.replace(/\D/g, "").length >= 6;
  for (let from = start; from <= end; from++) {
    for (let to = end; to >= from; to--) {
      if ((from > start && !whole(from - 1)) || (to < end && !whole(to + 1))) continue;
      if (parsePhone(words.slice(from, to + 1).map(bare).join(" "))) return { from, to };
    }
  }
  return undefined;
}

/** The lines without the parts found and the labels just before them; a line left empty is dropped, other lines stay as typed. */
function without(typed: string[], lines: string[][], spots: Spot[]): string {
  const kept = lines.map((words, line) => {
    const gone = new Set<number>();
    for (const s of spots.filter((x) => x.line === line)) {
      for (let i = s.from; i <= s.to; i++) gone.add(i);
      for (let j = s.from - 1; j >= 0 && !gone.has(j) && LABEL.test(words[j]!); j--) gone.add(j);
    }
    if (gone.size === 0) return typed[line]!;
    // "Budi / budi@… / 3174…": the separators on both sides of a part taken out become one.
    const left = words.filter((w, i) => !gone.has(i)).filter((w, i, all) => !(SEPARATOR.test(w) && i > 0 && SEPARATOR.test(all[i - 1]!)));
    while (left.length > 0 && SEPARATOR.test(left.at(-1)!)) left.pop();
    while (left.length > 0 && SEPARATOR.test(left[0]!)) left.shift();
    return left.length > 0 ? left.join(" ") : undefined;
  });
  return kept.filter((l): l is string => l !== undefined).join("\n").trim();
}
