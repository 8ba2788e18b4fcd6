import { saysDocumentLater } from "../../../domain/document-later.js";
import { leadingTitles } from "../../../domain/title-words.js";
import { escapeHtml } from "../../../presenters/html.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import type { ConvoContext } from "../../context.js";
import { nameTypedAhead } from "./name-typed-ahead.js";

/**
 * Words with no digit typed at the KTP / ID or the passport question: never a document number (every
 * one has digits; "nanti nyusul", "Ny Ani Lestari" were booked as "NANTINYUSUL", "NYANILESTARI").
 * What to say before the question is asked again: "later" / "not yet" is told the airline needs it to
 * book; the next passenger's titled name is kept for them (as at the birth date, name-typed-ahead.ts);
 * a name of this passenger's, or titled, is said to be a name. Undefined: a digit in it, or none of
 * these (the question's own hint then).
 */
export function documentWordsHint(conversation: object, ctx: ConvoContext, text: string, what: "id" | "passport", asked: string): string | undefined {
  if (/\d/.test(text)) return undefined;
  if (saysDocumentLater(text)) return ctx.t("pax-document-later", { what });
  const ahead = nameTypedAhead(conversation, ctx, text);
  if (ahead) return ahead;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const own = new Set(asked.toLowerCase().split(/\s+/));
  if (leadingTitles(`${text.trim()} `) || (words.length > 0 && words.every((w) => own.has(w)))) {
    return ctx.t("pax-document-is-name", { what, typed: escapeHtml(shortQuote(text.trim())) });
  }
  return undefined;
}
