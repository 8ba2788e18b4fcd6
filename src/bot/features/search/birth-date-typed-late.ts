import type { PassengerInput } from "../../../domain/passenger.js";
import { withoutBirthLabel } from "../../../domain/document-date-readings.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import { pastBirthDate } from "./read-names.js";
import { birthDateRefusal } from "./birth-date-step.js";
import { twoWays } from "./document-date-step.js";

/** The passenger named just before the one asked now, entered without a birth date, and how to keep one for them. */
interface PreviousPassenger {
  passenger: PassengerInput;
  flightDate: string;
  adultFrom?: number;
  keep: (birthDate: string) => void;
}

// Per conversation run (rebuilt on every replay, as the steps that set it run again), as name-typed-ahead.ts.
const PREVIOUS = new WeakMap<object, PreviousPassenger>();

/** While the next passenger's name is asked (`at`, or undefined once answered): the one before, if they lack a birth date. */
export function previousWithoutBirthDate(conversation: object, at: PreviousPassenger | undefined): void {
  if (at && !at.passenger.birthDate) PREVIOUS.set(conversation, at);
  else PREVIOUS.delete(conversation);
}

/**
 * "12-03-1985" typed alone at passenger N's name: the agent typing the birth date of the passenger named just
 * before (entered without one), late. Checked as the birth question checks it, kept for them, and the note
 * saying so; the age refusal when it can't be theirs. Undefined when nobody before lacks one, or the text is no
 * past date alone, or it reads two ways (a question of its own): the name question's explanation stays.
 * Today is the answer's own date (Telegram's), so a replay reads it the same.
 */
export function birthDateTypedLate(conversation: object, ctx: ConvoContext, text: string): string | undefined {
  const at = PREVIOUS.get(conversation);
  if (!at || at.passenger.birthDate || text.trim().includes("\n")) return undefined;
  const today = new Date((ctx.msg?.date ?? 0) * 1000).toISOString().slice(0, 10);
  const date = ctx.msg?.date ? pastBirthDate(text.trim(), today) : undefined;
  if (!date || twoWays(ctx, withoutBirthLabel(text), today)) return undefined;
  const refused = birthDateRefusal(ctx, at.passenger, date, at.flightDate, at.adultFrom);
  if (refused) return refused;
  at.passenger = { ...at.passenger, birthDate: date };
  at.keep(date);
  return ctx.t("input-name-birth-date-kept", { name: escapeHtml(at.passenger.fullName), date: documentDateText(date, localeOf(ctx)) });
}
