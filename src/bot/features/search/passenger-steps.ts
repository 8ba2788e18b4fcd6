import type { PassengerInput, PassengerRequirements, PaxCount } from "../../../domain/passenger.js";
import { paxSlots } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { GoBack, type Convo } from "./ask.js";
import { askNames, type PartyPlace } from "./name-steps.js";
import { PartyGrownAtNames } from "./party-grown-at-names.js";
import { askPersonalDetails, hasPersonalDetails, needsPersonalDetails } from "./personal-details.js";
import { collectInPrivate } from "./personal-data.js";
import type { LineFields } from "../../../domain/name-line-data.js";
import { holders } from "../../../domain/document-holders.js";
import type { Named } from "./read-names.js";
import { nextNameSlot, takeNameTypedAhead } from "./name-typed-ahead.js";
import { notePassengersSoFar } from "./flow-draft.js";
import { previousWithoutBirthDate } from "./birth-date-typed-late.js";
import { AIRLINES_ADULT_FROM } from "./passenger-rules.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/**
 * Names one by one, each followed by the personal details the flight needs. In a group, personal
 * details (birth dates, ID and passport numbers) are not collected in front of everyone: the member
 * gives them in a private chat with the bot (see personal-data.ts) and the group flow continues.
 */
export async function askPassengers(conversation: Convo, ctx: ConvoContext, pax: PaxCount, needs: PassengerRequirements, flightDate: string, place?: PartyPlace, resume?: readonly (PassengerInput | undefined)[], pastedAhead?: string): Step<PassengerInput[]> {
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
  // Per slot: the data pasted on its name's line (private chat), used once: back into that passenger's
  // questions later asks them, so what the agent corrected is never filled over again.
  const pasted: (LineFields | undefined)[] = slots.map(() => undefined);
  // `resume` is everyone, given in full before: "back" from the contact lands on the last one's last question
  // (in a group with private details, the 🔒 step: its details kept, changed privately if wanted).
  // Else (kept from a flight left for another, placed by type: kept-passengers.ts) the places kept in full
  // are passed over, those kept lacking a detail this flight asks are asked only that, the others in full.
  const everyone = !!resume && slots.every((_, k) => !!resume[k] && hasPersonalDetails(resume[k], needs));
  const keptWhole = new Set(everyone ? [] : slots.flatMap((_, k) => (resume?.[k] && hasPersonalDetails(resume[k], needs) ? [k] : [])));
  const lacking: boolean[] = slots.map((_, k) => !everyone && !!resume?.[k] && !keptWhole.has(k));
  const nextAsked = (from: number) => {
    let k = from;
    while (keptWhole.has(k)) k += 1;
    return k;
  };
  let i = everyone ? slots.length - 1 : nextAsked(0);
  let at: "name" | "details" | "last-detail" = everyone ? (detailed(named[i]!) ? "last-detail" : "name") : named[i] ? "details" : "name";
  let review = privately && everyone;
  for (;;) {
    while (!review && i < slots.length) {
      try {
        if (at === "name" || !named[i]) {
          // A birth date typed alone here is the passenger's before, entered without one (private chat: in a
          // group birth dates go through the 🔒 step): kept for them (birth-date-typed-late.ts).
          const prev = i - 1;
          const previous = prev >= 0 && !group ? done[prev] : undefined;
          previousWithoutBirthDate(conversation, previous && { passenger: previous, flightDate, adultFrom: needs.adultFrom, keep: (birthDate) => { done[prev] = { ...previous, birthDate }; } });
          // Lines pasted under the search answer the first name question, once.
          const ahead = i === 0 ? pastedAhead : undefined;
          pastedAhead = undefined;
          const r = await askNames(conversation, ctx, slots, i, place, named, (type) => !group && needsPersonalDetails(type, needs), ahead, { date: flightDate, adultFrom: needs.adultFrom ?? AIRLINES_ADULT_FROM }).finally(() => previousWithoutBirthDate(conversation, undefined));
          r.value.forEach((given, k) => {
            if (!given) return;
            const { pasted: fields, ...p } = given;
            const before = done[i + k];
            named[i + k] = p;
            pasted[i + k] = fields;
            // In a group, a name typed again unchanged keeps the details given privately for it. At ✏️
            // <passenger> in a private chat, a name typed alone replaces only the name: the birth date, KTP
            // and passport on the summary stay (never dropped unsaid, nor asked again).
            done[i + k] = group && before && sameName(before, p) ? before
              : !group && before && place?.previous && !fields ? { ...before, title: p.title, fullName: p.fullName }
              : undefined;
            ownQuestion[i + k] = k === 0;
            lacking[i + k] = false;
          });
          ctx = r.ctx;
          at = "details";
        }
        const p = named[i]!;
        const kept = done[i];
        if (detailed(p) && at !== "last-detail" && !pasted[i] && kept && !group && place?.previous && hasPersonalDetails(kept, needs)) {
          // The name alone retyped at ✏️: every detail the flight asks is already on the summary, kept.
        } else if (detailed(p)) {
          const fields = at === "last-detail" ? undefined : pasted[i];
          pasted[i] = undefined;
          // The next passenger's name typed at this one's birth date is kept for them (name-typed-ahead.ts).
          nextNameSlot(conversation, { slots, next: i + 1, named });
          // A passenger kept from another flight: only what this one asks that they lack.
          const onlyMissing = lacking[i]! && at !== "last-detail";
          const d = await askPersonalDetails(conversation, ctx, at === "last-detail" || onlyMissing ? done[i]! : p, needs, flightDate, at === "last-detail", false, fields, holders(done, i), onlyMissing).finally(() => nextNameSlot(conversation, undefined));
          done[i] = d.value;
          ctx = d.ctx;
          const ahead = takeNameTypedAhead(conversation);
          if (ahead && i + 1 < slots.length && !named[i + 1]) named[i + 1] = ahead;
        } else if (pasted[i]?.birth !== undefined && at !== "last-detail") {
          // A birth date typed on the name's line of a flight that asks none: read and checked as the
          // birth question would (asked only when it is refused), and kept.
          const fields = pasted[i];
          pasted[i] = undefined;
          const d = await askPersonalDetails(conversation, ctx, p, { ...needs, birthDate: true, idNumber: false, passport: false }, flightDate, false, false, fields);
          done[i] = d.value;
          ctx = d.ctx;
        } else done[i] = done[i] ?? p;
        // Everyone given so far is what a cancel now keeps (flow-draft.ts); not at ✏️, which asks one of them.
        if (!place) notePassengersSoFar(conversation, completed(done));
        i = nextAsked(i + 1);
        // A name pasted ahead (or kept, lacking a detail) goes straight to its details.
        at = named[i] ? "details" : "name";
      } catch (e) {
        // A larger party asked at a name question: everyone given so far goes along to the new search.
        if (e instanceof PartyGrownAtNames && !e.kept) throw new PartyGrownAtNames(e.ctx, e.pax, completed(done));
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

/** The passengers given so far, in party order (the next flight places them by type: kept-passengers.ts). */
function completed(done: readonly (PassengerInput | undefined)[]): PassengerInput[] {
  return done.filter((p): p is PassengerInput => !!p);
}

/** The same person typed again: same title and name (the parser writes names in one case). */
function sameName(a: Named, b: Named): boolean {
  return a.type === b.type && a.title === b.title && a.fullName.toUpperCase() === b.fullName.toUpperCase();
}
