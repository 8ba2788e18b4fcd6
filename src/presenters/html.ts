import { cutWithEllipsis } from "./cut-text.js";

/** Escapes text for Telegram's HTML parse mode; every interpolated value goes through it. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Telegram refuses texts over 4096 characters; cut long lists with an ellipsis instead of failing. */
export function clip(text: string, max = 4000): string {
  return cutWithEllipsis(text, max);
}

/**
 * HTML lines joined within `max`: whole lines only, "…" for the rest. `clip` on escaped HTML could cut
 * inside an entity ("&am") or a tag, and Telegram refuses the whole message; each line is whole HTML, so
 * keeping whole lines keeps it valid. Cut any long value before escaping it, so every line is short.
 */
export function clipLines(lines: readonly string[], max = 4000): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + added > max - 2) return [...kept, "…"].join("\n");
    kept.push(line);
    length += added;
  }
  return kept.join("\n");
}
