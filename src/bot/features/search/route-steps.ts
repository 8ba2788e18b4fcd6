import type { Airport } from "../../../domain/airport.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, type Answer, type Convo, type Parsed } from "./ask.js";
import { airportChoices } from "./keyboards.js";
import { asideOnly, choicesLine, keptNotes, type Kept } from "./place-asides.js";
import { parseQuickForm, type QuickForm } from "./quick-form.js";
import { certainAirports, certainCodes, cityNamed, isPlace, resolveAirport, type Choice, type RouteEnd } from "./resolve-airport.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { afterChangeLead } from "../../../domain/change-lead.js";
import { isBareNumber, typedOptionNumber } from "../../../domain/option-number.js";
import { parsePax } from "../../../domain/pax-parse.js";
import { isAirportCodeAttempt } from "../../../domain/airport-code-attempt.js";
import { BOOKING_PARTY_MAX, unbookableAside } from "../../../domain/unbookable-aside.js";

/** A place question's answer: the airport, or a line to take as the quick form's (`form`, the place in it). */
export type PlaceAnswer = { value?: Airport; form?: QuickForm; ctx: ConvoContext };

/**
 * The destination question. A place typed with more ("sub besok 2", "bali tgl 25 2 org") comes back
 * as the quick form would read it (`form`, the place as its destination), for the flow to take every
 * part of it, as the origin question does.
 */
/**
 * `origin`: the route's other end, never the destination hint's example ("Asal dan tujuan sama"). `party`:
 * the party typed with the search, which a bare number typed here never replaces unasked (both questions).
 */
export function askDestination(conversation: Convo, ctx: ConvoContext, question: string, origin: string, initial?: string, party?: string, today?: string): Promise<PlaceAnswer> {
  return askPlace(conversation, ctx, question, initial, "destination", origin, party, today);
}

/**
 * The origin question, where a whole route typed at once ("cgk-dps", "jkt ke bali", "CGK DPS besok 2")
 * comes back as the quick form would read it (`form`), for the flow to take every part of it. A name
 * that is one airport ("ujung pandang") stays an airport.
 */
export function askOrigin(conversation: Convo, ctx: ConvoContext, question: string, initial?: string, party?: string, today?: string): Promise<PlaceAnswer> {
  return askPlace(conversation, ctx, question, initial, "origin", "", party, today);
}

/** What a line may carry besides its places: any of it makes the line more than a place's name. */
const BESIDES_PLACES = ["date", "pax", "time", "roundTrip", "returnDate", "unread", "countsOrDate"] as const;

/**
 * One place typed with more ("sub besok 2" at either question): the quick form's reading, the place
 * at the end asked about. Undefined for a bare place (its name may be several words: "ujung pandang")
 * and for a place not known for certain, which the question resolves (and offers) as before.
 */
async function placeWithMore(conversation: Convo, text: string, end: RouteEnd): Promise<QuickForm | undefined> {
  const read = parseQuickForm(text);
  const { origin, destination, ...rest } = read;
  const place = end === "origin" ? (destination === undefined ? origin : undefined) : origin === undefined || destination === undefined ? (origin ?? destination) : undefined;
  if (!place || !BESIDES_PLACES.some((k) => read[k] !== undefined)) return undefined;
  // "surbaya bsk 2": a place not known for certain is still the place, its date and party kept; the question
  // resolves it (a one-tap choice, or why it isn't known) as the quick form's would, never the whole line.
  if (await isPlace(conversation, place)) return { ...rest, [end]: place };
  return read.date !== undefined || read.pax !== undefined || read.time !== undefined ? { ...rest, [end]: place } : undefined;
}

/**
 * Two places typed at the first question ("surbaya bali bsk 2", "bpp cgk bsk 2", "yia dps"): read as the quick
 * form reads them, each end asked about on its own, when at least one end is a place for certain. Never the
 * airport matcher on the whole line, which took "bali" and made the destination the origin. Two names of one
 * airport ("juanda surabaya", "jkt cgk") stay that airport; two ends neither known stay one misspelt name
 * ("pangkal pinnang"), unless a date or party says the line is a whole search.
 */
async function routeLine(conversation: Convo, text: string): Promise<QuickForm | undefined> {
  const read = parseQuickForm(text);
  if (!read.origin || !read.destination) return undefined;
  const [o, d] = [await certainCodes(conversation, read.origin), await certainCodes(conversation, read.destination)];
  // "juanda surabaya", "jkt cgk": two names of one airport (or a city and one of its airports) are that airport.
  if (o.some((c) => d.includes(c))) return undefined;
  if (o.length > 0 || d.length > 0) return read;
  return BESIDES_PLACES.some((k) => k !== "unread" && read[k] !== undefined) ? read : undefined;
}


/**
 * A place named while "which Jakarta airport do you leave from?" waits ("dps", "dps besok 2"): a place
 * that is not one of the choices is the destination typed ahead, never the origin swapped unasked. The
 * place typed again (or its button) means she leaves from there after all.
 */
async function namedAhead(conversation: Convo, text: string, choice: Choice, ahead?: string): Promise<{ place: string; airports: Airport[]; more: Kept; unread?: string } | undefined> {
  // "dps besok 2": the place with its date and party (read first: the matcher alone would take "dps" and drop the rest).
  const { origin, destination, ...rest } = parseQuickForm(text);
  const aside = asideOnly(rest);
  const withMore = origin !== undefined && destination === undefined && aside !== undefined;
  const place = withMore ? origin : text;
  const airports = await certainAirports(conversation, place);
  const codes = airports.map((a) => a.code);
  if (codes.length === 0 || codes.some((c) => c === ahead || choice.airports.some((a) => a.code === c))) return undefined;
  return withMore ? { place, airports, more: aside.kept, unread: aside.unread } : { place, airports, more: {} };
}

/** Whether a bare number is the party already typed ("2" after "2 dws"): nothing would change, so nothing to ask. */
function sameParty(party: string, typed: string): boolean {
  const read = parsePax(party);
  return read.ok && read.pax.adult + read.pax.child + read.pax.infant === Number(typed.trim());
}

/**
 * One answer to a place question, read in this order: an option's number (at a choice, its buttons in order,
 * `options`), a whole route (the first question), the destination named ahead (at a choice of the origin's
 * airports), a date or party alone, a place with more, a place. `party`: the party already typed, which a
 * bare number never replaces unasked. Not a turn: the hint or toast to answer with, the question still waiting.
 */
async function readTurn(conversation: Convo, ctx: ConvoContext, a: Answer, at: { end: RouteEnd; origin: string; pending?: Choice; ahead?: string; options?: readonly Airport[]; party?: string; today?: string }): Promise<Turn | Parsed<never>> {
  if (a.kind === "text") {
    // "1", "no 2" at "which Jakarta airport?": that button, as on the results list; a number past them is asked
    // about (an option mistyped, or the party?), never taken for the party, which the search already has.
    const n = at.options ? typedOptionNumber(a.text) : undefined;
    if (n !== undefined) return n >= 1 && n <= at.options!.length ? { kind: "place", value: at.options![n - 1]! } : { kind: "noOption", n, count: at.options!.length };
    const route = await routeLine(conversation, a.text);
    if (route && at.end === "origin") return { kind: "form", form: route };
    // The customer's whole request pasted at the destination question ("mau tiket jkt bali tgl 25/12 2 org"):
    // taken when it leaves from the origin already chosen (its city or that airport), the rest as the quick form's.
    if (route?.origin && at.end === "destination" && (await certainCodes(conversation, route.origin)).includes(at.origin)) {
      const { origin: _same, ...rest } = route;
      return { kind: "form", form: rest };
    }
    const named = at.end === "origin" && at.pending?.city ? await namedAhead(conversation, a.text, at.pending, at.ahead) : undefined;
    if (named) return { kind: "ahead", ...named };
    // "besok", "2 dws 1 ank": the date or party typed before the place, kept for its own question.
    const aside = asideOnly(parseQuickForm(a.text));
    if (aside && !(a.unaddressed && chatAside(aside)) && !(await isPlace(conversation, a.text))) {
      // "12 mar 87" (a birth date), "12-03-1987": no trip's date or party, never put in place of the search's.
      const why = at.today === undefined ? undefined : unbookableAside(aside.kept, at.today);
      if (why) return { kind: "unbookable", input: a.text, why };
      // "3" with "2 dws" already typed: a count that says nothing of passengers is asked about, the party kept.
      if (at.party !== undefined && aside.kept.pax !== undefined && isBareNumber(a.text) && !sameParty(at.party, a.text)) return { kind: "partyKept", n: a.text.trim(), party: at.party };
      return { kind: "kept", ...aside };
    }
    // "actually 2 pax", "jadi 3 org", "make it 2": a correction of the party (or date) with nothing of a place
    // in it: noted and said as any party typed here, never "actually" quoted back as an unknown airport.
    const rest = afterChangeLead(a.text);
    const corrected = rest === undefined ? undefined : asideOnly(parseQuickForm(rest));
    if (corrected && !corrected.unread) {
      const why = at.today === undefined ? undefined : unbookableAside(corrected.kept, at.today);
      return why ? { kind: "unbookable", input: a.text, why } : { kind: "kept", ...corrected };
    }
    // "sub besok 2": read before the airport matcher, which would take "sub" and drop the rest unsaid.
    const more = await placeWithMore(conversation, a.text, at.end);
    if (more) return { kind: "form", form: more };
  }
  const res = await resolveAirport(conversation, ctx, a, at.end, at.origin);
  if (res.ok) return { kind: "place", value: res.value };
  if (res.choose) return { kind: "choose", choice: res.choose };
  // A choice waiting: an unknown line is said and the choice asked again, never a hint naming some other city.
  // Not for a line of chat the bot only overheard (a group without privacy mode): "ok" is no place to say unknown.
  if (res.unknown && at.pending && a.kind === "text" && !a.unaddressed) return { kind: "unknown", input: a.text };
  return res;
}

/**
 * A date, party or time the bot only overheard (a group without privacy mode, no reply, no mention) that is
 * chat rather than the search's: a greeting ("siang kak", "pagi bu": a time of day alone) or a line with words
 * left unread ("besok aku libur"). Not noted; a bare "besok" or "2 dws" still is.
 */
function chatAside(aside: { kept: Kept; unread?: string }): boolean {
  return !!aside.unread || Object.keys(aside.kept).every((k) => k === "time");
}

/** What one answer to a place question came to. */
type Turn =
  | { kind: "place"; value: Airport }
  | { kind: "form"; form: QuickForm }
  | { kind: "choose"; choice: Choice }
  | { kind: "kept"; kept: Kept; unread?: string }
  | { kind: "ahead"; place: string; airports: Airport[]; more: Kept; unread?: string }
  | { kind: "unknown"; input: string }
  /** An option's number past the choice's buttons. */
  | { kind: "noOption"; n: number; count: number }
  /** A bare number where a party is already typed: asked about, the party kept. */
  | { kind: "partyKept"; n: string; party: string }
  /** A date or party no search can take ("12 mar 87", a birth date): nothing of the line noted, said why. */
  | { kind: "unbookable"; input: string; why: "past" | "far" | "party" };

async function askPlace(conversation: Convo, ctx: ConvoContext, question: string, initial: string | undefined, end: RouteEnd, origin = "", party?: string, today?: string): Promise<PlaceAnswer> {
  let prompt: { text: string; keyboard?: ReturnType<typeof airportChoices> } = { text: question };
  let pending: Choice | undefined;
  // A date, party or time typed here (and, at a choice of the origin's airports, the destination named
  // ahead): handed on with the place, as the quick form's parts are, so their questions take them.
  const kept: Kept = {};
  // The one airport named ahead, offered as a button too: tapped (or typed again), she leaves from there after all.
  let ahead: Airport | undefined;
  const done = (value: Airport, at: ConvoContext): PlaceAnswer => {
    if (ahead?.code === value.code) delete kept.destination;
    return Object.keys(kept).length === 0 ? { value, ctx: at } : { form: { ...kept, [end]: value.code }, ctx: at };
  };
  if (initial) {
    const first = await resolveAirport(conversation, ctx, { kind: "text", text: initial }, end, origin);
    if (first.ok) return done(first.value, ctx);
    pending = first.choose;
    prompt = first.choose ? { text: first.choose.text, keyboard: airportChoices(first.choose.airports) } : { text: first.hint ?? question };
  }
  for (;;) {
    let turn: Turn | undefined;
    // "DSP", "CGKK" typed without a reply in a group that shows the bot every message: an airport code
    // mistyped, answered as a reply is ("I don't know DSP…"), never left without a word.
    const r = await ask(conversation, ctx, prompt, async (a): Promise<Parsed<undefined>> => {
      const options = pending && (ahead ? [...pending.airports, ahead] : pending.airports);
      const read = await readTurn(conversation, ctx, a, { end, origin, pending, ahead: ahead?.code, options, party: kept.pax ?? party, today });
      if (!("kind" in read)) return read;
      turn = read;
      return { ok: true, value: undefined };
    }, { heard: isAirportCodeAttempt });
    ctx = r.ctx;
    const t = turn!;
    if (t.kind === "place") return done(t.value, ctx);
    if (t.kind === "form") return { form: { ...kept, ...t.form }, ctx };
    if (t.kind === "choose") {
      pending = t.choice;
      prompt = { text: t.choice.text, keyboard: airportChoices(t.choice.airports) };
      continue;
    }
    let notes: string[];
    if (t.kind === "kept") {
      Object.assign(kept, t.kept);
      notes = keptNotes(ctx, t.kept, t.unread);
    } else if (t.kind === "ahead") {
      Object.assign(kept, t.more, { destination: t.place });
      ahead = t.airports.length === 1 ? t.airports[0]! : undefined;
      const place = ahead ? `${escapeHtml(ahead.city)} (${ahead.code})` : cityNamed(t.airports, escapeHtml(shortQuote(t.place)));
      notes = [ctx.t("route-kept-destination", { place, swap: ahead ? "yes" : "no" }), ...keptNotes(ctx, t.more, t.unread)];
    } else if (t.kind === "noOption") {
      notes = [ctx.t("route-no-such-option", { n: String(t.n), count: String(t.count) })];
    } else if (t.kind === "partyKept") {
      notes = [ctx.t("route-party-already-noted", { pax: escapeHtml(t.party), n: t.n })];
    } else if (t.kind === "unbookable") {
      notes = [ctx.t("route-not-noted", { input: escapeHtml(shortQuote(t.input)), why: t.why, max: String(BOOKING_PARTY_MAX) })];
    } else {
      notes = [ctx.t("route-unknown-place", { input: escapeHtml(shortQuote(t.input)) })];
    }
    // Asked again under what was noted: the choice still waiting (its options named), else the question.
    const asked = pending ? [pending.text, choicesLine(ctx, pending.airports)] : [question];
    prompt = { text: [...notes, ...asked].join("\n"), keyboard: pending ? airportChoices(ahead ? [...pending.airports, ahead] : pending.airports) : undefined };
  }
}
