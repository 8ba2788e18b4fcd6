import type { MessageEntity } from "grammy/types";
import { badRequest } from "./errors.js";

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

interface OpenTag {
  tag: string;
  attrs: Map<string, string>;
  offset: number; // UTF-16 offset in the output text
  language?: string; // set on <pre> by a nested <code class="language-…">
}

const SUPPORTED = new Set([
  "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
  "code", "pre", "blockquote", "tg-emoji", "tg-time",
]);
const SIMPLE: Record<string, MessageEntity["type"]> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline",
  s: "strikethrough", strike: "strikethrough", del: "strikethrough", "tg-spoiler": "spoiler",
  span: "spoiler", code: "code",
};
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

const fail = (detail: string) => badRequest(`can't parse entities: ${detail}`);

/**
 * Telegram's HTML parse mode, modelled on tdlib's parse_html (same error wording). Stricter in
 * one place on purpose: an `&` that starts no valid entity is rejected, because a bot that
 * forgets to escape user data should fail in tests rather than render oddly in production.
 */
export function parseHtml(html: string): ParsedText {
  const bytes = (i: number) => Buffer.byteLength(html.slice(0, i), "utf8");
  const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let out = "";
  let i = 0;
  const readEntity = (): string => {
    const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(html.slice(i, i + 12));
    const code = m?.[1] !== undefined ? Number(m[1]) : m?.[2] !== undefined ? parseInt(m[2], 16) : undefined;
    const named = m?.[3] !== undefined ? NAMED[m[3]] : undefined;
    const valid = code !== undefined && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!m || (named === undefined && !valid)) throw fail(`Character entity expected at byte offset ${bytes(i)}`);
    i += m[0].length;
    return named ?? String.fromCodePoint(code ?? 0);
  };
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === "&") {
      out += readEntity();
      continue;
    }
    if (ch !== "<") {
      out += ch;
      i++;
      continue;
    }
    const begin = i++;
    if (html[i] !== "/") {
      while (i < html.length && !isSpace(html[i]) && html[i] !== ">") i++;
      if (i >= html.length) throw fail(`Unclosed start tag at byte offset ${bytes(begin)}`);
      const tag = html.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED.has(tag)) throw fail(`Unsupported start tag "${tag}" at byte offset ${bytes(begin)}`);
      const attrs = new Map<string, string>();
      for (;;) {
        while (isSpace(html[i])) i++;
        if (i >= html.length) throw fail(`Unclosed start tag at byte offset ${bytes(begin)}`);
        if (html[i] === ">") break;
        const nameStart = i;
        while (i < html.length && !isSpace(html[i]) && !"=>".includes(html[i] as string)) i++;
        const name = html.slice(nameStart, i).toLowerCase();
        if (name === "") throw fail(`Empty attribute name in the tag "${tag}" at byte offset ${bytes(begin)}`);
        while (isSpace(html[i])) i++;
        if (html[i] !== "=") {
          attrs.set(name, ""); // valueless, as in <blockquote expandable>
          continue;
        }
        i++;
        while (isSpace(html[i])) i++;
        const quote = html[i] === '"' || html[i] === "'" ? html[i++] : undefined;
        let value = "";
        while (i < html.length && (quote ? html[i] !== quote : !isSpace(html[i]) && html[i] !== ">")) {
          value += html[i] === "&" ? readEntity() : html[i++];
        }
        if (i >= html.length) throw fail(`Unclosed start tag at byte offset ${bytes(begin)}`);
        if (quote) i++;
        attrs.set(name, value);
      }
      i++;
      if (tag === "span" && attrs.get("class") !== "tg-spoiler") {
        throw fail(`Tag "span" must have class "tg-spoiler" at byte offset ${bytes(begin)}`);
      }
      stack.push({ tag, attrs, offset: out.length });
      continue;
    }
    const top = stack.pop();
    if (!top) throw fail(`Unexpected end tag at byte offset ${bytes(begin)}`);
    i++;
    while (i < html.length && !isSpace(html[i]) && html[i] !== ">") i++;
    const endName = html.slice(begin + 2, i).toLowerCase();
    while (isSpace(html[i])) i++;
    if (html[i] !== ">") throw fail(`Unclosed end tag at byte offset ${bytes(begin)}`);
    i++;
    if (endName !== "" && endName !== top.tag) {
      throw fail(`Unmatched end tag at byte offset ${bytes(begin)}, expected "</${top.tag}>", found "</${endName}>"`);
    }
    const entity = toEntity(top, out.length - top.offset, stack[stack.length - 1]);
    if (entity) entities.push(entity);
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw fail(`Can't find end tag corresponding to start tag ${unclosed.tag}`);
  // Telegram lists outer entities before inner ones that start at the same offset.
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function toEntity(open: OpenTag, length: number, parent: OpenTag | undefined): MessageEntity | undefined {
  const { tag, attrs, offset } = open;
  const language = /^language-(.+)$/.exec(attrs.get("class") ?? "")?.[1];
  if (tag === "code" && parent?.tag === "pre" && language !== undefined) {
    parent.language = language; // <pre><code class="language-x"> is one pre entity
    return undefined;
  }
  if (length === 0) return undefined;
  const simple = SIMPLE[tag];
  if (simple) return { type: simple, offset, length } as MessageEntity;
  if (tag === "pre") {
    return open.language === undefined
      ? { type: "pre", offset, length }
      : { type: "pre", offset, length, language: open.language };
  }
  if (tag === "blockquote") {
    return { type: attrs.has("expandable") ? "expandable_blockquote" : "blockquote", offset, length };
  }
  if (tag === "tg-emoji") {
    return { type: "custom_emoji", offset, length, custom_emoji_id: attrs.get("emoji-id") ?? "" };
  }
  if (tag === "tg-time") {
    const format = attrs.get("format");
    const unix_time = Number(attrs.get("unix") ?? 0);
    return { type: "date_time", offset, length, unix_time, ...(format ? { date_time_format: format } : {}) } as MessageEntity;
  }
  const href = attrs.get("href");
  if (href === undefined || href === "") return undefined;
  const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
  if (mention) {
    return { type: "text_mention", offset, length, user: { id: Number(mention[1]), is_bot: false, first_name: "" } };
  }
  return { type: "text_link", offset, length, url: href };
}
