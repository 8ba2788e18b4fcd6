import { cutText } from "./cut-text.js";

/**
 * The agent's own words quoted back in a hint, at most `max` characters: a longer text is cut at the
 * last word boundary that fits and ends in "…", so nothing she typed looks silently mangled ("… 2 org
 * ya ka"). Escape the result after cutting, never before (a cut could split an entity).
 */
export function shortQuote(text: string, max = 40): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const head = cutText(t, max - 1);
  const space = head.search(/\s\S*$/);
  // One long word (a pasted link or code): cut inside it rather than quote almost nothing.
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}
