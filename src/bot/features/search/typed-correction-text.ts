import type { PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { TypedCorrection } from "./typed-correction.js";

/** "✏️ Mrs Sari Dewi: KTP/ID changed to 3174…": said above the summary shown again with it, to confirm. */
export function correctionDone(ctx: ConvoContext, c: Extract<TypedCorrection, { kind: "set" }>): string {
  const p = c.passenger;
  const locale = localeOf(ctx);
  const value =
    c.field === "id" ? p.idNumber!
    : c.field === "birth" ? documentDateText(p.birthDate!, locale)
    : `${p.passport!.number} (${documentDateText(p.passport!.expiry, locale)})`;
  return ctx.t("typed-correction-done", { name: escapeHtml(`${p.title} ${p.fullName}`), field: c.field, value: escapeHtml(value) });
}

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
