import type { TimeOfDay } from "../../../domain/flight.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { parsePax } from "../../../domain/pax-parse.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { partyLimitText, providerErrorText } from "../provider-error-text.js";
import { partyNoneTakes } from "./party-refusal.js";
import { allowBack, GoBack, say, type Convo } from "./ask.js";
import { askSearchAgain } from "./search-again-step.js";
import type { QuickForm } from "./quick-form.js";
import { runSearch, showResults, todayIn, type ListWordsTyped } from "./results-step.js";
import { askDestination, askOrigin } from "./route-steps.js";
import { AirportListUnavailable } from "./resolve-airport.js";
import { askDate, countsOrDateReading } from "./date-step.js";
import { askPax } from "./pax-step.js";
import { returnDateOf, returnNote } from "./return-note.js";
import type { ReturnTrip } from "../../../store/return-trips.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import { localeOf } from "../../../presenters/format.js";
import { cutText } from "../../../presenters/cut-text.js";

export const SEARCH_CONVERSATION = "search";

/** Coming back from the results (another day, or "back" to the party): what is known, and where to start. */
export interface SearchResume {
  from: string;
  to: string;
  date: string;
  pax: PaxCount;
  step: "pax" | "search";
  /** A time of day typed with the new date ("besok pagi"): the list opens filtered to it. */
  time?: TimeOfDay;
}

type Step = "origin" | "destination" | "date" | "pax" | "search";
const PREVIOUS: Record<Step, Step> = { origin: "origin", destination: "origin", date: "destination", pax: "date", search: "pax" };

/**
 * Route, date, party → results. The conversation ends when the results are on screen: picking a
 * flight starts the booking conversation (booking-conversation.ts), so neither replays the other's
 * steps. Each step can go back one ("kembali" / "back"); the quick form's parts are used once, and
 * a step gone back to is asked afresh. Everything non-deterministic goes through
 * `conversation.external` so replays are exact (grammy-stack §1.2).
 */
export async function searchConversation(conversation: Convo, ctx: ConvoContext, form: QuickForm = {}, resume?: SearchResume | null, pasted?: string): Promise<void> {
  allowBack(conversation);
  // Passengers and contact pasted under the trip: said kept, and kept with the list for its booking (runSearch).
  if (pasted) await say(conversation, ctx, ctx.t("search-details-kept"));
  const today = await conversation.external((outer) => todayIn(outer.deps));
  const quick: QuickForm = resume ? {} : { ...form };
  const take = <K extends keyof QuickForm>(key: K): QuickForm[K] => {
    const v = quick[key];
    delete quick[key];
    return v;
  };
  let origin = resume?.from ?? "";
  let destination = resume?.to ?? "";
  let date = resume?.date ?? "";
  let pax: PaxCount = resume?.pax ?? { adult: 1, child: 0, infant: 0 };
  let step: Step = resume?.step ?? "origin";
  // A time of day typed with the search ("jam 7", "pagi"): the results open filtered to it, also when searched again.
  let time: TimeOfDay | undefined = resume?.time;
  // "5 2" with no date: a date or a party. Said at the date question; its party offered at the next unless the date was taken.
  let countsOrDate: string | undefined;
  // The list's own words typed with the search ("lion", "langsung"): applied when the list opens, also when searched again.
  let typed: ListWordsTyped = {};
  // The date before a date typed at the party question ("12 jan"): the party question then says it changed.
  let dateBefore: string | undefined;
  // The return typed with the search ("pulang tgl 24", "pp 24"): kept at the search, offered once the outbound is booked.
  let returnTyped: string | undefined;
  if (take("tooLong")) await say(conversation, ctx, ctx.t("input-quick-too-long"));
  for (;;) {
    // Words of the quick form (or of a line typed at a question) nothing could read are said at once, before
    // any question about the rest ("which Jakarta airport?"), never silently dropped.
    const unread = take("unread");
    if (unread) await say(conversation, ctx, ctx.t("input-quick-unread", { words: escapeHtml(unread) }));
    // What the request still holds before this step takes its part: given back if the provider fails the step.
    const kept = { ...quick };
    try {
      if (step === "origin") {
        const r = await askOrigin(conversation, ctx, ctx.t("search-ask-origin"), take("origin"), quick.pax, today);
        ({ ctx } = r);
        // A whole route typed at the first question: its parts are used as the quick form's would be.
        if (r.form) {
          takeLine(quick, r.form);
          continue;
        }
        origin = r.value!.code;
        step = "destination";
      } else if (step === "destination") {
        let r = await askDestination(conversation, ctx, ctx.t("search-ask-destination", { from: origin }), origin, take("destination"), quick.pax, today);
        while (r.value?.code === origin) r = await askDestination(conversation, r.ctx, ctx.t("search-same-airport"), origin, undefined, undefined, today);
        ({ ctx } = r);
        // A place typed with more ("sub besok 2"): the date, party and time are used as the quick form's would be.
        if (r.form) {
          takeLine(quick, r.form);
          continue;
        }
        destination = r.value!.code;
        // A return asked for in the quick form: only one way is booked here, so the agent is told the return
        // is a second search, its date read (and, with the outbound's typed too, said when it comes first).
        const returnDate = take("returnDate");
        if (take("roundTrip")) {
          returnTyped = returnDate;
          const outbound = quick.date === undefined ? undefined : parseTravelDate(quick.date, today);
          await say(conversation, ctx, returnNote(ctx.t.bind(ctx), localeOf(ctx), { from: origin, to: destination }, returnDate, outbound?.ok ? outbound.date : undefined, today));
        }
        step = "date";
      } else if (step === "date") {
        // The quick form's date is used when it reads; otherwise the step asks, echoing what it has so far.
        const party = quick.pax === undefined ? undefined : parsePax(quick.pax);
        const route = { from: origin, to: destination };
        countsOrDate = take("countsOrDate") ?? countsOrDate;
        const initial = take("date");
        const r = await askDate(conversation, ctx, today, { initial, route, party: party?.ok ? party.pax : undefined, countsOrDate: initial ? undefined : countsOrDate });
        ({ value: date, ctx } = r);
        // The date reading tapped (or typed): the numbers were the date, so no party is offered from them.
        const two = countsOrDate === undefined ? undefined : countsOrDateReading(countsOrDate, today);
        if (!two || two.date === date) countsOrDate = undefined;
        time = r.time ?? time;
        step = "pax";
        // Said there to be the party ("penumpang"): searched with it, the party question not asked.
        if (r.party) [pax, countsOrDate, step] = [r.party, undefined, "search"];
      } else if (step === "pax") {
        const two = countsOrDate === undefined ? undefined : countsOrDateReading(countsOrDate, today);
        const offer = two && countsOrDate !== undefined ? { typed: countsOrDate, party: two.party } : undefined;
        const dateChanged = dateBefore !== undefined && dateBefore !== date;
        dateBefore = undefined;
        const r = await askPax(conversation, ctx, { initial: take("pax"), route: { from: origin, to: destination }, date, today, offer, dateChanged });
        ({ value: pax, ctx } = r);
        countsOrDate = undefined;
        step = "search";
        // A date typed at the party question ("12 jan", "1/12"): read by the date question as if typed there, the party asked after.
        if (r.date !== undefined) {
          [quick.date, dateBefore, step] = [r.date, date, "date"];
          continue;
        }
        // A whole new search typed at the party question: started at once, every part as the quick form's.
        if (r.form) {
          await say(conversation, ctx, ctx.t("pax-new-search"));
          returnTyped = undefined;
          takeLine(quick, r.form);
          step = "origin";
        }
      } else {
        time = take("time") ?? time;
        const airline = take("airline");
        const direct = take("direct");
        if (airline !== undefined || direct !== undefined) typed = { airline: airline ?? typed.airline, direct: direct ?? typed.direct };
        // A search started afresh notes its return (or that it has none); one resumed from a list keeps what its own search noted.
        const back = returnDateOf(returnTyped, date, today);
        const returnTrip = resume ? undefined : back ? { from: destination, to: origin, date: back } : null;
        const next = await searchAndShow(conversation, ctx, { from: origin, to: destination, date, pax }, time, typed, returnTrip, pasted);
        if (next.kind === "done") return;
        ({ ctx } = next);
        if (next.kind === "new") {
          // A new search typed after a failure: that search from its start, nothing of the failed one carried over.
          startOver(quick, next.form);
          [time, countsOrDate, step, typed, returnTyped] = [undefined, undefined, "origin", {}, undefined];
          continue;
        }
        step = next.kind;
      }
    } catch (e) {
      if (e instanceof AirportListUnavailable) {
        // The airport list unreadable for a place typed (provider down, nothing cached): said as the provider's
        // fault, as a failed search is, and searched again with the request as it was (the step asked afresh).
        await say(conversation, ctx, providerErrorText(ctx, e.fault));
        if (e.fault.code === "invalid_credentials") return;
        const again = await askSearchAgain(conversation, ctx);
        ctx = again.ctx;
        if (again.kind === "cancel") return void (await say(conversation, ctx, ctx.t("cancelled")));
        if (again.kind === "new") [time, countsOrDate, step, typed, returnTyped] = [undefined, undefined, "origin", {}, undefined];
        startOver(quick, again.kind === "new" ? again.form : kept);
        continue;
      }
      if (!(e instanceof GoBack)) throw e;
      ctx = e.ctx;
      step = PREVIOUS[step];
    }
  }
}

/** A line typed at a question joins what the quick form left; words neither read are all said back, not only the last line's. */
function takeLine(quick: QuickForm, line: QuickForm): void {
  const unread = [quick.unread, line.unread].filter(Boolean).join(" ");
  Object.assign(quick, line);
  if (unread) quick.unread = cutText(unread, 60);
}

/** The request's parts left to take become `form`'s alone. */
function startOver(quick: QuickForm, form: QuickForm): void {
  for (const key of Object.keys(quick) as (keyof QuickForm)[]) delete quick[key];
  takeLine(quick, form);
}

type SearchNext = { kind: "done" } | { kind: "date" | "pax" | "search"; ctx: ConvoContext } | { kind: "new"; form: QuickForm; ctx: ConvoContext };

async function searchAndShow(conversation: Convo, ctx: ConvoContext, query: { from: string; to: string; date: string; pax: PaxCount }, time?: TimeOfDay, typed: ListWordsTyped = {}, returnTrip?: ReturnTrip | null, pasted?: string): Promise<SearchNext> {
  // A party no provider here can take is refused before "Searching…": no search could list a flight for it.
  const refused = await conversation.external((outer) => partyNoneTakes(outer, query.pax));
  if (refused) {
    await say(conversation, ctx, partyLimitText(ctx, refused, true));
    return { kind: "pax", ctx };
  }
  const { result, messageId } = await runSearch(conversation, ctx, query, returnTrip, pasted);
  if (!result.ok) {
    await say(conversation, ctx, providerErrorText(ctx, result));
    if (result.code === "invalid_credentials") return { kind: "done" };
    if (result.code === "no_flights") return { kind: "date", ctx };
    // A party the provider can never take (its own limit, said above): the party is asked again, never "search again".
    if (result.code === "party_limit") return { kind: "pax", ctx };
    const again = await askSearchAgain(conversation, ctx);
    if (again.kind === "cancel") {
      await say(conversation, again.ctx, ctx.t("cancelled"));
      return { kind: "done" };
    }
    return again.kind === "new" ? again : { kind: "search", ctx: again.ctx };
  }
  if (result.value.count === 0) {
    await say(conversation, ctx, result.value.departed > 0 ? ctx.t("nav-all-departed") : ctx.t("error-no-flights"));
    return { kind: "date", ctx };
  }
  if (!(await showResults(conversation, ctx, result.value.sid, messageId, time, typed))) await say(conversation, ctx, ctx.t("search-expired"));
  return { kind: "done" };
}
