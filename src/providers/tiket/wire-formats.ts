import { redactedBody } from "../read-limited.js";

/**
 * The other answer formats tiket.com documents besides JSON. Seed 004 shows getToken's answer as XML,
 * then JSON, then PHP serialize, with no rule saying which one comes back: only getToken's answer is
 * read in all three (TiketHttp's `anyFormat`); every other call stays JSON only, as the spec reads it.
 */

const MAX_DEPTH = 32;

/**
 * The seed's XML answer (`<tiket><diagnostic>…</diagnostic>…<token>…</token></tiket>`) as the object its
 * JSON form is: the root element's children by name, an element with children as an object, a repeated
 * one as a list, a leaf as its trimmed text. No DTD is read and no entity but the five predefined (and
 * numeric ones) is expanded; an HTML page, a document with a DOCTYPE, or anything malformed is undefined.
 */
export function parseXmlAnswer(text: string): Record<string, unknown> | undefined {
  let s = text.replace(/^\uFEFF/, "").replace(/<\?xml[\s\S]*?\?>/, "").replace(/<!--[\s\S]*?-->/g, "").trim();
  if (/<!DOCTYPE|<!ENTITY/i.test(s)) return undefined;
  const tag = /<(\/?)([A-Za-z_][\w.-]*)(?:\s[^<>]*?)?(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>/g;
  interface Node { name: string; children: [string, unknown][]; text: string }
  const stack: Node[] = [{ name: "", children: [], text: "" }];
  let last = 0;
  for (let m = tag.exec(s); m; m = tag.exec(s)) {
    const between = s.slice(last, m.index);
    if (between.includes("<") || between.includes(">")) return undefined;
    const top = stack.at(-1)!;
    top.text += decodeEntities(between);
    last = tag.lastIndex;
    if (m[4] !== undefined) {
      top.text += m[4];
      continue;
    }
    const [, closing, name, selfClosing] = m as unknown as [string, string, string, string];
    if (closing) {
      if (top.name !== name || stack.length === 1) return undefined;
      stack.pop();
      stack.at(-1)!.children.push([name, valueOf(top)]);
    } else if (selfClosing) {
      top.children.push([name, ""]);
    } else {
      if (stack.length > MAX_DEPTH) return undefined;
      stack.push({ name, children: [], text: "" });
    }
  }
  s = s.slice(last);
  if (stack.length !== 1 || s.trim() !== "") return undefined;
  const roots = stack[0]!.children;
  if (roots.length !== 1 || stack[0]!.text.trim() !== "") return undefined;
  const [rootName, root] = roots[0]!;
  if (rootName.toLowerCase() === "html" || typeof root !== "object" || root === null || Array.isArray(root)) return undefined;
  return root as Record<string, unknown>;

  function valueOf(node: Node): unknown {
    if (node.children.length === 0) return node.text.trim();
    const byName = new Map<string, unknown[]>();
    for (const [k, v] of node.children) byName.set(k, [...(byName.get(k) ?? []), v]);
    return Object.fromEntries([...byName].map(([k, vs]) => [k, vs.length === 1 ? vs[0] : vs]));
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (all, e: string) => {
    const k = e.toLowerCase();
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "amp") return "&";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const code = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Whether a body looks like PHP serialize (`a:4:{…}`; the seed puts blanks after the colons). */
export function looksSerialized(text: string): boolean {
  return /^\s*a\s*:\s*\d+\s*:\s*\{/.test(text);
}

/**
 * The seed's PHP-serialize answer as the object its JSON form is. Read leniently, as the seed writes it:
 * blanks between the parts, no `;` after a `}`, and string lengths that don't always match the text
 * (`s: 14: "0.1005"`): a string's declared length is used when its closing quote is where it says, else
 * the string runs to the next `";`. Arrays, strings, integers, floats, booleans and null; objects (`O:`)
 * and references are not read. Anything malformed is undefined.
 */
export function parsePhpSerialized(text: string): Record<string, unknown> | undefined {
  let i = 0;
  const s = text.replace(/^\uFEFF/, "");
  const blank = () => { while (i < s.length && /\s/.test(s[i]!)) i++; };
  const expect = (c: string) => {
    blank();
    if (s[i] !== c) throw new Error(`expected ${c}`);
    i++;
  };
  const integer = (): number => {
    blank();
    const m = /^-?\d{1,20}/.exec(s.slice(i, i + 21));
    if (!m) throw new Error("expected a number");
    i += m[0].length;
    return Number(m[0]);
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Error("too deep");
    blank();
    const kind = s[i++];
    if (kind === "N") { expect(";"); return null; }
    expect(":");
    switch (kind) {
      case "i": { const n = integer(); expect(";"); return n; }
      case "b": { const n = integer(); expect(";"); return n !== 0; }
      case "d": {
        blank();
        const m = /^-?(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|INF|NAN)/.exec(s.slice(i, i + 64));
        if (!m) throw new Error("expected a float");
        i += m[0].length;
        expect(";");
        return Number(m[0]);
      }
      case "s": {
        const length = integer();
        expect(":");
        expect('"');
        let end = i + length;
        if (!(s[end] === '"' && /^\s*;/.test(s.slice(end + 1)))) {
          const close = /"\s*;/.exec(s.slice(i));
          if (!close) throw new Error("unterminated string");
          end = i + close.index;
        }
        const str = s.slice(i, end);
        i = end + 1;
        expect(";");
        return str;
      }
      case "a": {
        const count = integer();
        expect(":");
        expect("{");
        const entries: [string, unknown][] = [];
        for (let n = 0; n < count; n++) {
          const key = value(depth + 1);
          if (typeof key !== "string" && typeof key !== "number") throw new Error("bad key");
          entries.push([String(key), value(depth + 1)]);
        }
        expect("}");
        blank();
        if (s[i] === ";") i++;
        const isList = entries.every(([k], n) => k === String(n));
        return isList && entries.length > 0 ? entries.map(([, v]) => v) : Object.fromEntries(entries);
      }
      default:
        throw new Error("unsupported value");
    }
  };
  try {
    const out = value(0);
    blank();
    if (i !== s.length || typeof out !== "object" || out === null || Array.isArray(out)) return undefined;
    return out as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Values that open the partner account, in any of the formats, and long hex runs (tokens, keys) anywhere. */
const SECRETS: [RegExp, string][] = [
  [/(<(token|secretkey|confirmkey)>)[^<]*(<\/\2>)/gi, "$1<redacted>$3"],
  [/("(?:token|secretkey|confirmkey)"\s*:\s*")[^"]*(")/gi, "$1<redacted>$2"],
  [/(s\s*:\s*\d+\s*:\s*"(?:token|secretkey|confirmkey)"\s*;\s*s\s*:\s*\d+\s*:\s*")[^"]*(")/gi, "$1<redacted>$2"],
  [/\b((?:token|secretkey|confirmkey)=)[^&\s"'<]*/gi, "$1<redacted>"],
  [/\b[0-9a-f]{16,}\b/gi, "<redacted>"],
];

/** A text with session tokens and partner keys taken out: what may go into an error's `raw` or a log. */
export function withoutSecrets(text: string): string {
  return SECRETS.reduce((t, [re, by]) => t.replace(re, by), text);
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return withoutSecrets(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [
    k, /^(token|secretkey|confirmkey)$/i.test(k) && typeof v === "string" ? "<redacted>" : maskDeep(v, depth + 1),
  ]));
}

/**
 * A tiket.com body as it may appear in an error (`raw`): redactedBody's shape and masks, after tokens and
 * keys are taken out (redactedBody's masks leave most of a hex token standing: only its digit runs go).
 */
export function tiketRaw(body: unknown): string {
  return withoutSecrets(redactedBody(typeof body === "string" ? withoutSecrets(body) : maskDeep(body)));
}
