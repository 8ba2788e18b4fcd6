import { MAX_ANSWER } from "./answer-limit.js";

/**
 * The contact e-mail goes to the airline as typed: only what real addresses use is taken (letters,
 * digits and . _ % + ' - before the @; a dotted host name after it), so "<b>x</b>@…" or "a,b@…" get the
 * hint instead of reaching a booking.
 */
const EMAIL = /^[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function parseEmail(input: string): string | undefined {
  const t = input.trim();
  return t.length <= 100 && EMAIL.test(t) ? t.toLowerCase() : undefined;
}

/**
 * A contact's mobile number. Indonesian ones (08…, +62 8…, 62 8…) become 08…; foreign ones must be
 * written with their country code (+65…, +60…, +966…, or 00 65…) and are kept in E.164 (+6591234567).
 * Spaces, dashes, dots and brackets are ignored.
 */
export function parsePhone(input: string): string | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const digits = input.trim().replace(/[\s().-]/g, "").replace(/^00/, "+");
  const id = /^(?:\+?62|0)(8\d{7,12})$/.exec(digits);
  if (id) return `0${id[1]}`;
  // E.164: a country code (never 0, and +62 numbers are handled above) and at most 15 digits in all.
  const intl = /^\+([1-9]\d{7,14})$/.exec(digits);
  return intl && !intl[1]!.startsWith("62") ? `+${intl[1]}` : undefined;
}

/** Words that name the contact part beside them: "email", "emailnya", "no. hp", "hp nya", "wa:". */
const LABEL = /^(?:e-?mail|surel|wa|whatsapp|hp|no|nomor|nomer|telp|telepon|tlp|phone|mobile|tel|kontak|contact|cp)(?:nya)?\.?:?$/i;
/**
 * Words said around a contact without being part of it: "hp nya salah 0812…", "budi@gmail.com / 0812…",
 * "yg bener 0812…", "my number is …". Never a holder's word (pak, bu: see HOLDER).
 */
const FILLER = /^(?:nya|yg|yang|ini|itu|dan|and|sama|salah|keliru|typo|wrong|benar|bener|betul|baru|new|ganti|jadi|harusnya|seharusnya|eh|maaf|sorry|ya|aja|saja|kak|is|my|the|number|its|it's|[-/|&\u2013\u2014]+)$/i;

/** A word without the label glued to it ("email:agen@…") and the punctuation after it ("agen@gmail.com."). */
const unglued = (word: string) => word.replace(/^(?:e-?mail(?:nya)?|surel):/i, "").replace(/[.:]+$/, "");

/**
 * An e-mail and/or a phone typed as one answer, as agents write them: "agen@example.com 081234567890",
 * "email: agen@gmail.com", "emailnya agen@gmail.com", "wa 081234567890", "hp 0812 3456 7890 (wa)",
 * "hp nya salah 0812…", "agen@gmail.com / 0812 3456 7890", "+62812 3456 7890 a.n. Budi". Labels, words said
 * around them and a holder's name after the number are dropped; what is left must be a phone (or nothing),
 * else nothing is taken (emailAmong says whether an e-mail was among the words).
 */
export function parseContactAnswer(input: string): { email?: string; phone?: string } {
  if (input.length > MAX_ANSWER) return {};
  const words = input.replace(/[()]/g, " ").split(/[\s,;]+/).filter(Boolean);
  const email = words.find((w) => parseEmail(unglued(w)));
  const unlabelled = words.filter((w) => w !== email && !LABEL.test(w) && !FILLER.test(w));
  const rest = withoutHolder(unlabelled);
  const phone = rest.length > 0 ? parsePhone(rest.join(" ")) : undefined;
  if (rest.length > 0 && !phone) return {};
  return { ...(email ? { email: parseEmail(unglued(email)) } : {}), ...(phone ? { phone } : {}) };
}

/** The e-mail among an answer's words that parseContactAnswer could not take whole ("ani@gmail.com buat tiket besok"): asked about, not dropped. */
export function emailAmong(input: string): string | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  for (const w of input.replace(/[()]/g, " ").split(/[\s,;]+/)) {
    const email = parseEmail(unglued(w));
    if (email) return email;
  }
  return undefined;
}

/** "a.n. Budi", "atas nama Bu Siti", "pak Budi" after a number: whose it is, not part of it. */
const HOLDER = /^(?:a\.?n\.?|a\/n|atas|u\.?p\.?|utk|untuk|pak|bu|bpk|ibu|mr|mrs|ms|tn|ny)$/i;

/**
 * The words before a holder's name ("0812 3456 7890 a.n. Budi" → the number's words), when the name
 * holds no digit or @ (else it may be a second number or an address, and nothing is dropped).
 */
function withoutHolder(words: readonly string[]): readonly string[] {
  const cut = words.findIndex((w) => HOLDER.test(w));
  return cut > 0 && !words.slice(cut).some((w) => /[\d@]/.test(w)) ? words.slice(0, cut) : words;
}

/** A shared contact card's number: Telegram gives the account's own number without "+" (6281…, 6591…). */
export function phoneFromContact(phoneNumber: string): string | undefined {
  const t = phoneNumber.trim();
  return parsePhone(/^[1-9]/.test(t) ? `+${t}` : t);
}
