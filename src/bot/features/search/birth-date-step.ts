import { differenceInMonths } from "date-fns/differenceInMonths";
import { differenceInYears } from "date-fns/differenceInYears";
import { parseISO } from "date-fns/parseISO";
import type { PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { parseBirthDate } from "../../../domain/birth-date-input.js";
import { withoutBirthLabel } from "../../../domain/document-date-readings.js";
import { escapeHtml } from "../../../presenters/html.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import { stale, type Answer, type Parsed } from "./ask.js";
import { AIRLINES_ADULT_FROM, birthDateProblem, infantMayFlyFrom } from "./passenger-rules.js";
import { askDatedAnswer, twoWays, type DatedAnswer } from "./document-date-step.js";
import { firstAnswer, type Detail } from "./personal-detail-step.js";
import { searchChangeHint } from "./search-change-hint.js";
import { birthDateAsked } from "./contact-aside.js";
import { nameTypedAhead } from "./name-typed-ahead.js";

/** Age on the flight date (whole years; months under 2) and the passenger type that age is on this flight. */
function ageOnFlight(birthDate: string, flightDate: string, adultFrom: number): { years: number; months: number; type: PassengerInput["type"] } {
  const born = parseISO(birthDate);
  const flight = parseISO(flightDate);
  const years = differenceInYears(flight, born);
  const months = differenceInMonths(flight, born);
  return { years, months, type: years >= adultFrom ? "adult" : years >= 2 ? "child" : "infant" };
}

/**
 * Why `date` can't be this passenger's birth date on this flight (undefined: it can). An age that makes them
 * another type names the age on the flight date, the type that is here, and the way to a party that has them
 * as that: "back" as far as the list, then once more to the passenger count (`handoff`: from the private chat).
 */
export function birthDateRefusal(ctx: ConvoContext, passenger: PassengerInput, date: string, flightDate: string, adultFromNeeds: number | undefined, handoff = false): string | undefined {
  const adultFrom = adultFromNeeds ?? AIRLINES_ADULT_FROM;
  const problem = birthDateProblem(passenger.type, date, flightDate, adultFrom);
  if (!problem) return undefined;
  if (problem !== "age") return ctx.t(`pax-birthdate-${problem}`, { from: infantMayFlyFrom(date).split("-").reverse().join("-") });
  const age = ageOnFlight(date, flightDate, adultFrom);
  return ctx.t("pax-birthdate-age", {
    name: escapeHtml(passenger.fullName),
    age: age.years >= 2 ? ctx.t("pax-age-years", { n: age.years }) : ctx.t("pax-age-months", { n: age.months }),
    actual: ctx.t(`pax-type-${age.type}`),
    type: ctx.t(`pax-type-${passenger.type}`),
    adultage: adultFrom,
    childage: adultFrom - 1,
    where: handoff ? "group" : "flow",
  });
}

export const askBirthDate: Detail = async (conversation, ctx, passenger, flightDate, needs, handoff, pasted) => {
  // Today, for "17/8/90": a two-digit year is the latest one not ahead of it.
  const today = new Date(await conversation.now()).toISOString().slice(0, 10);
  const checked = (date: string): Parsed<string> => {
    const hint = birthDateRefusal(ctx, passenger, date, flightDate, needs.adultFrom, handoff);
    return hint === undefined ? { ok: true, value: date } : { ok: false, hint };
  };
  const question = { text: ctx.t("pax-ask-birthdate", { name: escapeHtml(passenger.fullName) }) };
  const read = (a: Answer): Parsed<DatedAnswer<string>> => {
    if (a.kind === "button") return stale(ctx);
    // "12/03/85" from an English-speaking agent: 12 March or 3 December? Asked, never read day first unasked.
    const choose = twoWays(ctx, withoutBirthLabel(a.text), today);
    if (choose) return { ok: true, value: { choose } };
    const date = parseBirthDate(a.text, today);
    if (!date) {
      // "Mrs Ani Lestari": the next passenger's name typed ahead, kept for them; this birth date asked again.
      const ahead = nameTypedAhead(conversation, ctx, a.text);
      if (ahead) return { ok: false, hint: `${ahead}\n\n${question.text}` };
      return { ok: false, hint: searchChangeHint(ctx, a.text) ?? ctx.t("pax-birthdate-unreadable") };
    }
    const r = checked(date);
    return r.ok ? { ok: true, value: { value: r.value } } : r;
  };
  // Pasted on the name's line: read as if typed here, said back as read.
  const opening = () => firstAnswer(conversation, ctx, question, read, pasted, (v) => ("value" in v ? ctx.t("pasted-birth", { date: documentDateText(v.value, localeOf(ctx)) }) : undefined));
  // "+62 812-3456-7890" typed here: the customer's phone typed ahead, kept for the contact question.
  birthDateAsked(conversation, true);
  const dob = await askDatedAnswer(conversation, ctx, question, read, checked, { what: "birth", name: passenger.fullName }, opening).finally(() => birthDateAsked(conversation, false));
  return { value: { ...passenger, birthDate: dob.value }, ctx: dob.ctx };
};
