import { readIdNumber } from "../../../domain/id-number-input.js";
import { phoneTypedAlone } from "../../../domain/phone-typed-alone.js";
import { escapeHtml } from "../../../presenters/html.js";
import { stale, type Parsed } from "./ask.js";
import { firstAnswer, type Detail } from "./personal-detail-step.js";
import { documentNumberAsked } from "./contact-aside.js";
import { searchChangeHint } from "./search-change-hint.js";
import { documentWordsHint } from "./document-words.js";

export const askIdNumber: Detail = async (conversation, ctx, passenger, _flightDate, needs, handoff, pasted) => {
  // An all-digit number that is no 16-digit KTP is asked about; sent again the same, it is taken (a
  // passport or other ID of digits). Rebuilt from the answers on every replay, so replays agree.
  let questioned: string | undefined;
  const question = { text: ctx.t("pax-ask-id-number", { name: escapeHtml(passenger.fullName) }) };
  // A mobile number here is the contact typed ahead (contact-aside.ts), never a KTP (16 digits) or a passport.
  documentNumberAsked(conversation, true);
  const id = await firstAnswer(conversation, ctx, question, (a): Parsed<{ number: string; ahead?: string }> => {
    if (a.kind === "button") return stale(ctx);
    // Reaching here (details asked privately for a group): refused, with the question again.
    if (phoneTypedAlone(a.text)) return { ok: false, hint: `${ctx.t("document-number-is-phone", { what: "id", handoff: handoff ? "yes" : "no" })}\n\n${question.text}` };
    // "tambah 1 anak": a change of the search, said how to make; never an ID of letters and digits ("TAMBAH1ANAK").
    const change = searchChangeHint(ctx, a.text);
    if (change) return { ok: false, hint: change };
    const r = readIdNumber(a.text);
    if (r.ok) return { ok: true, value: { number: r.value } };
    // "A1234567 31-12-2031": a passport and its expiry; the number is the ID, the line answers the
    // passport question next when the flight asks it (personal-details.ts), never asked twice.
    if (r.reason === "dated") {
      if (r.passport) return { ok: true, value: { number: r.passport, ...(needs.passport && { ahead: a.text }) } };
      return { ok: false, hint: ctx.t("pax-id-number-dated") };
    }
    if (r.reason === "unreadable") return { ok: false, hint: ctx.t("pax-id-number-invalid") };
    // No digit: a name or chat, never an ID ("nanti nyusul" was booked as NANTINYUSUL). Said why, asked again.
    if (r.reason === "letters") {
      const why = documentWordsHint(conversation, ctx, a.text, "id", passenger.fullName) ?? ctx.t("pax-id-number-no-digits");
      return { ok: false, hint: `${why}\n\n${question.text}` };
    }
    if (questioned === r.value) return { ok: true, value: { number: r.value } };
    questioned = r.value;
    return { ok: false, hint: ctx.t("pax-id-number-digits", { digits: r.digits }) };
  }, pasted, (v) => ctx.t("pasted-id-number", { number: escapeHtml(v.number) })).finally(() => documentNumberAsked(conversation, false));
  return { value: { ...passenger, idNumber: id.value.number }, ctx: id.ctx, ...(id.value.ahead !== undefined && { ahead: id.value.ahead }) };
};
