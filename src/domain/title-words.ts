import type { Title } from "./passenger.js";

/**
 * Titles as agents type them, Indonesian and English, with or without a dot. Adults: Tn/Tuan/Bapak/
 * Sdr → Mr, Ny/Nyonya/Ibu → Mrs, Nn/Nona/Sdri → Ms. Children and infants take Mstr or Miss at every
 * provider (MMBC and tiket.com alike), so a woman's title becomes Miss for them and a girl's Miss
 * becomes Ms for an adult. "An"/"Anak"/"By"/"Bayi" (and the party count's shorthand "Ank", "Byi") say the
 * type but not the gender: the step asks.
 * "H." (Haji) and "Hj." (Hajjah) lead many Indonesian names on tickets typed by agents: airlines know
 * only Mr/Mrs, so they become those ("H" only with its dot: "H Budi" may be an initial).
 */
const TITLE_WORDS: Record<string, Title | "child" | "adult"> = {
  mr: "Mr", tn: "Mr", tuan: "Mr", bapak: "Mr", bpk: "Mr", pak: "Mr", sdr: "Mr", saudara: "Mr", h: "Mr", haji: "Mr",
  mrs: "Mrs", ny: "Mrs", nyonya: "Mrs", ibu: "Mrs", bu: "Mrs", hj: "Mrs", hjh: "Mrs", hajjah: "Mrs",
  ms: "Ms", miss: "Miss", mis: "Miss", nn: "Ms", nona: "Ms", sdri: "Ms", saudari: "Ms",
  mstr: "Mstr", master: "Mstr", mst: "Mstr",
  an: "child", anak: "child", ank: "child", by: "child", bayi: "child", byi: "child",
  // "Dr. Rina Wijaya": a grown-up's title that says no gender; the step asks Mr, Mrs or Ms.
  dr: "adult", dokter: "adult", prof: "adult", ir: "adult", drs: "adult", dra: "adult",
  kh: "Mr",
};

/**
 * Honours, not on the ID card or passport the airline checks the name against: "Ibu Hj. Siti Aminah"
 * flies as Mrs Siti Aminah. Leading a name alone they still say what they can (H./Hj. Mr/Mrs, Dr. an adult).
 */
const HONOURS = new Set(["h", "haji", "hj", "hjh", "hajjah", "dr", "dokter", "prof", "ir", "drs", "dra", "kh"]);

/** A title as typed ("tn", "MR"); own keys only, so "constructor" is no title. */
export function titleWord(word: string): Title | "child" | "adult" | undefined {
  const w = word.toLowerCase();
  return Object.hasOwn(TITLE_WORDS, w) ? TITLE_WORDS[w] : undefined;
}

/**
 * The title word and the honours after it ("Ibu Hj.", "Tn Dr.", "Mrs. Hj."): the words, lower case,
 * and how many characters they take. Each word is split off by an anchored pattern whose parts can't
 * overlap (`\s+(.+)$` could, and was quadratic on long runs of spaces). "H" counts only with its dot:
 * "H Budi" may be an initial.
 */
export function leadingTitles(text: string): { words: string[]; length: number } | undefined {
  const words: string[] = [];
  let length = 0;
  for (;;) {
    const m = /^([a-z]+)(?:\.\s*|\s+)/i.exec(text.slice(length));
    const word = m?.[1]!.toLowerCase();
    if (!m || !word || (word === "h" && !m[0].includes("."))) break;
    // After the title only honours go: "Tn An Nisa" keeps "An".
    if (words.length > 0 ? !HONOURS.has(word) : !titleWord(word)) break;
    words.push(word);
    length += m[0].length;
  }
  return words.length > 0 ? { words, length } : undefined;
}

/** The title the airline gets: a title word first, else what an honour says (Hj. → Mrs), else Dr.'s "an adult, ask". */
export function effectiveTitle(words: readonly string[]): Title | "child" | "adult" | undefined {
  const titles = words.map(titleWord);
  return titles.find((_, i) => !HONOURS.has(words[i]!)) ?? titles.find((t) => t !== "adult") ?? titles[0];
}
