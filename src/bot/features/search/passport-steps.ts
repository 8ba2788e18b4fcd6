import { parseDocumentDate, PASSPORT_VALID_YEARS } from "../../../domain/document-date.js";
import { doubtfulPassportNumber, readPassport } from "../../../domain/passport-input.js";
import { phoneTypedAlone } from "../../../domain/phone-typed-alone.js";
import { parseNationality } from "../../../domain/nationality-input.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf } from "../../../presenters/format.js";
import { stale, type Answer, type Parsed } from "./ask.js";
import { passportExpiryOk } from "./passenger-rules.js";
import { askDatedAnswer, twoWays, type DatedAnswer } from "./document-date-step.js";
import { firstAnswer, type Detail } from "./personal-detail-step.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { documentNumberAsked } from "./contact-aside.js";
import { searchChangeHint } from "./search-change-hint.js";
import { documentWordsHint } from "./document-words.js";

export const askPassport: Detail = async (conversation, ctx, passenger, flightDate, _needs, handoff, pasted) => {
  const locale = localeOf(ctx);
  const day = (iso: string) => documentDateText(iso, locale);
  // What earlier answers gave (the number typed alone, say): kept until the rest comes, and rebuilt
  // from the same answers on every replay.
  let kept: { number?: string; expiry?: string } = {};
  // A number of 10+ digits asked about once (doubtfulPassportNumber): sent again the same, it is taken.
  let questioned: string | undefined;
  // Said with every hint while the number is kept: the agent sees it was not lost.
  const keptNote = (number: string | undefined) => (number ? `${ctx.t("pax-passport-number-kept", { number: escapeHtml(number) })} ` : "");
  // An expiry read (typed, or tapped of two readings), with the number given now or kept.
  const withExpiry = (number: string | undefined, expiry: string): Parsed<{ number: string; expiry: string }> => {
    kept = { number, expiry };
    if (!passportExpiryOk(expiry, flightDate)) {
      // Said as read ("03/12/1985" is 3 Dec 1985), so a date typed here by mistake is seen to be one.
      kept = { number };
      return { ok: false, hint: keptNote(number) + ctx.t("pax-passport-expiring-read", { expiry: escapeHtml(day(expiry)) }) };
    }
    if (number) return { ok: true, value: { number, expiry } };
    return { ok: false, hint: ctx.t("pax-passport-expiry-kept", { expiry: escapeHtml(day(expiry)) }) };
  };
  const question = { text: ctx.t("pax-ask-passport", { name: escapeHtml(passenger.fullName) }) };
  const read = (a: Answer): Parsed<DatedAnswer<{ number: string; expiry: string }>> => {
    if (a.kind === "button") return stale(ctx);
    // The contact's phone typed ahead: kept for the contact where the booking's flow listens (contact-aside.ts),
    // before this is read; reaching here (details asked privately for a group), it is refused, never the number.
    if (phoneTypedAlone(a.text)) {
      const why = ctx.t("document-number-is-phone", { what: "passport", handoff: handoff ? "yes" : "no" });
      return { ok: false, hint: `${keptNote(kept.number)}${why}\n\n${question.text}` };
    }
    // An English-speaking agent's "10/05/2031" reads both ways: `alsoReads` is 5 Oct.
    const r = readPassport(a.text, flightDate, locale === "en");
    if (r?.number && doubtfulPassportNumber(r.number) && questioned !== r.number) {
      questioned = r.number;
      return { ok: false, hint: ctx.t("pax-passport-number-doubtful", { number: escapeHtml(r.number), digits: r.number.length }) };
    }
    const number = r?.number ?? kept.number;
    const numberKept = keptNote(number);
    if (!r) {
      const change = searchChangeHint(ctx, a.text);
      if (change) return { ok: false, hint: change };
      // "nanti nyusul", the next passenger's name: said (or kept for them), the question asked again.
      const words = documentWordsHint(conversation, ctx, a.text, "passport", passenger.fullName);
      if (words) return { ok: false, hint: `${numberKept}${words}\n\n${question.text}` };
      return { ok: false, hint: number ? numberKept + ctx.t("pax-passport-ask-expiry") : ctx.t("pax-passport-unreadable") };
    }
    if (r.tooFar) {
      // "A1234567 17-08-90": no passport runs to 2090 (a birth date, most likely); asked, never taken.
      kept = { number };
      const said = { typed: escapeHtml(shortQuote(r.tooFar.typed)), year: r.tooFar.date.slice(0, 4), years: PASSPORT_VALID_YEARS };
      return { ok: false, hint: numberKept + ctx.t("pax-passport-expiry-too-far", said) };
    }
    if (r.expiry && r.alsoReads) {
      const readings = { dayMonth: r.expiry, monthDay: r.alsoReads.date };
      kept = { number };
      // Neither reading is valid long enough: said at once, with both (nothing to choose between).
      if (!passportExpiryOk(readings.dayMonth, flightDate) && !passportExpiryOk(readings.monthDay, flightDate)) {
        return { ok: false, hint: numberKept + ctx.t("pax-passport-expiring-read", { expiry: escapeHtml(`${day(readings.dayMonth)} / ${day(readings.monthDay)}`) }) };
      }
      return { ok: true, value: { choose: { typed: r.alsoReads.typed, readings } } };
    }
    if (r.expiry) {
      const v = withExpiry(number, r.expiry);
      return v.ok ? { ok: true, value: { value: v.value } } : v;
    }
    // A new try at the date that can't be read drops the one kept.
    const expiry = r.monthOnly || r.unreadDate ? undefined : kept.expiry;
    kept = { number, expiry };
    if (number && expiry) return { ok: true, value: { value: { number, expiry } } };
    if (r.monthOnly) {
      const mm = String(r.monthOnly.month).padStart(2, "0");
      const said = { typed: escapeHtml(shortQuote(a.text)), month: `${mm}/${r.monthOnly.year}`, shape: `dd-${mm}-${r.monthOnly.year}` };
      return { ok: false, hint: numberKept + ctx.t("pax-passport-month-only", said) };
    }
    if (r.unreadDate) return { ok: false, hint: numberKept + ctx.t("pax-passport-date-unreadable", { typed: escapeHtml(shortQuote(r.unreadDate)) }) };
    if (expiry) return { ok: false, hint: ctx.t("pax-passport-expiry-kept", { expiry: escapeHtml(day(expiry)) }) };
    return { ok: false, hint: numberKept + ctx.t("pax-passport-ask-expiry") };
  };
  // Pasted on the name's line ("A1234567 31-12-2031"): read as if typed here; a number kept without its
  // expiry is said as kept, not as refused.
  const shown = (v: DatedAnswer<{ number: string; expiry: string }>) => ("value" in v ? ctx.t("pasted-passport", { number: escapeHtml(v.value.number), expiry: escapeHtml(day(v.value.expiry)) }) : undefined);
  // The number kept from the line, its expiry refused: only the expiry is asked.
  const expiryOnly = () => (kept.number === undefined ? undefined : { text: ctx.t("pax-ask-passport-expiry", { name: escapeHtml(passenger.fullName), number: escapeHtml(kept.number) }) });
  const opening = () => firstAnswer(conversation, ctx, question, read, pasted, shown, expiryOnly);
  documentNumberAsked(conversation, true);
  try {
    const passport = await askDatedAnswer(conversation, ctx, question, read, (expiry) => withExpiry(kept.number, expiry), { what: "expiry", name: passenger.fullName }, opening);
    return { value: { ...passenger, passport: passport.value }, ctx: passport.ctx };
  } finally {
    documentNumberAsked(conversation, false);
  }
};

export const askPassportIssued: Detail = async (conversation, ctx, passenger, flightDate) => {
  const expiry = passenger.passport!.expiry;
  const checked = (date: string): Parsed<string> =>
    // The expiry is at least six months after the flight, so a date before the flight is before it too.
    date > flightDate || date >= expiry ? { ok: false, hint: ctx.t("pax-passport-issued-after-flight") } : { ok: true, value: date };
  const question = { text: ctx.t("pax-ask-passport-issued", { name: escapeHtml(passenger.fullName) }) };
  const issued = await askDatedAnswer(conversation, ctx, question, (a): Parsed<DatedAnswer<string>> => {
    if (a.kind === "button") return stale(ctx);
    const choose = twoWays(ctx, a.text, flightDate);
    if (choose) return { ok: true, value: { choose } };
    // Read as birth dates are ("15/01/22", "15 jan 2022"); a two-digit year is the latest not after the flight.
    const date = parseDocumentDate(a.text, flightDate);
    if (!date) return { ok: false, hint: ctx.t("pax-passport-issued-unreadable", { typed: escapeHtml(shortQuote(a.text)) }) };
    const r = checked(date);
    return r.ok ? { ok: true, value: { value: r.value } } : r;
  }, checked, { what: "issued", name: passenger.fullName });
  return { value: { ...passenger, passport: { ...passenger.passport!, issued: issued.value } }, ctx: issued.ctx };
};

export const askNationality: Detail = async (conversation, ctx, passenger, _flightDate, _needs, _handoff, pasted) => {
  const question = { text: ctx.t("pax-ask-nationality", { name: escapeHtml(passenger.fullName) }) };
  const nat = await firstAnswer(conversation, ctx, question, (a): Parsed<string> => {
    const v = a.kind === "text" ? parseNationality(a.text) : undefined;
    return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("pax-nationality-invalid") };
  }, pasted, (v) => ctx.t("pasted-nationality", { country: escapeHtml(countryName(v, localeOf(ctx))) }));
  return { value: { ...passenger, nationality: nat.value }, ctx: nat.ctx };
};

/** "id" → "Indonesia", in the chat's language, as the summary names it (the code when it has no name). */
function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
