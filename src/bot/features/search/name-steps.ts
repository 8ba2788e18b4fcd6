import { InlineKeyboard } from "grammy";
import type { PassengerInput, PaxCount } from "../../../domain/passenger.js";
import { soundsLikeSeveral } from "../../../domain/passenger-chat-words.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, askAgain, GoBack, say, sendPrompt, stale, type Answer, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { readNames, type Doubtful, type FlightAges, type NameBatch, type Named, type Taken } from "./read-names.js";
import { withRetypedName } from "./retyped-name.js";
import { askTitles } from "./title-steps.js";
import { newSearchLine } from "./new-search-line.js";
import { laterChange } from "./later-change.js";
import { changeHint } from "./name-hints.js";
import { OneFieldFixed, type OneFieldEdit } from "./one-field-edit.js";
import { contactAside, nameAsked } from "./contact-aside.js";
import { cutText } from "../../../presenters/cut-text.js";
import { bookingCodeAlone } from "../../../domain/booking-code-alone.js";
import { birthDateTypedLate } from "./birth-date-typed-late.js";
import { changeAtSummary } from "./summary-search-change.js";
import { PartyGrownAtNames } from "./party-grown-at-names.js";

/** The party the name questions' slots are for. */
const partyOf = (slots: readonly PassengerInput["type"][]): PaxCount => ({
  adult: slots.filter((t) => t === "adult").length, child: slots.filter((t) => t === "child").length, infant: slots.filter((t) => t === "infant").length,
});

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/**
 * A booking code typed alone at the name question in a group that shows the bot every message, without a
 * reply: meant for the bot (no colleague is told a name with digits), so answered as a reply is.
 */
const isBookingCode = (text: string) => bookingCodeAlone(text) !== undefined;

/** Where the asked passengers sit in the whole party, when only some are asked again (editing one from the summary). */
export interface PartyPlace {
  index: number;
  of: number;
  /** The passenger being changed: typed again under the same name, the details given for them stay (a group's 🔒 step is not asked again). */
  previous?: PassengerInput;
  /** ✏️ <passenger> at the summary: one of their details typed alone replaces just that (one-field-edit.ts). */
  oneField?: OneFieldEdit;
}

/**
 * The next passenger's name — or several, pasted one per line (placed by their titles). A child or
 * infant named with "An." or "By." gets a one-tap Mstr / Miss question; a one-word name is said back
 * the way it will be sent. The value holds a name per slot from `first` on (undefined: not given), with
 * the data pasted on its line when `reuse` says the flight asks that passenger's details (read-names.ts).
 * `flight`: a birth date on a name's line places a child there by age (read-names.ts).
 */
export async function askNames(conversation: Convo, ctx: ConvoContext, slots: readonly PassengerInput["type"][], first: number, place?: PartyPlace, given: readonly (Named | undefined)[] = [], reuse?: (type: PassengerInput["type"]) => boolean, pastedAhead?: string, flight?: FlightAges): Step<(Named | undefined)[]> {
  const type = slots[first]!;
  const n = (place?.index ?? 0) + first + 1;
  const asked = ctx.t("input-pax-ask-name", { n, of: place?.of ?? slots.length, type: ctx.t(`pax-type-${type}`), example: ctx.t(`input-pax-example-${type}`) });
  const question = place?.oneField?.hint ? `${asked}\n${place.oneField.hint}` : asked;
  let named: (Taken | undefined)[];
  let batch: { value: NameBatch & { fixed?: { passenger: PassengerInput; said: string }; grown?: PaxCount }; ctx: ConvoContext };
  const read = (at: ConvoContext) => (a: Answer): Parsed<NameBatch> => (a.kind === "button" ? stale(at) : readNames(at, a.text, slots, first, given, n, reuse, flight));
  // A whole new search typed here ("cgk sub 21/12 1"): never a bad name, and never started unasked over the
  // names already typed: how to start it is said, this question still waiting.
  const readTyped = (at: ConvoContext) => async (a: Answer): Promise<Parsed<NameBatch & { fixed?: { passenger: PassengerInput; said: string }; grown?: PaxCount }>> => {
    const r = read(at)(a);
    if (r.ok || a.kind !== "text" || a.unaddressed) return r;
    // "3174094203920002" at ✏️ Mrs Sari Dewi: that detail alone, taken after the answer is read as no name.
    const one = place?.oneField?.read(at, a.text);
    if (one) return "refused" in one ? { ok: false, hint: one.refused } : { ok: true, value: { named: [], untitled: [], doubtful: [], fixed: one } };
    // "12-03-1985" alone: the birth date of the passenger named before, entered without one; kept for them
    // (birth-date-typed-late.ts), this name asked again.
    const late = birthDateTypedLate(conversation, at, a.text);
    if (late) return { ok: false, hint: `${late}\n\n${question}` };
    // "X8CK4Q": no name has digits. A booking code typed here is said to be one, with how to check it, never
    // "start with a title"; the name is asked again below.
    const code = bookingCodeAlone(a.text);
    if (code) return { ok: false, hint: `${at.t("names-booking-code", { code })}\n\n${question}` };
    if (await newSearchLine(conversation, a.text)) return { ok: false, hint: at.t("names-new-search", { line: escapeHtml(a.text.trim().replace(/\s+/g, " ")) }) };
    // "tambah 1 anak", "yg garuda aja", "make it the 12th": a change of the search, said how to make, never a
    // bad name. Today only tells a date phrase (the date is not used): the clock read here decides nothing a replay does.
    const change = laterChange(a.text, new Date().toISOString().slice(0, 10));
    // "eh jadi 3 org", "tambah 1 dewasa" while naming the party (not at ✏️ of one): a larger party is searched
    // at once, as at the summary, everyone named kept; a party no booking takes is said, the name asked again.
    if (change === "party" && !place) {
      const grown = await changeAtSummary(conversation, at, a.text, partyOf(slots));
      if (grown && typeof grown === "object" && "pax" in grown) return { ok: true, value: { named: [], untitled: [], doubtful: [], grown: grown.pax } };
      if (grown && typeof grown === "object" && "refused" in grown) return { ok: false, hint: `${grown.refused}\n\n${question}` };
    }
    return change ? { ok: false, hint: changeHint(at, a.text, change, type, n) } : r;
  };
  // A name typed at "Is this the name?" instead of a tap: read as the answer for that passenger (`offset`
  // places after the asked one); the other names pasted with it stay (`kept`).
  let typed: { text: string; ctx: ConvoContext; offset: number; kept: NameBatch } | undefined;
  let problemSaid: string | undefined;
  // The lines pasted under the search ("cgk dps besok 2 dewasa\nTn Budi Santoso\n…"): read as if pasted at
  // this question, the contact among them kept for its own (contact-aside.ts), as a paste here would be.
  if (pastedAhead) {
    const aside = contactAside(conversation, ctx, pastedAhead);
    if (aside) await say(conversation, ctx, aside.note);
    const lines = aside ? aside.rest : pastedAhead;
    if (lines.trim() !== "") typed = { text: lines, ctx, offset: 0, kept: { named: [], untitled: [], doubtful: [] } };
  }
  for (;;) {
    // A mobile number typed alone here is the contact typed ahead (contact-aside.ts), never a name or a NIK.
    nameAsked(conversation, true);
    try {
      if (typed) {
        const { offset, kept } = typed;
        const pastedWith = slots.map((_, i) => (i >= first ? kept.named[i - first] : undefined) ?? given[i]);
        const reader = offset === 0 ? readTyped : retypedReader(slots, first + offset, pastedWith, n + offset, reuse, flight);
        const r = await reader(typed.ctx)({ kind: "text", text: typed.text });
        ctx = typed.ctx;
        typed = undefined;
        const prompt = { text: offset === 0 ? question : ctx.t("input-pax-ask-name", { n: n + offset, of: place?.of ?? slots.length, type: ctx.t(`pax-type-${slots[first + offset]!}`), example: ctx.t(`input-pax-example-${slots[first + offset]!}`) }) };
        const fresh = r.ok ? { value: r.value, ctx } : await askAgain(conversation, ctx, await sendPrompt(conversation, ctx, { text: r.hint! }), reader(ctx), { prompt });
        batch = { value: withRetypedName(kept, fresh.value, offset), ctx: fresh.ctx };
      } else batch = await ask(conversation, ctx, { text: question }, readTyped(ctx), { heard: isBookingCode });
    } finally {
      nameAsked(conversation, false);
    }
    ctx = batch.ctx;
    if (batch.value.fixed) throw new OneFieldFixed(ctx, batch.value.fixed.passenger, batch.value.fixed.said);
    if (batch.value.grown) throw new PartyGrownAtNames(ctx, batch.value.grown);
    // The pasted lines not taken are said before any question about the others: line 5's problem before
    // "Is Kiki Amelia a boy or a girl?" (line 6), never only after it is answered.
    if (batch.value.problem && (batch.value.untitled.length > 0 || batch.value.doubtful.length > 0)) {
      await say(conversation, ctx, batch.value.problem);
      problemSaid = batch.value.problem;
    }
    named = [...batch.value.named];
    let untitled = batch.value.untitled;
    for (const [k, d] of batch.value.doubtful.entries()) {
      const c = await confirmName(conversation, ctx, d, slots[first + d.offset]!);
      ctx = c.ctx;
      if (c.value === "use") continue;
      named[d.offset] = undefined;
      untitled = untitled.filter((u) => u.offset !== d.offset);
      if (c.value !== "again") {
        const kept: NameBatch = { ...batch.value, named: [...named], untitled, doubtful: batch.value.doubtful.slice(k + 1) };
        typed = { text: c.value.text, ctx, offset: d.offset, kept };
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
  if (batch.value.problem && batch.value.problem !== problemSaid) notes.push(batch.value.problem);
  if (notes.length > 0) await say(conversation, ctx, notes.join("\n"));
  const pasted = batch.value.pasted;
  return { value: named.map((p, k) => p && { type: p.type, title: p.title, fullName: p.fullName, ...(pasted?.[k] ? { pasted: pasted[k] } : {}) }), ctx };
}

/** Reads a name typed again for the passenger in slot `at`, the names kept from the paste counting as given (a name twice is refused). */
function retypedReader(slots: readonly PassengerInput["type"][], at: number, given: readonly (Named | undefined)[], n: number, reuse?: (type: PassengerInput["type"]) => boolean, flight?: FlightAges) {
  return (c: ConvoContext) => async (a: Answer): Promise<Parsed<NameBatch>> => (a.kind === "button" ? stale(c) : readNames(c, a.text, slots, at, given, n, reuse, flight));
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
  const kb = new InlineKeyboard().text(ctx.t("input-name-confirm-use", { name: cutText(d.shown, 48) }), cb.choice("nm", "use")).row().text(ctx.t("input-name-confirm-retype"), cb.choice("nm", "again"));
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

/** The names taken, in the party's order; numbered (from `numberFrom`) when they went to other places than pasted. */
function pastedList(named: readonly (Taken | undefined)[], first: number, numberFrom?: number): string {
  return named
    .map((p, k) => p && escapeHtml(`${numberFrom === undefined ? "" : `${numberFrom + first + k + 1}. `}${p.title} ${p.fullName}`))
    .filter(Boolean)
    .join(", ");
}
