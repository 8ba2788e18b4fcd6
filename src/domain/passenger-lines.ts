import { MAX_ANSWER } from "./answer-limit.js";
import { leadingTitles, titleWord } from "./title-words.js";

/** A list's "1.", "2)", "-" or "•" before a name. */
export function withoutMarker(line: string): string {
  return line.trim().replace(/^(?:\d{1,2}\s*[.)]|[-\u2022*])\s*/, "");
}

/**
 * Lines of a pasted list of passengers: one per line, list markers and blank lines ignored. A line of
 * titled names joined by commas, "/", "&", "dan" or "and" ("Tn Budi Santoso, Ny Siti Aminah",
 * "Mr Budi Santoso / Mrs Siti Aminah") is several; emoji are dropped and the airlines' own
 * "SANTOSO/BUDI MR" is turned around.
 */
export function passengerLines(input: string): string[] {
  if (input.length > MAX_ANSWER * 9) return [input];
  return input.split(/\r?\n/).map(withoutEmoji).filter(Boolean).flatMap(joinedNames).map(airlineOrder);
}

/** "👨 Tn Budi Santoso 🙏" → "Tn Budi Santoso". */
export function withoutEmoji(line: string): string {
  // One class per kind: a class mixing them reads as a joined emoji to the linter.
  return line.replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu, " ").replace(/\s+/g, " ").trim();
}

/**
 * Split on commas, "/", "&", "+", "dan" or "and" only when every part starts with a title: "Santoso,
 * Budi" and the airlines' "SANTOSO/BUDI MR" stay one.
 */
export function joinedNames(line: string): string[] {
  const parts = line.split(/\s*(?:[,/&+]|\s(?:dan|and)\s)\s*/i).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => leadingTitles(withoutMarker(p))) ? parts : [line];
}

/**
 * "SANTOSO/BUDI MR" (last/first title, as on tickets and in airline systems) → "MR BUDI SANTOSO"; the
 * title after the name as manifests write it, "BUDI SANTOSO MR" → "MR BUDI SANTOSO" (only the
 * airlines' own titles: "Budi Bapak" is no manifest), "Budi Santoso, Tn" → "Tn Budi Santoso".
 */
export function airlineOrder(line: string): string {
  const m = /^([\p{L}' -]+)\/([\p{L}' -]+?) ([a-z]+)\.?$/iu.exec(line);
  if (m && titleWord(m[3]!)) return `${m[3]} ${m[2]!.trim()} ${m[1]!.trim()}`;
  // "Budi Santoso, Tn": after a comma the Indonesian titles too.
  const after = /^([\p{L}' -]+?)\s+(mr|mrs|ms|miss|mstr)\.?$/iu.exec(withoutMarker(line)) ?? /^([\p{L}' -]+?)\s*,\s*(mr|mrs|ms|miss|mstr|tn|ny|nn)\.?$/iu.exec(withoutMarker(line));
  return after && !leadingTitles(after[1]!) && /\p{L}/u.test(after[1]!) ? `${after[2]} ${after[1]!.trim()}` : line;
}
