import { differenceInMonths } from "date-fns/differenceInMonths";
import { differenceInYears } from "date-fns/differenceInYears";
import { parseISO } from "date-fns/parseISO";
import { InlineKeyboard } from "grammy";
import type { Contact, PassengerInput, PassengerRequirements, PaxCount } from "../../../domain/passenger.js";
import { paxSlots, TITLES_BY_TYPE } from "../../../domain/passenger.js";
import { changeRequest, chatWords, isWrittenAsTitledName, soundsLikeSeveral, parseAdultTitle, parseChildTitle, parseNationality, parsePhone, parseTitledName, parseBirthDate, parseContactAnswer, pastedNames, phoneFromContact, placeNames, readIdNumber, splitTrailingDate, type ChangeTarget, type DroppedPart, type NameAnswer, type UnplacedName } from "../../../domain/passenger-parse.js";
import { parseDocumentDate, PASSPORT_VALID_YEARS } from "../../../domain/document-date.js";
import { readPassport } from "../../../domain/passport-input.js";
import { withoutBirthLabel } from "../../../domain/document-date-readings.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { isDatePhrase } from "../../../domain/travel-date.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, maskedPhone } from "../../../presenters/format.js";
import { ask, askAgain, GoBack, maskedDigits, say, sendPrompt, stale, type Answer, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { AIRLINES_ADULT_FROM, birthDateProblem, infantMayFlyFrom, passportExpiryOk } from "./passenger-rules.js";
import { collectInPrivate } from "./personal-data.js";
import { askDatedAnswer, twoWays, type DatedAnswer } from "./document-date-step.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

type Named = Pick<PassengerInput, "type" | "title" | "fullName">;

function nameProblem(ctx: ConvoContext, r: Exclude<NameAnswer, { ok: true }>, type: PassengerInput["type"]): string {
  // Each title as the chat's language types it (Indonesian: "Mr/Tn"), so the list agrees with its own example.
  const args = { titles: r.allowed.map((title) => ctx.t(`input-title-${title.toLowerCase()}`)).join(", "), example: ctx.t(`input-pax-example-${type}`), type: ctx.t(`pax-type-${type}`) };
  return ctx.t(`input-name-${r.reason === "gender" ? "wrong-title" : r.reason.replace("_", "-")}`, args);
}

type Taken = Named & { singleName?: boolean };

/** A child's (or a Dr.'s) name placed in slot `first + offset`, still needing its title. */
interface Untitled {
  offset: number;
  fullName: string;
  singleName?: boolean;
}

/** A name read with chat words in it ("Mrs Nya Minta Ganti Tanggal"): taken only when the agent says it is the name. */
interface Doubtful {
  offset: number;
  /** As typed, with its title (without one while Mstr/Miss is still to be asked): "Mrs Dulu". */
  shown: string;
  words: string[];
  /** A one-word name: the airline gets it twice (DULU DULU), said in the question. */
  sent?: string;
}

/** What one answer to the name question gave: names by slot from `first` on, and the ones still needing Mstr or Miss. */
interface NameBatch {
  named: (Taken | undefined)[];
  untitled: Untitled[];
  /** Names asked about before they are taken. */
  doubtful: Doubtful[];
  /** The lines that were not taken, each with its problem, said with the next question. */
  problem?: string;
  /** Names went to other places than one after the other as pasted: the note numbers them. */
  moved?: boolean;
}

/** Why one pasted line was not taken, said with its line number when several were sent. */
function lineProblem(ctx: ConvoContext, line: string, k: number, of: number, problem: UnplacedName["problem"], type: PassengerInput["type"]): string {
  // "Mstr Tom" on a booking of adults: no child's place at all, and the way to make one.
  const said = problem.reason === "no_place" ? ctx.t(problem.absent ? "input-names-no-such-type" : "input-names-no-place", { type: ctx.t(`pax-type-${problem.type}`) }) : nameProblem(ctx, problem, type);
  return of > 1 ? ctx.t("input-names-line", { line: k + 1, text: escapeHtml(line.slice(0, 40)), problem: said }) : said;
}

/**
 * Reads one name, or several pasted one per line. They fill the passengers from `first` on by their
 * titles, whatever the order pasted (an adult's title an adult's place, An./Mstr/Miss a child's,
 * By. an infant's), the places not named yet before the ones named earlier. Lines not taken are said,
 * each with its line; none is dropped silently. The asked passenger must be among the names taken.
 */
function readNames(ctx: ConvoContext, text: string, slots: readonly PassengerInput["type"][], first: number, given: readonly (Named | undefined)[], n = first + 1): Parsed<NameBatch> {
  // "ganti tgl 10", "eh salah, ke lombok": a change of the search typed here is said how to make, never read as a name.
  const change = changeRequest(text.trim());
  if (change) return { ok: false, hint: changeHint(ctx, text, change, slots[first]!, n) };
  // Headings, thank-you lines and labelled data (NIK, birth date, phone) pasted with the names are no names.
  const pasted = pastedNames(text);
  const dropped = pasted.dropped.map((d) => droppedNote(ctx, d));
  // A birth date or age after a name is not part of it: the name is taken, the date asked on its own.
  const split = pasted.lines.map(splitTrailingDate);
  const lines = split.map((l) => l.name);
  const left = slots.length - first;
  if (lines.length === 0) return { ok: false, hint: [...dropped, nameProblem(ctx, { ok: false, reason: "no_title", allowed: TITLES_BY_TYPE[slots[first]!] }, slots[first]!)].join("\n") };
  if (lines.length > left) return { ok: false, hint: ctx.t("input-names-too-many", { sent: lines.length, left }) };
  const later = slots.map((_, i) => i).filter((i) => i > first);
  const free = [first, ...later.filter((i) => !given[i]), ...later.filter((i) => given[i])];
  const { placed, unplaced } = placeNames(lines, slots, free);
  const problems = unplaced.map((u) => lineProblem(ctx, lines[u.line]!, u.line, lines.length, u.problem, slots[first]!));
  if (!placed.some((p) => p.slot === first)) {
    // Nothing for the passenger asked: one line is read as their answer ("Mr Adi" for a child: the child's
    // titles); of several, what is wrong with the lines, else why the first isn't theirs.
    const r = parseTitledName(lines[0]!, slots[first]!);
    // "25 des", "besok": a date typed here (the agent thinking of the flight's date) is no name.
    if (lines.length === 1 && !r.ok && r.reason === "no_title" && looksLikeDate(lines[0]!)) {
      return { ok: false, hint: ctx.t("input-name-looks-like-date", { text: escapeHtml(lines[0]!.slice(0, 40)), example: ctx.t(`input-pax-example-${slots[first]!}`) }) };
    }
    const said = (hint: string) => ({ ok: false as const, hint: [...dropped, hint].join("\n") });
    if (lines.length === 1 && !r.ok) return said(lineProblem(ctx, lines[0]!, 0, 1, r.reason === "gender" ? { ...r, reason: "wrong_title" } : r, slots[first]!));
    if (problems.length > 0) return said(problems.join("\n"));
    return said(r.ok ? ctx.t("input-names-no-place", { type: ctx.t(`pax-type-${slots[first]!}`) }) : lineProblem(ctx, lines[0]!, 0, lines.length, r.reason === "gender" ? { ...r, reason: "wrong_title" } : r, slots[first]!));
  }
  const twin = sameNameTwice(placed.map((p) => ({ slot: p.slot, fullName: p.answer.fullName })), slots, given);
  if (twin) return { ok: false, hint: ctx.t("input-name-twice", { name: escapeHtml(twin.fullName), n: twin.earlier + 1 }) };
  const batch: NameBatch = { named: Array<Taken | undefined>(left).fill(undefined), untitled: [], doubtful: [] };
  for (const { slot, answer, line } of [...placed].sort((a, b) => a.slot - b.slot)) {
    const single = answer.singleName ? { singleName: true } : {};
    if (answer.ok) batch.named[slot - first] = { type: slots[slot]!, title: answer.title, fullName: answer.fullName, ...single };
    else batch.untitled.push({ offset: slot - first, fullName: answer.fullName, ...single });
    // "Mr nanti dulu", "ibu nya nyusul ya kak": chat, not a name; asked before it can reach a ticket.
    // "Tn Lagi Sitompul": after a formal title, a chat word that is a name too is the name's (passenger-parse `chatWords`).
    const words = chatWords(answer.fullName, isWrittenAsTitledName(lines[line]!));
    if (words.length > 0) {
      const name = answer.singleName ? answer.fullName.split(" ")[0]! : answer.fullName;
      batch.doubtful.push({ offset: slot - first, shown: answer.ok ? `${answer.title} ${name}` : name, words, ...(answer.singleName ? { sent: answer.fullName.toUpperCase() } : {}) });
    }
  }
  problems.unshift(...dropped);
  if (split.some((l) => l.extra)) problems.push(ctx.t("input-name-date-later", { text: escapeHtml(split.find((l) => l.extra)!.extra!) }));
  if (problems.length > 0) batch.problem = problems.join("\n");
  if (placed.some((p, k) => p.slot !== first + k)) batch.moved = true;
  return { ok: true, value: batch };
}

/** What was taken out of a pasted message, said back (a phone masked in a group: everyone reads it there). */
function droppedNote(ctx: ConvoContext, d: DroppedPart): string {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  if (d.kind === "phone") return ctx.t("input-names-dropped-phone", { phone: escapeHtml(group ? maskedPhone(d.text) : d.text) });
  if (d.kind === "birth") return ctx.t("input-name-date-later", { text: escapeHtml(d.text.slice(0, 40)) });
  // An ID number or a contact line in a group: said by its kind only.
  const text = group && (d.kind === "id" || d.kind === "contact") ? maskedDigits(d.text) : d.text;
  return ctx.t(`input-names-dropped-${d.kind}`, { text: escapeHtml(text.slice(0, 40)) });
}

/** "ganti tgl 10" at a name question: what to type to change it; the name question stays open. */
function changeHint(ctx: ConvoContext, text: string, what: ChangeTarget, type: PassengerInput["type"], n: number): string {
  return ctx.t("input-name-change-request", { text: escapeHtml(text.trim().slice(0, 40)), what, first: n === 1 ? "yes" : "no", example: ctx.t(`input-pax-example-${type}`) });
}

/** A date or day ("25 des", "besok", "19-12-2026"), not a bare number (a party size typed late). */
function looksLikeDate(line: string): boolean {
  return !/^\s*\d+\s*$/.test(line) && isDatePhrase(line);
}

/**
 * A name given twice for the same kind of passenger (pasted twice, or typed again for the next one):
 * one person can't fly twice on a booking, and airlines refuse the same name twice in one. A father and
 * his son of the same name are an adult and a child, so they don't count.
 */
function sameNameTwice(placed: readonly { slot: number; fullName: string }[], slots: readonly PassengerInput["type"][], given: readonly (Named | undefined)[]): { fullName: string; earlier: number } | undefined {
  const key = (fullName: string) => fullName.toLowerCase().replace(/\s+/g, " ").trim();
  const seen = new Map<string, number>();
  given.forEach((g, i) => {
    if (g && !placed.some((p) => p.slot === i)) seen.set(`${slots[i]}|${key(g.fullName)}`, i);
  });
  for (const p of [...placed].sort((a, b) => a.slot - b.slot)) {
    const k = `${slots[p.slot]}|${key(p.fullName)}`;
    const earlier = seen.get(k);
    if (earlier !== undefined) return { fullName: p.fullName, earlier };
    seen.set(k, p.slot);
  }
  return undefined;
}

/**
 * The next passenger's name — or several, pasted one per line (placed by their titles). A child or
 * infant named with "An." or "By." gets a one-tap Mstr / Miss question; a one-word name is said back
 * the way it will be sent. The value holds a name per slot from `first` on (undefined: not given).
 */
async function askNames(conversation: Convo, ctx: ConvoContext, slots: readonly PassengerInput["type"][], first: number, place?: PartyPlace, given: readonly (Named | undefined)[] = []): Step<(Named | undefined)[]> {
  const type = slots[first]!;
  const n = (place?.index ?? 0) + first + 1;
  const question = ctx.t("input-pax-ask-name", { n, of: place?.of ?? slots.length, type: ctx.t(`pax-type-${type}`), example: ctx.t(`input-pax-example-${type}`) });
  let named: (Taken | undefined)[];
  let batch: { value: NameBatch; ctx: ConvoContext };
  const read = (at: ConvoContext) => (a: Answer): Parsed<NameBatch> => (a.kind === "button" ? stale(at) : readNames(at, a.text, slots, first, given, n));
  // A name typed at "Is this the name?" instead of a tap: read as the answer to this question.
  let typed: { text: string; ctx: ConvoContext } | undefined;
  for (;;) {
    if (typed) {
      const r = read(typed.ctx)({ kind: "text", text: typed.text });
      ctx = typed.ctx;
      typed = undefined;
      batch = r.ok ? { value: r.value, ctx } : await askAgain(conversation, ctx, await sendPrompt(conversation, ctx, { text: r.hint! }), read(ctx), { prompt: { text: question } });
    } else batch = await ask(conversation, ctx, { text: question }, read(ctx));
    ctx = batch.ctx;
    named = [...batch.value.named];
    let untitled = batch.value.untitled;
    for (const d of batch.value.doubtful) {
      const c = await confirmName(conversation, ctx, d, slots[first + d.offset]!);
      ctx = c.ctx;
      if (c.value === "use") continue;
      named[d.offset] = undefined;
      untitled = untitled.filter((u) => u.offset !== d.offset);
      if (c.value !== "again") {
        typed = { text: c.value.text, ctx };
        break;
      }
    }
    // Typed again: the new answer replaces this one. Not the name: the question is asked again.
    if (typed || (!named[0] && !untitled.some((u) => u.offset === 0))) continue;
    const titled = await askTitles(conversation, ctx, slots, first, untitled, named);
    ctx = titled.ctx;
    // Back at "Mstr or Miss?": that passenger's name is asked again (here, when it is the asked one);
    // the names taken before it are kept.
    if (titled.value || named[0]) break;
  }
  const taken = named.filter((p): p is Taken => !!p);
  const notes: string[] = [];
  if (taken.length > 1) notes.push(ctx.t("input-names-pasted", { names: pastedList(named, first, batch.value.moved ? place?.index ?? 0 : undefined) }));
  for (const p of taken.filter((t) => t.singleName)) notes.push(ctx.t("input-name-single", { sent: escapeHtml(p.fullName.toUpperCase()) }));
  if (batch.value.problem) notes.push(batch.value.problem);
  if (notes.length > 0) await say(conversation, ctx, notes.join("\n"));
  return { value: named.map((p) => p && { type: p.type, title: p.title, fullName: p.fullName }), ctx };
}

/**
 * "Is this the passenger's name: Mrs Nya Minta Ganti Tanggal?" A name read with chat words in it is
 * taken only by its button (on this message: it carries no name of its own); ✏️ or "kembali" asks the
 * name again, and a name typed here answers the name question.
 */
async function confirmName(conversation: Convo, ctx: ConvoContext, d: Doubtful, type: PassengerInput["type"]): Step<"use" | "again" | { text: string }> {
  const example = ctx.t(`input-pax-example-${type}`);
  // "Ibu Dulu": one word, and that a chat word: said not to look like a name, with what the airline would get.
  const question = d.sent && d.words.length === 1
    ? ctx.t("input-name-confirm-word", { word: escapeHtml(d.shown.split(" ").at(-1)!), sent: escapeHtml(d.sent), example })
    : ctx.t("input-name-confirm", { name: escapeHtml(d.shown), single: d.sent ? "yes" : "no", sent: escapeHtml(d.sent ?? ""), count: d.words.length, words: d.words.map((w) => `"${escapeHtml(w)}"`).join(", "), example });
  // "Mr Budi sama istri", "Mr Budi Santoso berdua": several people in one "name".
  const text = soundsLikeSeveral(d.words) ? `${question}\n${ctx.t("input-name-confirm-several")}` : question;
  const kb = new InlineKeyboard().text(ctx.t("input-name-confirm-use", { name: d.shown.slice(0, 48) }), cb.choice("nm", "use")).row().text(ctx.t("input-name-confirm-retype"), cb.choice("nm", "again"));
  try {
    return await ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<"use" | "again" | { text: string }> => {
      if (a.kind === "text") return a.contact ? { ok: false, hint: text } : { ok: true, value: { text: a.text } };
      const v = parseChoice(a.data, "nm", ["use", "again"] as const);
      return v ? { ok: true, value: v } : stale(ctx);
    }, { onlyFromPrompt: true });
  } catch (e) {
    if (!(e instanceof GoBack)) throw e;
    return { value: "again", ctx: e.ctx };
  }
}

/** Mstr/Miss (or Mr/Mrs/Ms after Dr.) for each name that needs it, filled into `named`; false when the agent went back. */
async function askTitles(conversation: Convo, ctx: ConvoContext, slots: readonly PassengerInput["type"][], first: number, untitled: readonly Untitled[], named: (Taken | undefined)[]): Step<boolean> {
  for (const { offset, fullName, singleName } of untitled) {
    const gType = slots[first + offset]!;
    try {
      const g = gType === "adult" ? await askAdultTitle(conversation, ctx, fullName) : await askChildTitle(conversation, ctx, fullName, gType);
      ctx = g.ctx;
      named[offset] = { type: gType, title: g.value, fullName, ...(singleName ? { singleName: true } : {}) };
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      return { value: false, ctx: e.ctx };
    }
  }
  return { value: true, ctx };
}

/** The names taken, in the party's order; numbered (from `numberFrom`) when they went to other places than pasted. */
function pastedList(named: readonly (Taken | undefined)[], first: number, numberFrom?: number): string {
  return named
    .map((p, k) => p && escapeHtml(`${numberFrom === undefined ? "" : `${numberFrom + first + k + 1}. `}${p.title} ${p.fullName}`))
    .filter(Boolean)
    .join(", ");
}

/** "An. Dimas": Mstr or Miss, one tap or typed ("laki-laki", "girl"). */
async function askChildTitle(conversation: Convo, ctx: ConvoContext, fullName: string, type: PassengerInput["type"]): Step<"Mstr" | "Miss"> {
  const text = ctx.t("input-name-gender", { name: escapeHtml(fullName), type: ctx.t(`pax-type-${type}`) });
  const kb = new InlineKeyboard().text(ctx.t("input-name-gender-boy", { name: fullName }), cb.choice("gd", "m")).text(ctx.t("input-name-gender-girl", { name: fullName }), cb.choice("gd", "f"));
  return ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<"Mstr" | "Miss"> => {
    if (a.kind === "text") {
      const typed = parseChildTitle(a.text);
      return typed ? { ok: true, value: typed } : { ok: false, hint: text };
    }
    const v = parseChoice(a.data, "gd", ["m", "f"] as const);
    return v ? { ok: true, value: v === "m" ? "Mstr" : "Miss" } : stale(ctx);
  });
}

/** "Dr. Rina Wijaya": the airlines need Mr, Mrs or Ms, and the title says none of them. */
async function askAdultTitle(conversation: Convo, ctx: ConvoContext, fullName: string): Step<"Mr" | "Mrs" | "Ms"> {
  const text = ctx.t("input-name-title-adult", { name: escapeHtml(fullName) });
  const kb = new InlineKeyboard();
  for (const t of ["Mr", "Mrs", "Ms"] as const) kb.text(`${t} ${fullName}`, cb.choice("gd", t.toLowerCase()));
  return ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<"Mr" | "Mrs" | "Ms"> => {
    if (a.kind === "text") {
      const typed = parseAdultTitle(a.text);
      return typed ? { ok: true, value: typed } : { ok: false, hint: text };
    }
    const v = parseChoice(a.data, "gd", ["mr", "mrs", "ms"] as const);
    return v ? { ok: true, value: v === "mr" ? "Mr" : v === "mrs" ? "Mrs" : "Ms" } : stale(ctx);
  });
}

/** Whether a passenger of this type must give personal details (birth date, ID, passport) for this flight. */
export function needsPersonalDetails(type: PassengerInput["type"], needs: PassengerRequirements): boolean {
  return needs.birthDate || type === "infant" || (needs.idNumber === true && type === "adult") || needs.passport;
}

/**
 * `handoff`: asked in the private chat for a group booking (personal-data-conversation.ts), where
 * "back" stays among these questions: the party is changed in the group.
 */
type Detail = (conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, flightDate: string, needs: PassengerRequirements, handoff: boolean) => Step<PassengerInput>;

/** Age on the flight date (whole years; months under 2) and the passenger type that age is on this flight. */
function ageOnFlight(birthDate: string, flightDate: string, adultFrom: number): { years: number; months: number; type: PassengerInput["type"] } {
  const born = parseISO(birthDate);
  const flight = parseISO(flightDate);
  const years = differenceInYears(flight, born);
  const months = differenceInMonths(flight, born);
  return { years, months, type: years >= adultFrom ? "adult" : years >= 2 ? "child" : "infant" };
}

const askBirthDate: Detail = async (conversation, ctx, passenger, flightDate, needs, handoff) => {
  const label = ctx.t(`pax-type-${passenger.type}`);
  // Today, for "17/8/90": a two-digit year is the latest one not ahead of it.
  const today = new Date(await conversation.now()).toISOString().slice(0, 10);
  const checked = (date: string): Parsed<string> => {
    const adultFrom = needs.adultFrom ?? AIRLINES_ADULT_FROM;
    const problem = birthDateProblem(passenger.type, date, flightDate, adultFrom);
    if (!problem) return { ok: true, value: date };
    if (problem === "age") {
      // The age it is on the flight date and what that makes the passenger here, and the way to a party
      // that has them as that: "back" as far as the list, then once more to the passenger count.
      const age = ageOnFlight(date, flightDate, adultFrom);
      return {
        ok: false,
        hint: ctx.t("pax-birthdate-age", {
          name: escapeHtml(passenger.fullName),
          age: age.years >= 2 ? ctx.t("pax-age-years", { n: age.years }) : ctx.t("pax-age-months", { n: age.months }),
          actual: ctx.t(`pax-type-${age.type}`),
          type: label,
          adultage: adultFrom,
          childage: adultFrom - 1,
          where: handoff ? "group" : "flow",
        }),
      };
    }
    return { ok: false, hint: ctx.t(`pax-birthdate-${problem}`, { from: infantMayFlyFrom(date).split("-").reverse().join("-") }) };
  };
  const question = { text: ctx.t("pax-ask-birthdate", { name: escapeHtml(passenger.fullName) }) };
  const dob = await askDatedAnswer(conversation, ctx, question, (a): Parsed<DatedAnswer<string>> => {
    if (a.kind === "button") return stale(ctx);
    // "12/03/85" from an English-speaking agent: 12 March or 3 December? Asked, never read day first unasked.
    const choose = twoWays(ctx, withoutBirthLabel(a.text), today);
    if (choose) return { ok: true, value: { choose } };
    const date = parseBirthDate(a.text, today);
    if (!date) return { ok: false, hint: ctx.t("pax-birthdate-unreadable") };
    const r = checked(date);
    return r.ok ? { ok: true, value: { value: r.value } } : r;
  }, checked, { what: "birth", name: passenger.fullName });
  return { value: { ...passenger, birthDate: dob.value }, ctx: dob.ctx };
};

const askIdNumber: Detail = async (conversation, ctx, passenger) => {
  // An all-digit number that is no 16-digit KTP is asked about; sent again the same, it is taken (a
  // passport or other ID of digits). Rebuilt from the answers on every replay, so replays agree.
  let questioned: string | undefined;
  const id = await ask(conversation, ctx, { text: ctx.t("pax-ask-id-number", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
    if (a.kind === "button") return stale(ctx);
    const r = readIdNumber(a.text);
    if (r.ok) return { ok: true, value: r.value };
    if (r.reason === "unreadable") return { ok: false, hint: ctx.t("pax-id-number-invalid") };
    if (questioned === r.value) return { ok: true, value: r.value };
    questioned = r.value;
    return { ok: false, hint: ctx.t("pax-id-number-digits", { digits: r.digits }) };
  });
  return { value: { ...passenger, idNumber: id.value }, ctx: id.ctx };
};

const askPassport: Detail = async (conversation, ctx, passenger, flightDate) => {
  const locale = localeOf(ctx);
  const day = (iso: string) => documentDateText(iso, locale);
  // What earlier answers gave (the number typed alone, say): kept until the rest comes, and rebuilt
  // from the same answers on every replay.
  let kept: { number?: string; expiry?: string } = {};
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
  const passport = await askDatedAnswer(conversation, ctx, question, (a): Parsed<DatedAnswer<{ number: string; expiry: string }>> => {
    if (a.kind === "button") return stale(ctx);
    // An English-speaking agent's "10/05/2031" reads both ways: `alsoReads` is 5 Oct.
    const r = readPassport(a.text, flightDate, locale === "en");
    const number = r?.number ?? kept.number;
    const numberKept = keptNote(number);
    if (!r) return { ok: false, hint: number ? numberKept + ctx.t("pax-passport-ask-expiry") : ctx.t("pax-passport-unreadable") };
    if (r.tooFar) {
      // "A1234567 17-08-90": no passport runs to 2090 (a birth date, most likely); asked, never taken.
      kept = { number };
      const said = { typed: escapeHtml(r.tooFar.typed.slice(0, 40)), year: r.tooFar.date.slice(0, 4), years: PASSPORT_VALID_YEARS };
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
      const said = { typed: escapeHtml(a.text.trim().slice(0, 40)), month: `${mm}/${r.monthOnly.year}`, shape: `dd-${mm}-${r.monthOnly.year}` };
      return { ok: false, hint: numberKept + ctx.t("pax-passport-month-only", said) };
    }
    if (r.unreadDate) return { ok: false, hint: numberKept + ctx.t("pax-passport-date-unreadable", { typed: escapeHtml(r.unreadDate.slice(0, 40)) }) };
    if (expiry) return { ok: false, hint: ctx.t("pax-passport-expiry-kept", { expiry: escapeHtml(day(expiry)) }) };
    return { ok: false, hint: numberKept + ctx.t("pax-passport-ask-expiry") };
  }, (expiry) => withExpiry(kept.number, expiry), { what: "expiry", name: passenger.fullName });
  return { value: { ...passenger, passport: passport.value }, ctx: passport.ctx };
};

const askPassportIssued: Detail = async (conversation, ctx, passenger, flightDate) => {
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
    if (!date) return { ok: false, hint: ctx.t("pax-passport-issued-unreadable", { typed: escapeHtml(a.text.trim().slice(0, 40)) }) };
    const r = checked(date);
    return r.ok ? { ok: true, value: { value: r.value } } : r;
  }, checked, { what: "issued", name: passenger.fullName });
  return { value: { ...passenger, passport: { ...passenger.passport!, issued: issued.value } }, ctx: issued.ctx };
};

const askNationality: Detail = async (conversation, ctx, passenger) => {
  const nat = await ask(conversation, ctx, { text: ctx.t("pax-ask-nationality", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
    const v = a.kind === "text" ? parseNationality(a.text) : undefined;
    return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("pax-nationality-invalid") };
  });
  return { value: { ...passenger, nationality: nat.value }, ctx: nat.ctx };
};

/** The questions this passenger gets for this flight, in order. */
function detailsFor(type: PassengerInput["type"], needs: PassengerRequirements): Detail[] {
  const details: Detail[] = [];
  if (needs.birthDate || type === "infant") details.push(askBirthDate);
  if (needs.idNumber && type === "adult") details.push(askIdNumber);
  if (needs.passport) {
    details.push(askPassport);
    if (needs.passportIssued) details.push(askPassportIssued);
    if (needs.nationality) details.push(askNationality);
  }
  return details;
}

/**
 * Birth date, ID number, passport and nationality — whatever the flight needs — for one named
 * passenger. "Back" goes to the question before, keeping what was answered; back from the first
 * leaves to the caller (the passenger's name).
 */
export async function askPersonalDetails(conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, needs: PassengerRequirements, flightDate: string, fromLast = false, handoff = false): Step<PassengerInput> {
  const details = detailsFor(passenger.type, needs);
  // answered[i]: the passenger as it stood before question i. `fromLast`: back into a passenger whose
  // details were all given: the last question again, the earlier answers kept until asked again.
  const answered: PassengerInput[] = fromLast ? details.map(() => ({ ...passenger })) : [{ ...passenger }];
  let i = fromLast ? Math.max(0, details.length - 1) : 0;
  while (i < details.length) {
    try {
      const r = await details[i]!(conversation, ctx, answered[i]!, flightDate, needs, handoff);
      ctx = r.ctx;
      answered[i + 1] = r.value;
      i += 1;
    } catch (e) {
      if (!(e instanceof GoBack) || i === 0) throw e;
      ctx = e.ctx;
      i -= 1;
    }
  }
  return { value: answered[i]!, ctx };
}

/**
 * Names one by one, each followed by the personal details the flight needs. In a group, personal
 * details (birth dates, ID and passport numbers) are not collected in front of everyone: the member
 * gives them in a private chat with the bot (see personal-data.ts) and the group flow continues.
 */
/** Where the asked passengers sit in the whole party, when only some are asked again (editing one from the summary). */
export interface PartyPlace {
  index: number;
  of: number;
  /** The passenger being changed: typed again under the same name, the details given for them stay (a group's 🔒 step is not asked again). */
  previous?: PassengerInput;
}

export async function askPassengers(conversation: Convo, ctx: ConvoContext, pax: PaxCount, needs: PassengerRequirements, flightDate: string, place?: PartyPlace, resume?: readonly PassengerInput[]): Step<PassengerInput[]> {
  const slots = paxSlots(pax);
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const detailed = (p: Named) => !group && needsPersonalDetails(p.type, needs);
  // In a group the details go through the private chat, once every name is in (one 🔒 step).
  const privately = group && slots.some((type) => needsPersonalDetails(type, needs));
  // Per slot: the name (typed, or pasted ahead with others) and the passenger once complete.
  const named: (Named | undefined)[] = slots.map((_, i) => resume?.[i]);
  // Whether a slot's name had its own question (else it came pasted with the one before).
  const ownQuestion: boolean[] = slots.map(() => true);
  const done: (PassengerInput | undefined)[] = slots.map((_, i) => resume?.[i] ?? (i === 0 ? place?.previous : undefined));
  // `resume` is everyone, given before: "back" from the contact lands on the last one's last question
  // (in a group with private details, the 🔒 step: its details kept, changed privately if wanted).
  // Fewer than everyone (kept from a flight left for another): the first one missing is asked.
  const everyone = resume?.length === slots.length;
  let i = everyone ? slots.length - 1 : (resume?.length ?? 0);
  let at: "name" | "details" | "last-detail" = everyone ? (detailed(named[i]!) ? "last-detail" : "name") : "name";
  let review = privately && everyone;
  for (;;) {
    while (!review && i < slots.length) {
      try {
        if (at === "name" || !named[i]) {
          const r = await askNames(conversation, ctx, slots, i, place, named);
          r.value.forEach((p, k) => {
            if (!p) return;
            const before = done[i + k];
            named[i + k] = p;
            // In a group, a name typed again unchanged keeps the details given privately for it.
            done[i + k] = group && before && sameName(before, p) ? before : undefined;
            ownQuestion[i + k] = k === 0;
          });
          ctx = r.ctx;
          at = "details";
        }
        const p = named[i]!;
        if (detailed(p)) {
          const d = await askPersonalDetails(conversation, ctx, at === "last-detail" ? done[i]! : p, needs, flightDate, at === "last-detail");
          done[i] = d.value;
          ctx = d.ctx;
        } else done[i] = done[i] ?? p;
        i += 1;
        // A name pasted ahead goes straight to its details.
        at = named[i] ? "details" : "name";
      } catch (e) {
        if (!(e instanceof GoBack)) throw e;
        ctx = e.ctx;
        // Back from a passenger's first detail: their name, or the passenger before when it came pasted
        // with theirs (what was asked last). Back from a name: the passenger before, at their last
        // question; names pasted after stay. Back from the first name: the caller's.
        if (at !== "name" && (ownQuestion[i] || i === 0)) at = "name";
        else if (i > 0) {
          i -= 1;
          at = detailed(named[i]!) && done[i] ? "last-detail" : "name";
        } else throw new BackFromPassengers(ctx, completed(done));
      }
    }
    const passengers = done as PassengerInput[];
    // Names unchanged since their details were given privately: kept, no new 🔒 step.
    if (!privately || (!review && passengers.every((p) => hasPersonalDetails(p, needs)))) return { value: passengers, ctx };
    try {
      return await collectInPrivate(conversation, ctx, passengers, needs, flightDate, review);
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      ctx = e.ctx;
      // Back at the 🔒 step: the question asked last in the group, the name of the last passenger (or
      // of the one their name came pasted with); every name and detail given stays.
      review = false;
      i = Math.max(0, ownQuestion.lastIndexOf(true));
      at = "name";
    }
  }
}

/** Back from the first passenger's question: the passengers given so far go along, kept for when the agent comes forward again. */
export class BackFromPassengers extends GoBack {
  constructor(ctx: ConvoContext, readonly kept: PassengerInput[]) {
    super(ctx);
  }
}

/** The passengers complete from the first on (a later one without an earlier one can't keep its place). */
function completed(done: readonly (PassengerInput | undefined)[]): PassengerInput[] {
  const gap = done.indexOf(undefined);
  return (gap === -1 ? done : done.slice(0, gap)) as PassengerInput[];
}

/** The same person typed again: same title and name (the parser writes names in one case). */
function sameName(a: Named, b: Named): boolean {
  return a.type === b.type && a.title === b.title && a.fullName.toUpperCase() === b.fullName.toUpperCase();
}

/** Whether a passenger carries every personal detail this flight asks of their type (nothing asked: true). */
export function hasPersonalDetails(p: PassengerInput, needs: PassengerRequirements): boolean {
  if ((needs.birthDate || p.type === "infant") && !p.birthDate) return false;
  if (needs.idNumber && p.type === "adult" && !p.idNumber) return false;
  if (!needs.passport) return true;
  return !!p.passport && (!needs.passportIssued || !!p.passport.issued) && (!needs.nationality || !!p.nationality);
}

/** An e-mail and/or phone typed as one answer ("agen@x.com 0812…", "wa 0812…"), when it holds either. */
function typedContact(text: string): Parsed<{ email?: string; phone?: string }> | undefined {
  const v = parseContactAnswer(text);
  return v.email || v.phone ? { ok: true, value: v } : undefined;
}

const inGroup = (ctx: ConvoContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/**
 * Contact e-mail and phone, offering the last contact used in this chat. "Back" at the phone asks
 * the e-mail again, at the e-mail the offer; back from the first question leaves to the caller.
 */
export async function askContact(conversation: Convo, ctx: ConvoContext): Step<Contact> {
  // The chat's last contact, else the default contact an admin set in /settings.
  const last = await conversation.external(async (outer) =>
    outer.chat ? ((await outer.deps.contacts.last(outer.chat.id)) ?? (await outer.deps.chatSettings.get(outer.chat.id)).contact) : undefined,
  );
  let step: "offer" | "email" | "phone" = last ? "offer" : "email";
  let email = "";
  // A phone typed before the e-mail was asked (at the offer or the e-mail question): kept, not asked again.
  let phoneAhead: string | undefined;
  for (;;) {
    try {
      if (step === "offer") {
        const kb = new InlineKeyboard().text(ctx.t("contact-use-last"), cb.choice("ct", "last")).text(ctx.t("contact-new"), cb.choice("ct", "new"));
        const choice = await ask(conversation, ctx, { text: ctx.t("contact-offer-last", { email: escapeHtml(last!.email), phone: escapeHtml(inGroup(ctx) ? maskedPhone(last!.phone) : last!.phone) }), keyboard: kb }, (a): Parsed<"last" | { email?: string; phone?: string }> => {
          // An e-mail or phone typed here is the new contact's first answer.
          if (a.kind === "text") return typedContact(a.text) ?? { ok: false, hint: ctx.t("contact-use-buttons") };
          const v = parseChoice(a.data, "ct", ["last", "new"] as const);
          return v ? { ok: true, value: v === "last" ? "last" : {} } : stale(ctx);
        });
        if (choice.value === "last") return { value: last!, ctx: choice.ctx };
        ctx = choice.ctx;
        ({ email = "", phone: phoneAhead } = choice.value);
        step = email ? "phone" : "email";
        if (email && phoneAhead) return { value: { email, phone: phoneAhead }, ctx };
      } else if (step === "email") {
        const answer = await ask(conversation, ctx, { text: ctx.t("contact-ask-email") }, (a): Parsed<{ email?: string; phone?: string }> => {
          const v = a.kind === "text" ? typedContact(a.text) : undefined;
          return v ?? (a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("contact-email-invalid") });
        });
        ctx = answer.ctx;
        phoneAhead = answer.value.phone ?? phoneAhead;
        if (!answer.value.email) {
          await say(conversation, ctx, ctx.t("contact-phone-kept", { phone: escapeHtml(inGroup(ctx) ? maskedPhone(phoneAhead!) : phoneAhead!) }));
          continue;
        }
        email = answer.value.email;
        if (phoneAhead) return { value: { email, phone: phoneAhead }, ctx };
        step = "phone";
      } else {
        // A shared contact card answers too; foreign numbers are taken with their country code.
        const phone = await ask(conversation, ctx, { text: ctx.t("input-ask-phone") }, (a): Parsed<string> => {
          const v = a.kind === "text" ? (a.contact ? phoneFromContact(a.text) : parsePhone(a.text) ?? parseContactAnswer(a.text).phone) : undefined;
          return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("input-phone-invalid") };
        });
        return { value: { email, phone: phone.value }, ctx: phone.ctx };
      }
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      if (step === "phone") step = "email";
      else if (step === "email" && last) step = "offer";
      else throw e;
      ctx = e.ctx;
    }
  }
}
