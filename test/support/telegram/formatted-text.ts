import type { MessageEntity } from "grammy/types";
import { badRequest } from "./errors.js";
import { parseHtml, type ParsedText } from "./html-entities.js";

export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

/**
 * Resolves text + parse_mode / entities the way Telegram stores it: parsed, then trimmed of
 * surrounding whitespace. `entities` wins over `parse_mode` when both are given, as on Telegram.
 */
export function formatText(text: string, parseMode: unknown, entities: unknown): ParsedText {
  let parsed: ParsedText;
  if (Array.isArray(entities)) {
    checkEntityBounds(text, entities as MessageEntity[]);
    parsed = { text, entities: entities as MessageEntity[] };
  } else if (parseMode === undefined || parseMode === "") {
    parsed = { text, entities: [] };
  } else if (parseMode === "HTML") {
    parsed = parseHtml(text);
  } else if (parseMode === "MarkdownV2" || parseMode === "Markdown") {
    // Not emulated: the text is kept verbatim, without entities.
    parsed = { text, entities: [] };
  } else {
    throw badRequest("unsupported parse_mode");
  }
  return trim(parsed);
}

/** Text for sendMessage / editMessageText: 1–4096 characters after parsing. */
export function formatMessageText(text: unknown, parseMode: unknown, entities: unknown): ParsedText {
  const parsed = formatText(typeof text === "string" ? text : "", parseMode, entities);
  const length = characters(parsed.text);
  if (length === 0) throw badRequest("message text is empty");
  if (length > MAX_TEXT) throw badRequest("message is too long");
  return parsed;
}

/** Captions: 0–1024 characters after parsing. */
export function formatCaption(caption: unknown, parseMode: unknown, entities: unknown): ParsedText | undefined {
  if (typeof caption !== "string") return undefined;
  const parsed = formatText(caption, parseMode, entities);
  if (characters(parsed.text) > MAX_CAPTION) throw badRequest("message caption is too long");
  return parsed.text === "" ? undefined : parsed;
}

// Telegram counts Unicode code points for these limits; entity offsets use UTF-16 units.
export function characters(text: string): number {
  return [...text].length;
}

function checkEntityBounds(text: string, entities: MessageEntity[]): void {
  for (const [index, e] of entities.entries()) {
    if (e.offset < 0 || e.length < 1 || e.offset + e.length > text.length) {
      throw badRequest(
        `can't parse entities: entity ${index} (offset ${e.offset}, length ${e.length}) ` +
          `is outside the text of ${text.length} UTF-16 code units`,
      );
    }
  }
}

function trim({ text, entities }: ParsedText): ParsedText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const moved: MessageEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(e.offset + e.length - lead, trimmed.length);
    if (end > start) moved.push({ ...e, offset: start, length: end - start });
  }
  return { text: trimmed, entities: moved };
}
