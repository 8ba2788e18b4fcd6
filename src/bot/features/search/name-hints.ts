import type { PassengerInput } from "../../../domain/passenger.js";
import type { NameAnswer } from "../../../domain/passenger-parse.js";
import type { ChangeTarget } from "../../../domain/change-request.js";
import type { DroppedPart } from "../../../domain/pasted-names.js";
import type { UnplacedName } from "../../../domain/place-names.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { maskedPhone } from "../../../presenters/format.js";
import { maskedDigits } from "./ask.js";
import { shortQuote } from "../../../presenters/short-quote.js";

export function nameProblem(ctx: ConvoContext, r: Exclude<NameAnswer, { ok: true }>, type: PassengerInput["type"]): string {
  // Each title as the chat's language types it (Indonesian: "Mr/Tn"), so the list agrees with its own example.
  const args = { titles: r.allowed.map((title) => ctx.t(`input-title-${title.toLowerCase()}`)).join(", "), example: ctx.t(`input-pax-example-${type}`), type: ctx.t(`pax-type-${type}`) };
  return ctx.t(`input-name-${r.reason === "gender" ? "wrong-title" : r.reason.replace("_", "-")}`, args);
}

/** Why one pasted line was not taken, said with its line number when several were sent. */
export function lineProblem(ctx: ConvoContext, line: string, k: number, of: number, problem: UnplacedName["problem"], type: PassengerInput["type"]): string {
  // "Mstr Tom" on a booking of adults: no child's place at all, and the way to make one.
  const said = problem.reason === "no_place" ? ctx.t(problem.absent ? "input-names-no-such-type" : "input-names-no-place", { type: ctx.t(`pax-type-${problem.type}`) }) : nameProblem(ctx, problem, type);
  // In a group, a word with a digit in it (a date or a document number left on the line) is never quoted back.
  const shown = inGroup(ctx) ? line.replace(/\S*\d\S*/g, "…") : line;
  return of > 1 ? ctx.t("input-names-line", { line: k + 1, text: escapeHtml(shortQuote(shown)), problem: said }) : said;
}

/**
 * The data split off the names' lines (a birth date, a passport pasted after the name) that is asked
 * later, said once (data that answers the passenger's questions is said with them, personal-details.ts).
 * In a group it is never quoted: everyone reads it there, and it is given through the private link.
 */
export function lineDataNote(ctx: ConvoContext, lines: readonly { extra?: string; data?: string }[]): string | undefined {
  const withData = lines.filter((l) => l.data);
  // Every line's date or age is named, not the first one only.
  const extras = lines.map((l) => l.extra).filter((e): e is string => !!e);
  if (withData.length === 0 && extras.length === 0) return undefined;
  if (inGroup(ctx)) return ctx.t("name-line-data-group");
  if (withData.length > 0) return ctx.t("name-line-data-later", { count: withData.length });
  return ctx.t("input-name-date-later", { text: extras.map((e) => escapeHtml(shortQuote(e))).join('", "') });
}

export function inGroup(ctx: ConvoContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/** What was taken out of a pasted message, said back (a phone masked in a group: everyone reads it there). */
export function droppedNote(ctx: ConvoContext, d: DroppedPart): string {
  const group = inGroup(ctx);
  if (d.kind === "phone") return ctx.t("input-names-dropped-phone", { phone: escapeHtml(group ? maskedPhone(d.text) : d.text) });
  if (d.kind === "birth") return group ? ctx.t("name-line-data-group") : ctx.t("input-name-date-later", { text: escapeHtml(shortQuote(d.text)) });
  // An ID number or a contact line in a group: said by its kind only.
  const text = group && (d.kind === "id" || d.kind === "contact") ? maskedDigits(d.text) : d.text;
  return ctx.t(`input-names-dropped-${d.kind}`, { text: escapeHtml(shortQuote(text)) });
}

/** "ganti tgl 10" at a name question: what to type to change it; the name question stays open. */
export function changeHint(ctx: ConvoContext, text: string, what: ChangeTarget, type: PassengerInput["type"], n: number): string {
  return ctx.t("input-name-change-request", { text: escapeHtml(shortQuote(text)), what, first: n === 1 ? "yes" : "no", example: ctx.t(`input-pax-example-${type}`) });
}
