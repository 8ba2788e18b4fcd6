import type { PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { CorrectedField, TypedCorrection } from "./typed-correction.js";

/** "✏️ Mrs Sari Dewi: KTP/ID changed to 3174…": said above the summary shown again with it, to confirm. */
export function correctionDone(ctx: ConvoContext, c: Extract<TypedCorrection, { kind: "set" }>): string {
  const p = c.passenger;
  const locale = localeOf(ctx);
  const value =
    c.field === "name" ? `${p.title} ${p.fullName}`
    : c.field === "id" ? p.idNumber!
    : c.field === "birth" ? documentDateText(p.birthDate!, locale)
    : `${p.passport!.number} (${documentDateText(p.passport!.expiry, locale)})`;
  return ctx.t("typed-correction-done", { name: escapeHtml(c.was ?? `${p.title} ${p.fullName}`), field: c.field, value: escapeHtml(value) });
}

/** A detail the flight does not collect ("this flight needs no birth date"), or one typed without whose it is. */
export function correctionUnclear(ctx: ConvoContext, c: Extract<TypedCorrection, { kind: "unclear" }>, passengers: readonly PassengerInput[]): string {
  if (c.why === "not-asked") return ctx.t("typed-correction-not-asked", { field: c.field });
  return ctx.t("typed-correction-which", { field: c.field, name: escapeHtml(firstName(passengers[0]!)) });
}

/** A titled name typed alone at the summary that is no passenger's: whose name it is, asked. */
export function nameWhose(ctx: ConvoContext, name: string, passengers: readonly PassengerInput[]): string {
  return ctx.t("typed-correction-which-name", { name: escapeHtml(name), first: escapeHtml(firstName(passengers[0]!)) });
}

/** "Passenger 2 is Mrs Ani Lestari already": a correction to the name they have (nothing changed). */
export function nameAlready(ctx: ConvoContext, index: number, name: string): string {
  return ctx.t("typed-correction-name-already", { number: index + 1, name: escapeHtml(name) });
}

/** "nama ketiga …" in a party of two: there is no such passenger (nothing changed). */
export function nameNoSuch(ctx: ConvoContext, number: number, count: number): string {
  return ctx.t("typed-correction-name-no-such", { number, count });
}

/** "To correct only one detail, type just that: the KTP number or the date of birth": only what this passenger can take (none: no hint). */
export function oneFieldHint(ctx: ConvoContext, fields: readonly CorrectedField[]): string | undefined {
  if (fields.length === 0) return undefined;
  const named = fields.map((f) => ctx.t("typed-correction-field", { field: f }));
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")}${named.length > 2 ? "," : ""} ${ctx.t("typed-correction-or")} ${named.at(-1)!}`;
  return ctx.t("typed-correction-edit-hint", { fields: list });
}

const firstName = (p: PassengerInput) => p.fullName.split(/\s+/)[0]!;

/** Why a correction typed for a passenger was not made (nothing changed). */
export function correctionRefused(ctx: ConvoContext, c: Extract<TypedCorrection, { kind: "refused" }>, passengers: readonly PassengerInput[]): string {
  const p = passengers[c.index]!;
  const holder = c.holder === undefined ? undefined : passengers[c.holder];
  return ctx.t("typed-correction-refused", {
    why: c.why,
    name: escapeHtml(p.fullName),
    type: ctx.t(`pax-type-${p.type}`),
    digits: c.digits ?? 0,
    holder: (c.holder ?? 0) + 1,
    holdername: escapeHtml(holder?.fullName ?? ""),
  });
}
