import { InlineKeyboard } from "grammy";
import type { ConvoContext } from "../../context.js";
import { ask, stale, type Answer, type Convo, type Lazy, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";

type Choice<V extends string> = Promise<{ value: V; ctx: ConvoContext }>;

/** Words a hurried agent types for "go on" at a step whose first button goes on (never where money or a price is agreed). */
const GO_ON = new Set(["lanjut", "lanjutkan", "ok", "oke", "okay", "okey", "ya", "iya", "y", "yes", "continue", "next", "go", "gas", "sip", "book", "booking"]);
/** Said around a "go on" word without changing it: "ok gas", "oke lanjut", "ya kak", "gas book aja". */
const GO_ON_TOO = new Set(["yuk", "yok", "ayo", "langsung", "aja", "deh", "dong", "kak", "pls", "please", "proses", "pesan", "it", "ahead", "now", "sekarang"]);

/** A typed answer as its words: "✅ Lanjut!" and "lanjut" read the same. */
export const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();

/**
 * The option a typed answer names: its button's words, or (with `goOn`) "go on" words for that option,
 * alone or a few together ("ok gas", "oke lanjut", "ok book"). A question ("ok?") agrees to nothing.
 * `strict`: only a button's own words (a group member's chatter not addressed to the bot).
 */
function typedOption<V extends string>(text: string, options: readonly [V, string][], goOn: V, strict = false): V | undefined {
  const said = plain(text);
  if (said === "" || text.includes("?")) return undefined;
  const named = options.find(([, label]) => plain(label) === said);
  if (named || strict) return named?.[0];
  const words = said.split(" ");
  return words.length <= 4 && words.some((w) => GO_ON.has(w)) && words.every((w) => GO_ON.has(w) || GO_ON_TOO.has(w)) ? goOn : undefined;
}

/**
 * A step's own reading of typed text before its buttons' words: an option, or a hint to send. `answer`:
 * the whole answer (a shared contact card arrives as its number, `contact: true`).
 */
type Hear<V> = (text: string, answer: Extract<Answer, { kind: "text" }>) => Parsed<V> | undefined | Promise<Parsed<V> | undefined>;

export interface ChooseOptions<V extends string> {
  /** A button handled outside the conversation (the customer card), on a row of its own. */
  extra?: [label: string, data: string];
  /** The option "go on" words take ("ok", "lanjut"), where the step allows it. */
  goOn?: V;
  hear?: Hear<V>;
  /** The hint for typed text nothing reads (default: "choose with the buttons"). */
  otherwise?: () => string;
  /** Buttons per row (default: all on one row, at most ROW_MAX): 1 for options that are long labels (names). */
  perRow?: number;
}

/**
 * Telegram refuses a row of more than eight inline buttons (REPLY_MARKUP_TOO_LONG), and on a phone even
 * eight are slivers: a longer list of options wraps.
 */
const ROW_MAX = 8;

/** A step answered with buttons (or the words they name): its value and the context it came with. */
export function choose<V extends string>(conversation: Convo, ctx: ConvoContext, text: Lazy<string>, step: string, options: readonly [V, string][], more: ChooseOptions<V> = {}): Choice<V> {
  const { extra, goOn, hear, otherwise } = more;
  const perRow = Math.min(more.perRow ?? ROW_MAX, ROW_MAX);
  const keyboard = () => {
    const kb = new InlineKeyboard();
    options.forEach(([value, label], i) => {
      if (i > 0 && i % perRow === 0) kb.row();
      kb.text(label, cb.choice(step, value));
    });
    if (extra) kb.row().text(...extra); // a button handled outside the conversation (the customer card)
    return kb;
  };
  const values = options.map(([v]) => v);
  return ask(conversation, ctx, { text, keyboard }, async (a): Promise<Parsed<V>> => {
    if (a.kind === "text") {
      // "lanjut", "ok", "ubah" typed instead of tapped: taken where the step allows it (`goOn`), else the buttons are asked for.
      const heard = await hear?.(a.text, a);
      if (heard) return heard;
      // In a group, chatter that neither replies to the bot nor mentions it ("ok gas" to a colleague) goes on only as the button's own word ("lanjut").
      const typed = goOn === undefined ? undefined : typedOption(a.text, options, goOn, a.unaddressed);
      // Unaddressed chatter that names no option is left alone: it may be for a colleague.
      return typed ? { ok: true, value: typed } : a.unaddressed ? { ok: false } : { ok: false, hint: otherwise?.() ?? ctx.t("use-buttons") };
    }
    const v = parseChoice(a.data, step, values);
    return v ? { ok: true, value: v } : stale(ctx);
  }, { onlyFromPrompt: true });
}
