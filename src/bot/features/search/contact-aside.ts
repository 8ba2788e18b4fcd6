import type { Contact } from "../../../domain/passenger.js";
import { contactInAnswer, type ContactInAnswer } from "../../../domain/contact-in-answer.js";
import { phoneTypedAlone } from "../../../domain/phone-typed-alone.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { ConvoContext } from "../../context.js";

/** What of the contact was typed ahead of its question. */
export type TypedContact = Partial<Contact>;

/**
 * The customer's e-mail and phone pasted at a passenger question ("3174… budi@mail.com 0812…"): kept for the
 * contact question, which then asks only what is missing. Rebuilt from the answers on every replay, like
 * the steps' own state, so replays agree; keyed by the conversation handle of this run.
 */
const LISTENING = new WeakMap<object, { phone?: string }>();
const KEPT = new WeakMap<object, TypedContact>();
/** Conversations at a passport, ID-number or name question, where a phone number typed alone is the contact's. */
const PHONE_ALONE_IS_CONTACT = new WeakSet<object>();

/**
 * While the passengers' questions are asked, contacts typed among their answers are kept (`on`), until they
 * are done. `known`: the booking's contact already given (from an earlier flight, or shown on the summary).
 */
export function keepContactsTyped(conversation: object, on: boolean, known?: Partial<Contact>): void {
  if (on) LISTENING.set(conversation, { ...(known?.phone && { phone: known.phone }) });
  else LISTENING.delete(conversation);
}

/**
 * While a document's number (passport, KTP/ID) is asked (`on`): a mobile number typed there alone is no
 * answer, only the contact typed ahead (domain phone-typed-alone). At other questions a number typed
 * alone stays the question's (a date's digits, say).
 */
export function documentNumberAsked(conversation: object, on: boolean): void {
  if (on) PHONE_ALONE_IS_CONTACT.add(conversation);
  else PHONE_ALONE_IS_CONTACT.delete(conversation);
}

/**
 * While a passenger's name is asked (`on`), ✏️ <passenger> too: a mobile number typed there alone is no
 * name and no NIK (12 digits at the one-field edit), only the contact typed ahead, kept as an e-mail is.
 */
export function nameAsked(conversation: object, on: boolean): void {
  documentNumberAsked(conversation, on);
}

/**
 * While a birth date is asked (`on`): a mobile number typed there alone is the contact typed ahead, kept as
 * an e-mail is. No birth date reads as one (a date's digits are 8 at most, a mobile's 10 or more, or "+").
 */
export function birthDateAsked(conversation: object, on: boolean): void {
  documentNumberAsked(conversation, on);
}

/**
 * While a group flow waits at the 🔒 prompt for the details given privately (`on`): nothing typed is its answer,
 * so a mobile number typed there alone is the contact typed ahead, kept as an e-mail is.
 */
export function privateDetailsAwaited(conversation: object, on: boolean): void {
  documentNumberAsked(conversation, on);
}

/**
 * A line that is the customer's contact and nothing else: an e-mail, a phone (labelled or not), or both
 * ("ana@example.com", "081234567890", "hp 0812…"). At the 🔒 prompt such a line is meant for the booking even
 * typed without a reply in a group that shows the bot every message.
 */
export function contactOnly(text: string): boolean {
  return contactInAnswer(text)?.rest === "" || phoneTypedAlone(text) !== undefined;
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
  const listening = LISTENING.get(conversation);
  if (!listening) return undefined;
  const found = contactInAnswer(text) ?? phoneAlone(conversation, text, listening.phone);
  if (!found) return undefined;
  const kept = { ...KEPT.get(conversation), ...(found.email && { email: found.email }), ...(found.phone && { phone: found.phone }) };
  KEPT.set(conversation, kept);
  // In a group the customer's e-mail and phone are not said again: colleagues need not read them once more, and a
  // photo's caption was promised not to be repeated there. The summary before booking shows them to check.
  if (ctx.chat?.type === "group" || ctx.chat?.type === "supergroup") return { rest: found.rest, note: ctx.t("contact-typed-early-kept-group") };
  const parts = [kept.email && escapeHtml(kept.email), kept.phone && escapeHtml(kept.phone)].filter(Boolean);
  return { rest: found.rest, note: ctx.t("contact-typed-early-kept", { contact: parts.join(" · ") }) };
}

/** At a document-number or name question, a phone typed alone (or one already noted, typed again): the contact, nothing left. */
function phoneAlone(conversation: object, text: string, known: string | undefined): ContactInAnswer | undefined {
  if (!PHONE_ALONE_IS_CONTACT.has(conversation)) return undefined;
  const noted = [KEPT.get(conversation)?.phone, known].filter((p): p is string => p !== undefined);
  const phone = phoneTypedAlone(text, noted);
  return phone ? { phone, rest: "" } : undefined;
}
