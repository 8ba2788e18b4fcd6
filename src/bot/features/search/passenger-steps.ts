import { InlineKeyboard } from "grammy";
import type { Contact, PassengerInput, PassengerRequirements, PaxCount } from "../../../domain/passenger.js";
import { paxSlots } from "../../../domain/passenger.js";
import { parseEmail, parseIdNumber, parseNationality, parsePhone, parseTitledName, splitPassport } from "../../../domain/passenger-parse.js";
import { parsePlainDate } from "../../../domain/travel-date.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { birthDateProblem, passportExpiryOk } from "./passenger-rules.js";
import { collectInPrivate } from "./personal-data.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

async function askName(conversation: Convo, ctx: ConvoContext, type: PassengerInput["type"], n: number, of: number): Step<PassengerInput> {
  const label = ctx.t(`pax-type-${type}`);
  const name = await ask(conversation, ctx, { text: ctx.t("pax-ask-name", { n, of, type: label, example: type === "adult" ? "Mr Budi Santoso" : "Mstr Adi Pratama" }) }, (a): Parsed<{ title: PassengerInput["title"]; fullName: string }> => {
    if (a.kind === "button") return stale(ctx);
    const r = parseTitledName(a.text, type);
    return r.ok ? { ok: true, value: r } : { ok: false, hint: ctx.t(`pax-name-${r.reason.replace("_", "-")}`, { titles: r.allowed.join(", ") }) };
  });
  return { value: { type, title: name.value.title, fullName: name.value.fullName }, ctx: name.ctx };
}

/** Whether a passenger of this type must give personal details (birth date, ID, passport) for this flight. */
export function needsPersonalDetails(type: PassengerInput["type"], needs: PassengerRequirements): boolean {
  return needs.birthDate || type === "infant" || (needs.idNumber === true && type === "adult") || needs.passport;
}

/** Birth date, ID number, passport and nationality — whatever the flight needs — for one named passenger. */
export async function askPersonalDetails(conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, needs: PassengerRequirements, flightDate: string): Step<PassengerInput> {
  const type = passenger.type;
  const label = ctx.t(`pax-type-${type}`);
  passenger = { ...passenger };
  if (needs.birthDate || type === "infant") {
    const dob = await ask(conversation, ctx, { text: ctx.t("pax-ask-birthdate", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
      if (a.kind === "button") return stale(ctx);
      const date = parsePlainDate(a.text);
      if (!date) return { ok: false, hint: ctx.t("pax-birthdate-unreadable") };
      const problem = birthDateProblem(type, date, flightDate);
      return problem ? { ok: false, hint: ctx.t(`pax-birthdate-${problem}`, { type: label }) } : { ok: true, value: date };
    });
    ctx = dob.ctx;
    passenger.birthDate = dob.value;
  }
  if (needs.idNumber && type === "adult") {
    const id = await ask(conversation, ctx, { text: ctx.t("pax-ask-id-number", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
      const v = a.kind === "text" ? parseIdNumber(a.text) : undefined;
      return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("pax-id-number-invalid") };
    });
    ctx = id.ctx;
    passenger.idNumber = id.value;
  }
  if (needs.passport) {
    const passport = await ask(conversation, ctx, { text: ctx.t("pax-ask-passport", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<{ number: string; expiry: string }> => {
      if (a.kind === "button") return stale(ctx);
      const parts = splitPassport(a.text);
      const expiry = parts && parsePlainDate(parts.expiry);
      if (!parts || !expiry) return { ok: false, hint: ctx.t("pax-passport-unreadable") };
      if (!passportExpiryOk(expiry, flightDate)) return { ok: false, hint: ctx.t("pax-passport-expiring") };
      return { ok: true, value: { number: parts.number, expiry } };
    });
    ctx = passport.ctx;
    passenger.passport = passport.value;
    if (needs.passportIssued) {
      const expiry = passport.value.expiry;
      const issued = await ask(conversation, ctx, { text: ctx.t("pax-ask-passport-issued", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
        if (a.kind === "button") return stale(ctx);
        const date = parsePlainDate(a.text);
        if (!date || date > flightDate || date >= expiry) return { ok: false, hint: ctx.t("pax-passport-issued-invalid") };
        return { ok: true, value: date };
      });
      ctx = issued.ctx;
      passenger.passport = { ...passenger.passport, issued: issued.value };
    }
    if (needs.nationality) {
      const nat = await ask(conversation, ctx, { text: ctx.t("pax-ask-nationality", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
        const v = a.kind === "text" ? parseNationality(a.text) : undefined;
        return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("pax-nationality-invalid") };
      });
      ctx = nat.ctx;
      passenger.nationality = nat.value;
    }
  }
  return { value: passenger, ctx };
}

/**
 * Names one by one, each followed by the personal details the flight needs. In a group, personal
 * details (birth dates, ID and passport numbers) are not collected in front of everyone: the member
 * gives them in a private chat with the bot (see personal-data.ts) and the group flow continues.
 */
export async function askPassengers(conversation: Convo, ctx: ConvoContext, pax: PaxCount, needs: PassengerRequirements, flightDate: string): Step<PassengerInput[]> {
  const slots = paxSlots(pax);
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const passengers: PassengerInput[] = [];
  for (const [i, type] of slots.entries()) {
    const named = await askName(conversation, ctx, type, i + 1, slots.length);
    ctx = named.ctx;
    if (group || !needsPersonalDetails(type, needs)) {
      passengers.push(named.value);
      continue;
    }
    const detailed = await askPersonalDetails(conversation, ctx, named.value, needs, flightDate);
    passengers.push(detailed.value);
    ctx = detailed.ctx;
  }
  if (group && passengers.some((p) => needsPersonalDetails(p.type, needs))) {
    return collectInPrivate(conversation, ctx, passengers, needs, flightDate);
  }
  return { value: passengers, ctx };
}

/** Contact e-mail and phone, offering the last contact used in this chat. */
export async function askContact(conversation: Convo, ctx: ConvoContext): Step<Contact> {
  // The chat's last contact, else the default contact an admin set in /settings.
  const last = await conversation.external(async (outer) =>
    outer.chat ? ((await outer.deps.contacts.last(outer.chat.id)) ?? (await outer.deps.chatSettings.get(outer.chat.id)).contact) : undefined,
  );
  if (last) {
    const kb = new InlineKeyboard().text(ctx.t("contact-use-last"), cb.choice("ct", "last")).text(ctx.t("contact-new"), cb.choice("ct", "new"));
    const choice = await ask(conversation, ctx, { text: ctx.t("contact-offer-last", { email: escapeHtml(last.email), phone: escapeHtml(last.phone) }), keyboard: kb }, (a): Parsed<"last" | "new"> => {
      if (a.kind === "text") return { ok: false, hint: ctx.t("contact-use-buttons") };
      const v = parseChoice(a.data, "ct", ["last", "new"] as const);
      return v ? { ok: true, value: v } : stale(ctx);
    });
    if (choice.value === "last") return { value: last, ctx: choice.ctx };
    ctx = choice.ctx;
  }
  const email = await ask(conversation, ctx, { text: ctx.t("contact-ask-email") }, (a): Parsed<string> => {
    const v = a.kind === "text" ? parseEmail(a.text) : undefined;
    return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("contact-email-invalid") };
  });
  const phone = await ask(conversation, email.ctx, { text: ctx.t("contact-ask-phone") }, (a): Parsed<string> => {
    const v = a.kind === "text" ? parsePhone(a.text) : undefined;
    return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("contact-phone-invalid") };
  });
  return { value: { email: email.value, phone: phone.value }, ctx: phone.ctx };
}
