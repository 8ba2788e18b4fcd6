import type { Contact } from "../../../domain/passenger.js";
import { contactInAnswer } from "../../../domain/contact-in-answer.js";
import { escapeHtml } from "../../../presenters/html.js";
import { maskedPhone } from "../../../presenters/format.js";
import type { ConvoContext } from "../../context.js";

/** What of the contact was typed ahead of its question. */
export type TypedContact = Partial<Contact>;

/**
 * The customer's e-mail and phone pasted at a passenger question ("3174… budi@mail.com 0812…"): kept for the
 * contact question, which then asks only what is missing. Rebuilt from the answers on every replay, like
 * the steps' own state, so replays agree; keyed by the conversation handle of this run.
 */
const LISTENING = new WeakSet<object>();
const KEPT = new WeakMap<object, TypedContact>();

/** While the passengers' questions are asked, contacts typed among their answers are kept (`on`), until they are done. */
export function keepContactsTyped(conversation: object, on: boolean): void {
  if (on) LISTENING.add(conversation);
  else LISTENING.delete(conversation);
}

/** The contact typed ahead so far, handed over once (to the contact question, or over a contact already given). */
export function takeContactTyped(conversation: object): TypedContact | undefined {
  const kept = KEPT.get(conversation);
  KEPT.delete(conversation);
  return kept;
}

/**
 * An answer with contact details in it, while a passenger's questions are asked: the contact is kept, and what
 * is left is the answer ("" when the line held the contact only). `note` says what was kept. Undefined: no
 * contact, or not listening; in a group, a line not addressed to the bot is chatter and kept nothing.
 */
export function contactAside(conversation: object, ctx: ConvoContext, text: string): { rest: string; note: string } | undefined {
  if (!LISTENING.has(conversation)) return undefined;
  const found = contactInAnswer(text);
  if (!found) return undefined;
  const kept = { ...KEPT.get(conversation), ...(found.email && { email: found.email }), ...(found.phone && { phone: found.phone }) };
  KEPT.set(conversation, kept);
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const parts = [kept.email && escapeHtml(kept.email), kept.phone && escapeHtml(group ? maskedPhone(kept.phone) : kept.phone)].filter(Boolean);
  return { rest: found.rest, note: ctx.t("contact-typed-early-kept", { contact: parts.join(" · ") }) };
}
