import type { Quote } from "../../../domain/flight.js";
import { escapeHtml } from "../../../presenters/html.js";
import { departedFor } from "../../../domain/offer-list.js";
import type { Contact, PassengerInput, PaxCount } from "../../../domain/passenger.js";
import { placeKept, type UnfitBirth } from "./kept-passengers.js";
import { birthDateRefusal } from "./birth-date-step.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import type { ConvoContext } from "../../context.js";
import { addressedToBot, allowBack, GoBack, say, withoutBotMention, type Convo } from "./ask.js";
import { bookStep, quoteStep, summaryStep, type NewSearch } from "./booking-steps.js";
import { searchKeepingDetails } from "./booking-search-again.js";
import { choose } from "./choose-step.js";
import { askPassengers, BackFromPassengers } from "./passenger-steps.js";
import { PartyGrownAtNames } from "./party-grown-at-names.js";
import { askContact } from "./contact-step.js";
import { keepContactsTyped, takeContactTyped } from "./contact-aside.js";
import { showResults } from "./results-step.js";
import { showWishedList } from "./wished-list.js";
import type { ListWish } from "./list-wish.js";
import { pickStrict, pickTyped } from "./results-view.js";
import { parseResults } from "./callback-data.js";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { parseTravelDate } from "../../../domain/travel-date.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { airlinesIn } from "../../../domain/offer-list.js";
import type { TimeOfDay } from "../../../domain/flight.js";
import { todayIn } from "./results-step.js";
import { cutText } from "../../../presenters/cut-text.js";
import { OneFieldFixed, oneFieldEdit } from "./one-field-edit.js";
import { draftOf, noteDraft } from "./flow-draft.js";
import { keepForUndo, undoKeyboard, type KeptDetails } from "./undo-cancel.js";
import { askSamePassengers, type OfferedParty } from "./same-passengers-step.js";

export const BOOKING_CONVERSATION = "booking";

/** Passengers and contact given for one flight, kept when the agent goes back or has to pick another (passengers: the first ones, maybe not all yet). */
interface Kept {
  passengers?: PassengerInput[];
  contact?: Contact;
  /** ↩️ Resume: the card's total the agent went on with before the cancel (this flight only). */
  agreed?: number;
}

/**
 * One flight from the results: live price → passengers → contact → summary → book. Entered from a
 * results button (or a typed flight code) with the search id and the flight's index, so its replay
 * log starts at the quote. Each step can go back one; back from the quote is the results list. When
 * the flight can't be booked as agreed (sold out, price refused) the list comes back and the
 * passengers and contact are kept for the next flight. `resumed`: what a cancelled booking had given,
 * brought back by its ↩️ Resume (undo-cancel.ts). `offered`: the outbound's passengers and contact when
 * this is its return (return-trip.ts), offered before the first passenger is asked ("Pakai penumpang yang sama?").
 * `pasted`: the passengers' and contact lines pasted under the search, read as if pasted at the first name question.
 */
export async function bookingConversation(conversation: Convo, ctx: ConvoContext, sid: string, index: number, resumed?: KeptDetails | null, offered?: OfferedParty | null, pasted?: string): Promise<void> {
  allowBack(conversation);
  let kept: Kept = resumed ?? {};
  // Read at the first name question asked, once: whichever flight of the list that is for.
  const ahead = { text: pasted };
  for (;;) {
    const r = await bookOffer(conversation, ctx, { sid, index }, kept, offered ?? undefined, ahead);
    if (r.kind === "done") return;
    ctx = r.ctx;
    kept = r.kept;
    // Another day or a larger party asked at the summary: its list, everyone given kept; none there (or no answer), this list again.
    const other = r.kind === "again" ? await searchKeepingDetails(conversation, ctx, sid, r.search) : undefined;
    if (other !== undefined) sid = other;
    else {
      const wish = r.kind === "again" ? undefined : r.wish;
      if (r.kind === "other" && !wish) await say(conversation, ctx, ctx.t("summary-other-flight-kept"));
      // The list is what a cancel now keeps, with everyone given (noted as the list is drawn).
      noteDraft(conversation, { sid, ...kept });
      // "yg pagi aja", "kok mahal" at the card or the summary: the list so (showWishedList says how).
      const shown = wish ? await showWishedList(conversation, ctx, sid, wish, !!(kept.passengers || kept.contact)) : await showResults(conversation, ctx, sid);
      if (!shown) return void (await say(conversation, ctx, ctx.t("search-expired")));
      // Nothing typed yet: the list is on screen and the conversation ends (the board takes over).
      if (!kept.passengers && !kept.contact) return;
    }
    // A flight picked from the list on screen; another day asked there (its arrows, a date typed) is searched
    // here too, so everyone given stays for the flight picked from that day's list.
    for (;;) {
      const next = await repick(conversation, sid);
      ctx = next.ctx;
      if ("index" in next) {
        index = next.index;
        break;
      }
      const again = await searchKeepingDetails(conversation, ctx, sid, { date: next.date, ...(next.time && { time: next.time }) });
      if (again !== undefined) sid = again;
      else if (!(await showResults(conversation, ctx, sid))) return void (await say(conversation, ctx, ctx.t("search-expired")));
    }
  }
}

type Step = "quote" | "same" | "passengers" | "contact" | "summary" | "edit" | "book";
const PREVIOUS: Record<Exclude<Step, "quote">, Step> = { same: "quote", passengers: "quote", contact: "passengers", summary: "contact", edit: "summary", book: "summary" };
/**
 * `other`: the list asked back at the summary ("yg garuda aja"); `again`: another day's or party's list asked there.
 * `wish`: the list asked for a time of day or cheaper flights at the card or the summary ("yg pagi aja", "kok mahal").
 */
type OfferOutcome = { kind: "done" } | { kind: "list" | "other"; ctx: ConvoContext; kept: Kept; wish?: ListWish } | { kind: "again"; ctx: ConvoContext; kept: Kept; search: NewSearch };

async function bookOffer(conversation: Convo, ctx: ConvoContext, pick: { sid: string; index: number }, kept: Kept, offered: OfferedParty | undefined, ahead: { text?: string }): Promise<OfferOutcome> {
  let { passengers, contact, agreed } = kept;
  // The kept passengers placed in this flight's party, when some are still to be asked (or asked a detail).
  let resume: (PassengerInput | undefined)[] | undefined;
  let quote: Quote | undefined;
  let step: Step = "quote";
  // The contact about to be shown came from what was typed with the passengers' answers: the summary says so.
  let typedEarly = false;
  const toList = (wish?: ListWish): OfferOutcome => ({ kind: "list", ctx, kept: { passengers, contact }, ...(wish && { wish }) });
  // Typing passengers takes a while: a flight that left meanwhile is refused at booking too.
  const departed = async (q: Quote) => {
    if (!(await conversation.external((outer) => departedFor(q.offer, outer.deps.now())))) return false;
    await say(conversation, ctx, ctx.t("nav-departed", { flight: escapeHtml(q.offer.flightCode) }));
    return true;
  };
  // Those given for another flight (or before "back") take their places in this one's party; only what
  // they lack for it is asked, after a birth date that no longer fits is said. The step that comes next.
  const placePassengers = async (q: Quote): Promise<Step> => {
    const placed = passengers && placeKept(passengers, q);
    resume = placed && !placed.complete ? placed.slots : undefined;
    if (placed?.complete) passengers = placed.slots as PassengerInput[];
    const next = !passengers || resume ? "passengers" : !contact ? "contact" : "summary";
    if (placed?.unfit.length && next === "passengers") await say(conversation, ctx, unfitBirthText(ctx, placed.unfit, q));
    return next;
  };
  for (;;) {
    // How far this booking has got, for a cancel to keep (flow-draft.ts): written as the next question is sent.
    noteDraft(conversation, { ...pick, ...(passengers && { passengers }), ...(contact && { contact }), ...(quote && { total: quote.total }) });
    try {
      if (step === "quote") {
        // ↩️ Resume at the total agreed before the cancel: the card is said and the flow goes back to where it was, once.
        const q = await quoteStep(conversation, ctx, pick, agreed);
        agreed = undefined;
        ctx = q.ctx;
        if (q.kind !== "quote") {
          if (q.kind === "back") return toList(q.wish);
          return q.kind === "cancel" ? finish(conversation, ctx, ctx.t("cancelled"), true) : finish(conversation, ctx, ctx.t("search-expired"));
        }
        quote = q.quote;
        // The return of the outbound just booked, nobody given yet: its passengers are offered first.
        if (offered && !passengers) step = "same";
        else step = await placePassengers(quote);
      } else if (step === "same") {
        const same = await askSamePassengers(conversation, ctx, offered!);
        ctx = same.ctx;
        // Kept as passengers kept for another flight are: placed in this party, only what they lack asked.
        if (same.same) [passengers, contact] = [offered!.passengers, contact ?? offered!.contact];
        step = same.same ? await placePassengers(quote!) : "passengers";
      } else if (step === "passengers") {
        // Here with everyone when "back" came from the contact (the last one's last question, the rest
        // kept), or with those kept from before placed in this party (the rest asked).
        const from = resume ?? passengers;
        [resume, passengers] = [undefined, undefined];
        // The customer's e-mail or phone pasted among the answers is kept for the contact (contact-aside.ts).
        keepContactsTyped(conversation, true, contact);
        try {
          const pastedAhead = from ? undefined : ahead.text;
          if (pastedAhead) ahead.text = undefined;
          ({ value: passengers, ctx } = await askPassengers(conversation, ctx, quote!.pax, quote!.needs, quote!.offer.date, undefined, from, pastedAhead));
        } catch (e) {
          // "eh jadi 3 org" at a name question: that party's list, searched here, everyone named kept (as at the summary).
          if (e instanceof PartyGrownAtNames) return { kind: "again", ctx: e.ctx, kept: { ...(e.kept?.length && { passengers: e.kept }), contact }, search: { pax: e.pax } };
          // Back past the first passenger: everyone given so far is kept for when the agent comes forward.
          if (e instanceof BackFromPassengers && e.kept.length > 0) passengers = e.kept;
          throw e;
        } finally {
          keepContactsTyped(conversation, false);
        }
        // A contact kept from an earlier flight takes what was typed now; else the contact question does.
        const typed = contact && takeContactTyped(conversation);
        if (typed) [contact, typedEarly] = [{ ...contact!, ...typed }, true];
        step = contact ? "summary" : "contact";
      } else if (step === "contact") {
        const ahead = takeContactTyped(conversation);
        ({ value: contact, ctx } = await askContact(conversation, ctx, customerOwn(quote!), ahead));
        // Asked for nothing (both typed ahead): the summary says where it came from, to be checked there.
        typedEarly = !!(ahead?.email && ahead.phone);
        step = "summary";
      } else if (step === "summary") {
        // A new e-mail or phone typed at the summary comes back as the contact (shown and confirmed there).
        const choice = await summaryStep(conversation, ctx, quote!, passengers!, contact!, customerOwn(quote!), typedEarly, pick.sid);
        typedEarly = false;
        // A passenger's detail typed there comes back corrected too (shown and confirmed there).
        ({ ctx, contact, passengers } = choice);
        if (choice.value === "cancel") return finish(conversation, ctx, ctx.t("cancelled"), true);
        if (choice.value === "again") return { kind: "again", ctx, kept: { passengers, contact }, search: choice.search! };
        if (choice.value === "other") return { kind: "other", ctx, kept: { passengers, contact }, ...(choice.wish && { wish: choice.wish }) };
        step = choice.value === "change" ? "edit" : "book";
      } else if (step === "edit") {
        const edited = await editOne(conversation, ctx, quote!, passengers!, contact!);
        ({ ctx, passengers, contact, typedEarly } = edited);
        step = "summary";
      } else {
        if (await departed(quote!)) return toList();
        const booked = await bookStep(conversation, ctx, quote!, passengers!, contact!);
        if (booked.kind === "booked") return finish(conversation, ctx);
        if (booked.kind === "stop") return { kind: "done" };
        ctx = booked.ctx;
        if (booked.kind === "other") return toList();
        step = booked.kind === "change" ? "edit" : "summary";
      }
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      ctx = e.ctx;
      if (step === "quote") return toList();
      step = PREVIOUS[step];
    }
  }
}

/** tiket.com e-mails the ticket and schedule changes to the contact: it must be the customer's own. */
const customerOwn = (quote: Quote) => quote.offer.provider === "tiket";

/**
 * The flow is over: the results are no longer what typed text is read against. `undo`: cancelled with
 * ✖️ at the price card or the summary: the answer offers it back (undo-cancel.ts), as /batal's does.
 * Reached live only (nothing is replayed after the flow's end), so what this returns changes no replay.
 */
async function finish(conversation: Convo, ctx: ConvoContext, text?: string, undo = false): Promise<OfferOutcome> {
  const draft = undo ? draftOf(conversation) : undefined;
  noteDraft(conversation, undefined);
  const token = await conversation.external(async (outer) => {
    if (!outer.chat || !outer.from) return undefined;
    const kept = draft ? await keepForUndo(outer, draft) : undefined;
    await outer.deps.searches.clearBoard(outer.chat.id, outer.from.id);
    await outer.deps.cancelledFlows.clearDraft(outer.chat.id, outer.from.id);
    return kept;
  });
  if (text) await say(conversation, ctx, text, token ? () => undoKeyboard(ctx.t.bind(ctx), token) : undefined);
  return { kind: "done" };
}

/** Why each kept passenger's birth date is asked again on this flight (a child turned adult); no birth date shown in a group. */
function unfitBirthText(ctx: ConvoContext, unfit: readonly UnfitBirth[], quote: Quote): string {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  return unfit.map(({ passenger, birthDate }) => {
    const name = escapeHtml(passenger.fullName);
    if (group) return ctx.t("kept-birth-unfit-group", { name });
    const why = birthDateRefusal(ctx, passenger, birthDate, quote.offer.date, quote.needs.adultFrom) ?? "";
    return ctx.t("kept-birth-unfit", { name, birth: escapeHtml(documentDateText(birthDate, localeOf(ctx))), why });
  }).join("\n\n");
}

/** "✏️ Ubah" on the summary: which passenger (by name) or the contact; only that one is asked again. */
async function editOne(conversation: Convo, ctx: ConvoContext, quote: Quote, passengers: PassengerInput[], contact: Contact): Promise<{ ctx: ConvoContext; passengers: PassengerInput[]; contact: Contact; typedEarly: boolean }> {
  const options = [
    ...passengers.map((p, i) => [`p${i}`, cutText(`✏️ ${p.title} ${p.fullName}`, 48)] as [string, string]),
    ["ct", ctx.t("nav-edit-contact")] as [string, string],
    ["back", ctx.t("nav-edit-none")] as [string, string],
  ];
  // One name a row: up to seven passengers' names, each readable on a phone.
  const which = await choose(conversation, ctx, ctx.t("nav-edit-which"), "ed", options, { perRow: 1 });
  ctx = which.ctx;
  if (which.value === "back") return { ctx, passengers, contact, typedEarly: false };
  if (which.value === "ct") {
    const c = await askContact(conversation, ctx, customerOwn(quote));
    return { ctx: c.ctx, passengers, contact: c.value, typedEarly: false };
  }
  const i = Number(which.value.slice(1));
  const type = passengers[i]!.type;
  const one: PaxCount = { adult: type === "adult" ? 1 : 0, child: type === "child" ? 1 : 0, infant: type === "infant" ? 1 : 0 };
  keepContactsTyped(conversation, true, contact);
  let asked: Awaited<ReturnType<typeof askPassengers>>;
  try {
    asked = await askPassengers(conversation, ctx, one, quote.needs, quote.offer.date, { index: i, of: passengers.length, previous: passengers[i], oneField: oneFieldEdit(ctx, quote, passengers, i) });
  } catch (e) {
    if (!(e instanceof OneFieldFixed)) throw e;
    // Only a NIK, a birth date or a passport typed: that detail replaced, said, and the summary shown again.
    await say(conversation, e.ctx, e.said);
    return { ctx: e.ctx, passengers: passengers.map((p, j) => (j === i ? e.passenger : p)), contact, typedEarly: false };
  } finally {
    keepContactsTyped(conversation, false);
  }
  // A contact pasted with the corrected details replaces the shown one's halves it names.
  const typed = takeContactTyped(conversation);
  return { ctx: asked.ctx, passengers: passengers.map((p, j) => (j === i ? asked.value[0]! : p)), contact: typed ? { ...contact, ...typed } : contact, typedEarly: !!typed };
}

/**
 * The list is back on screen with the passengers kept: a flight picked from it (button or typed code)
 * continues this conversation. Everything else (paging, another day, "back") goes on to the results
 * handlers, which start over.
 */
async function repick(conversation: Convo, sid: string): Promise<{ index: number; ctx: ConvoContext } | { date: string; time?: TimeOfDay; ctx: ConvoContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const data = ctx.callbackQuery?.data;
    const action = data !== undefined ? parseResults(data, sid) : undefined;
    if (action?.kind === "offer") {
      await ctx.answerCallbackQuery();
      return { index: action.index, ctx };
    }
    if (action?.kind === "day" || action?.kind === "date") {
      const date = await conversation.external(async (outer) => {
        const entry = outer.chat ? await outer.deps.searches.get(sid, outer.chat.id) : undefined;
        if (!entry) return undefined;
        const day = action.kind === "date" ? action.date : format(addDays(parseISO(entry.query.date), action.delta), "yyyy-MM-dd");
        const checked = parseTravelDate(day, todayIn(outer.deps));
        return checked.ok ? checked.date : undefined;
      });
      await ctx.answerCallbackQuery(date === undefined ? { text: ctx.t("nav-day-unavailable") } : undefined);
      if (date !== undefined) return { date, ctx };
      continue;
    }
    // "@Bot 3" (privacy mode: a mention or a reply is how a member's line reaches the bot) picks as "3" does.
    const text = ctx.message?.text === undefined ? undefined : withoutBotMention(ctx.message.text, ctx.me.username);
    if (text !== undefined && !text.startsWith("/")) {
      // In a group, a message that neither replies to the bot nor mentions it (privacy mode off) picks
      // only by a number on the page or a flight code: "ke 3 ya" among colleagues picks nothing.
      const pick = addressedToBot(ctx) ? pickTyped : pickStrict;
      const read = await conversation.external(async (outer) => {
        const [board, entry] = outer.chat && outer.from ? await Promise.all([outer.deps.searches.board(outer.chat.id, outer.from.id), outer.deps.searches.get(sid, outer.chat.id)]) : [];
        if (!board || !entry) return undefined;
        const index = pick(text, entry, board.view);
        if (index !== undefined) return { index };
        // "tgl 18", "besok pagi": another day for this list, as the list reads one (never from a colleague's chatter).
        const request = addressedToBot(ctx) ? readResultsRequest(text, { airlines: airlinesIn(entry.offers), today: todayIn(outer.deps) }) : undefined;
        return request?.kind === "date" ? { date: request.date, ...(request.time && { time: request.time }) } : undefined;
      });
      if (read) return { ...read, ctx };
    }
    await conversation.skip({ next: true });
  }
}
