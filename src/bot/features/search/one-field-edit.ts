import type { Quote } from "../../../domain/flight.js";
import type { PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { correctableFields, oneFieldOf } from "./typed-correction.js";
import { correctionDone, correctionRefused, correctionUnclear, oneFieldHint } from "./typed-correction-text.js";
import { renamedKeepingTitle } from "./typed-name-correction.js";

/**
 * ✏️ <passenger> from the summary: their name question also takes one of their details typed alone (a
 * NIK, a birth date, a passport number), which replaces just that detail; the agent does not retype the
 * whole passenger to fix one digit; a name typed without a title is their new name, their title kept.
 * `hint` is said under the question.
 */
export interface OneFieldEdit {
  /** Only the details this passenger can take; none: no hint. */
  hint?: string;
  /** The passenger with the detail replaced (and what to say of it), a refusal to say, or undefined: not a detail. */
  read: (ctx: ConvoContext, text: string) => { passenger: PassengerInput; said: string } | { refused: string } | undefined;
}

/** Thrown out of the passenger questions when a detail alone was typed: the summary comes back with it. */
export class OneFieldFixed extends Error {
  constructor(readonly ctx: ConvoContext, readonly passenger: PassengerInput, readonly said: string) {
    super("one field fixed");
  }
}

/**
 * The edit of passenger `index` of `passengers` (private chats: a group gives details privately). A
 * passenger without details gets it too: a KTP typed for a flight that takes none is said not needed.
 */
export function oneFieldEdit(ctx: ConvoContext, quote: Quote, passengers: readonly PassengerInput[], index: number): OneFieldEdit | undefined {
  if (ctx.chat?.type !== "private") return undefined;
  const rules = { flightDate: quote.offer.date, adultFrom: quote.needs.adultFrom, needs: quote.needs };
  return {
    hint: oneFieldHint(ctx, correctableFields(passengers[index]!, quote.needs)),
    read: (at, text) => {
      // "Ani Lestari" at ✏️ Mrs Ani Ani: her name, her title kept.
      const c = oneFieldOf(text, passengers, index, rules) ?? renamedKeepingTitle(text, passengers, index);
      if (!c) return undefined;
      if (c.kind === "set") return { passenger: c.passenger, said: correctionDone(at, c) };
      return { refused: c.kind === "unclear" ? correctionUnclear(at, c, passengers) : correctionRefused(at, c, passengers) };
    },
  };
}
