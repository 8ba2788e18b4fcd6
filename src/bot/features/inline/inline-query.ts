import { parseQuickForm, type QuickForm } from "../search/quick-form.js";

/** What an inline query asks for, before anything is looked up. */
export type InlineRequest =
  | { kind: "empty" }
  /** One word that looks like a booking code; `pair` is its reading as glued airport codes ("CGKSUB"). */
  | { kind: "code"; code: string; pair?: QuickForm }
  | { kind: "route"; form: QuickForm };

const BOOKING_CODE = /^[A-Z0-9]{5,10}$/i;

/** Reads the text typed after the bot's username; routes are read exactly like the /search quick form. */
export function classifyQuery(query: string): InlineRequest {
  const text = query.trim().slice(0, 200);
  if (!text) return { kind: "empty" };
  if (BOOKING_CODE.test(text)) {
    const code = text.toUpperCase();
    // Six letters may also be two airport codes typed without a space; the caller checks them.
    const pair = /^[A-Z]{6}$/.test(code) ? { origin: code.slice(0, 3), destination: code.slice(3) } : undefined;
    return { kind: "code", code, pair };
  }
  return { kind: "route", form: parseQuickForm(text) };
}
