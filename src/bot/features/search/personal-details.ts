import { holderOf, type Holder } from "../../../domain/document-holders.js";
import type { LineFields } from "../../../domain/name-line-data.js";
import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { GoBack, say, type Convo } from "./ask.js";
import { askBirthDate } from "./birth-date-step.js";
import { askIdNumber } from "./id-number-step.js";
import { askNationality, askPassport, askPassportIssued } from "./passport-steps.js";
import { PastedNotes, type Detail, type Pasted } from "./personal-detail-step.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/** Whether a passenger of this type must give personal details (birth date, ID, passport) for this flight. */
export function needsPersonalDetails(type: PassengerInput["type"], needs: PassengerRequirements): boolean {
  return needs.birthDate || type === "infant" || (needs.idNumber === true && type === "adult") || needs.passport;
}

/** Whether a passenger carries every personal detail this flight asks of their type (nothing asked: true). */
export function hasPersonalDetails(p: PassengerInput, needs: PassengerRequirements): boolean {
  if ((needs.birthDate || p.type === "infant") && !p.birthDate) return false;
  if (needs.idNumber && p.type === "adult" && !p.idNumber) return false;
  if (!needs.passport) return true;
  return !!p.passport && (!needs.passportIssued || !!p.passport.issued) && (!needs.nationality || !!p.nationality);
}

type Field = "birth" | "id" | "passport" | "issued" | "nationality";

/** The questions this passenger gets for this flight, in order, each with what it asks. */
function detailsFor(type: PassengerInput["type"], needs: PassengerRequirements): { ask: Detail; field: Field }[] {
  const details: { ask: Detail; field: Field }[] = [];
  if (needs.birthDate || type === "infant") details.push({ ask: askBirthDate, field: "birth" });
  if (needs.idNumber && type === "adult") details.push({ ask: askIdNumber, field: "id" });
  if (needs.passport) {
    details.push({ ask: askPassport, field: "passport" });
    if (needs.passportIssued) details.push({ ask: askPassportIssued, field: "issued" });
    if (needs.nationality) details.push({ ask: askNationality, field: "nationality" });
  }
  return details;
}

/** Whether the passenger has no answer yet to this question. */
function lacks(p: PassengerInput, field: Field): boolean {
  if (field === "birth") return !p.birthDate;
  if (field === "id") return !p.idNumber;
  if (field === "passport") return !p.passport;
  if (field === "issued") return !p.passport?.issued;
  return !p.nationality;
}

/**
 * Per question, the part of the name's line that answers it, as pasted (each read there by the
 * question's own parser); the parts no question of this flight takes, and those whose question is not
 * sure, noted to be said with what was taken. A passport number answers the ID question too when no
 * KTP was pasted (the question asks "16 digits, or the passport number"); a KTP is never a passport.
 * A number another passenger already has is not used: said, and its question asked.
 */
function pastedAnswers(ctx: ConvoContext, fields: Field[], pasted: LineFields, notes: PastedNotes, others: readonly Holder[]): (string | undefined)[] {
  const asks = (f: Field) => fields.includes(f);
  let id = asks("id") ? pasted.ktp ?? pasted.passport : undefined;
  let passport = asks("passport") && pasted.passport ? [pasted.passport, pasted.expiry].filter(Boolean).join(" ") : undefined;
  const unneeded = [
    asks("birth") ? undefined : pasted.birth,
    passport !== undefined || (id !== undefined && id === pasted.passport) ? undefined : pasted.passport,
    passport !== undefined ? undefined : pasted.expiry,
    asks("id") || !pasted.ktp ? undefined : pasted.ktp,
    asks("nationality") ? undefined : pasted.nationality,
  ].filter((t): t is string => t !== undefined);
  const quoted = (ts: readonly string[]) => ts.map((t) => `"${escapeHtml(shortQuote(t))}"`).join(", ");
  if (unneeded.length > 0) notes.note(ctx.t("pasted-unneeded", { name: escapeHtml(notes.name), items: quoted(unneeded) }));
  if (pasted.unread?.length) notes.note(ctx.t("pasted-unread", { name: escapeHtml(notes.name), items: quoted(pasted.unread), count: pasted.unread.length }));
  const taken = (number: string | undefined): boolean => {
    const refusal = number === undefined ? undefined : numberTaken(ctx, number, notes.name, others);
    if (refusal) notes.note(ctx.t("pasted-refused", { name: escapeHtml(notes.name), typed: escapeHtml(shortQuote(number!)), reason: refusal }));
    return refusal !== undefined;
  };
  const idTried = id;
  if (taken(id)) id = undefined;
  if (passport !== undefined && holderOf(pasted.passport, others)) {
    // One number refused for both questions is said once.
    if (pasted.passport !== idTried) taken(pasted.passport);
    passport = undefined;
  }
  return fields.map((f) => (f === "birth" ? pasted.birth : f === "id" ? id : f === "passport" ? passport : f === "nationality" ? pasted.nationality : undefined));
}

/**
 * Birth date, ID number, passport and nationality — whatever the flight needs — for one named
 * passenger. "Back" goes to the question before, keeping what was answered; back from the first
 * leaves to the caller (the passenger's name). `pasted`: the data pasted on the passenger's name line
 * (a private chat): each part answers its question first, read as if typed there, and what was taken
 * is said back once; used once only, so "back" to a question it answered asks it. `onlyMissing`: the
 * questions whose answer the passenger lacks, the rest kept (a passenger kept from another flight).
 */
export async function askPersonalDetails(conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, needs: PassengerRequirements, flightDate: string, fromLast = false, handoff = false, pasted?: LineFields, others: readonly Holder[] = [], onlyMissing = false): Step<PassengerInput> {
  // `onlyMissing`: a passenger kept from another flight is asked only what this one asks that they lack.
  const details = detailsFor(passenger.type, needs).filter((d) => !onlyMissing || lacks(passenger, d.field));
  const notes = new PastedNotes(passenger.fullName);
  const answers = pasted && !fromLast ? pastedAnswers(ctx, details.map((d) => d.field), pasted, notes, others) : [];
  // answered[i]: the passenger as it stood before question i. `fromLast`: back into a passenger whose
  // details were all given: the last question again, the earlier answers kept until asked again.
  const answered: PassengerInput[] = fromLast ? details.map(() => ({ ...passenger })) : [{ ...passenger }];
  let i = fromLast ? Math.max(0, details.length - 1) : 0;
  // An answer that also answers the next question (a passport with its expiry at the ID question), as
  // the name's line does; said back on its own, and used once, like the line's parts.
  const aheadNotes = new PastedNotes(passenger.fullName, "id-answer");
  let ahead: { at: number; pasted: Pasted } | undefined;
  while (i < details.length) {
    const text = answers[i];
    answers[i] = undefined;
    const given = text !== undefined ? { text, notes } : ahead?.at === i ? ahead.pasted : undefined;
    ahead = undefined;
    try {
      // A question asked: what the line gave so far is said first.
      if (given === undefined) {
        await notes.flush(conversation, ctx);
        await aheadNotes.flush(conversation, ctx);
      }
      const r = await details[i]!.ask(conversation, ctx, answered[i]!, flightDate, needs, handoff, given);
      ctx = r.ctx;
      // Another passenger's KTP or passport number: refused as a name given twice is, asked again.
      const field = details[i]!.field;
      const number = field === "id" ? r.value.idNumber : field === "passport" ? r.value.passport?.number : undefined;
      const refusal = number === undefined ? undefined : numberTaken(ctx, number, passenger.fullName, others);
      if (refusal) {
        await say(conversation, ctx, `⚠️ ${refusal}`);
        continue;
      }
      answered[i + 1] = r.value;
      if (r.ahead !== undefined && details[i + 1]?.field === "passport") ahead = { at: i + 1, pasted: { text: r.ahead, notes: aheadNotes } };
      i += 1;
    } catch (e) {
      if (!(e instanceof GoBack) || i === 0) throw e;
      ctx = e.ctx;
      i -= 1;
    }
  }
  await notes.flush(conversation, ctx);
  await aheadNotes.flush(conversation, ctx);
  return { value: answered[i]!, ctx };
}

/** Why `number` can't be this passenger's: another passenger of the booking has it (undefined: nobody). */
function numberTaken(ctx: ConvoContext, number: string, who: string, others: readonly Holder[]): string | undefined {
  const holder = holderOf(number, others);
  return holder && ctx.t("document-number-taken", { number: escapeHtml(number), n: holder.n, name: escapeHtml(holder.passenger.fullName), who: escapeHtml(who) });
}
