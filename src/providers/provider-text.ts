import JSON5 from "json5";

/**
 * Free text from a provider (failure reasons, validation lines, error_msgs) is capped before any
 * pattern runs on it or it is kept: a real one is a sentence or a few lines, while a reply may be
 * megabytes. Patterns over it stay linear anyway; the caps bound the work and what errors carry.
 */
export const MAX_PROVIDER_TEXT = 2_000;
export const MAX_PROVIDER_LINES = 20;
/** The deepest answer in the specs nests about six levels (check_order); 64 leaves room for anything real. */
export const MAX_JSON_DEPTH = 64;

export function capText(text: string, max = MAX_PROVIDER_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Non-empty trimmed lines, at most MAX_PROVIDER_LINES of them, each capped. */
export function capLines(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length >= MAX_PROVIDER_LINES) break;
    const t = capText(line.length > MAX_PROVIDER_TEXT * 2 ? line.slice(0, MAX_PROVIDER_TEXT * 2) : line).trim();
    if (t) kept.push(t);
  }
  return kept;
}

/**
 * Whether JSON text nests arrays or objects deeper than `max`, by one linear scan (strings skipped).
 * JSON.parse copes with a million levels, but every recursive walk after it (schemas, stringify for
 * logs) would overflow the stack and crash as an untyped error, so such an answer is refused first.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/**
 * A provider's answer as JSON, or in the JavaScript-object form their documents print it (unquoted
 * keys, as in MMBC's booking status and tiket.com's check_order examples): a server written from the
 * documents may answer that way, and reading it changes no value. Strict JSON is tried first; text that
 * is neither throws strict JSON's error.
 */
export function parseProviderJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (strict) {
    try {
      return JSON5.parse(text);
    } catch {
      throw strict;
    }
  }
}
