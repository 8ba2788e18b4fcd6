import { InputFile } from "grammy";
import type { Booking } from "../../../domain/booking.js";
import type { Quote } from "../../../domain/flight.js";
import { departedFor } from "../../../domain/offer-list.js";
import { noteBookedNow } from "./booked-now.js";
import { bookFlight, quoteOffer } from "../../../services/book-flight.js";
import { actorOf } from "../../actor.js";
import type { Contact, PassengerInput, PaxCount } from "../../../domain/passenger.js";
import { seatsNeeded } from "../../../domain/passenger.js";
import { changeRequest } from "../../../domain/change-request.js";
import { searchChangeHint } from "./search-change-hint.js";
import type { ConvoContext } from "../../context.js";
import { localeOf, maskedEmail, maskedPhone, money, providerName } from "../../../presenters/format.js";
import { bookingKeyboard } from "../../../presenters/booking-keyboard.js";
import { providerErrorText } from "../provider-error-text.js";
import { escapeHtml } from "../../../presenters/html.js";
import { askAgain, flowMessage, say, stale, type Convo, type Parsed } from "./ask.js";
import { providerCall } from "./provider-call.js";
import { markSoldOut } from "./sold-out-marks.js";
import { noticeWhile } from "../../typing-while.js";
import { customerQuoteButton } from "../customer-card/buttons.js";
import { bookingText, priceMoved, quoteText, summaryText } from "./quote-view.js";
import { hearAtCard, searchAgain, type SearchAgain } from "./quote-card-typed.js";
import { topicOf } from "../../../telegram/topic-thread.js";
import { choose, plain } from "./choose-step.js";
import { typedContactAtSummary } from "./summary-typed-contact.js";
import { bookingUnknownText } from "./booking-unknown-text.js";
import { typedCorrectionAtSummary, type TypedCorrection } from "./typed-correction.js";
import { correctionDone, correctionRefused, correctionUnclear, nameAlready, nameNoSuch, nameWhose } from "./typed-correction-text.js";
import { nameCorrectionAtSummary, type NameCorrection } from "./typed-name-correction.js";
import { changeAtSummary } from "./summary-search-change.js";
import { asksBaggage } from "../../../domain/baggage-question.js";
import { routeChangeAtList } from "../../../domain/list-route-change.js";
import { laterChange } from "./later-change.js";
import type { TimeOfDay } from "../../../domain/flight.js";
import { fewerInfants } from "./fewer-infants.js";
import { cheapestOfList, listWish, type ListWish } from "./list-wish.js";

/** `wish`: the list asked back from the card for a time of day or cheaper flights ("yg pagi aja", "kok mahal"). */
export type QuoteOutcome = { kind: "quote"; quote: Quote; ctx: ConvoContext } | { kind: "back" | "cancel" | "expired"; ctx: ConvoContext; wish?: ListWish };

/**
 * Live price and seats of the chosen flight; says how much it moved since the search. The flight is
 * read from the search cache inside the call (with the party searched for), so the replay log holds
 * it once, in the quote. A
 * flight that left or closes check-in soon is refused. `agreed`: the total the agent went on from this card
 * with before a cancel (↩️ Resume); the same total is not asked again.
 */
export async function quoteStep(conversation: Convo, ctx: ConvoContext, pick: { sid: string; index: number }, agreed?: number): Promise<QuoteOutcome> {
  const r = await providerCall(conversation, async (outer) => {
    const entry = outer.chat ? await outer.deps.searches.get(pick.sid, outer.chat.id) : undefined;
    const offer = entry?.offers[pick.index];
    if (!entry || !offer) return { kind: "expired" as const };
    const pax = entry.query.pax;
    if (departedFor(offer, outer.deps.now())) return { kind: "departed" as const, flight: offer.flightCode };
    const quote = await quoteOffer(outer.deps.access, actorOf(outer), offer, pax, localeOf(outer));
    // Too few seats: the list that comes back marks it, instead of offering it first again.
    if (quote.seatsLeft < seatsNeeded(pax)) await markSoldOut(outer.deps, outer.chat!.id, pick.sid, entry, pick.index);
    // The airline logo is for inline cards only: not worth its bytes in the replay log.
    return { kind: "quote" as const, quote: { ...quote, offer: { ...quote.offer, logoUrl: undefined } } };
  });
  if (!r.ok) {
    await say(conversation, ctx, providerErrorText(ctx, r));
    return { kind: "back", ctx };
  }
  if (r.value.kind === "expired") return { kind: "expired", ctx };
  if (r.value.kind === "departed") {
    await say(conversation, ctx, ctx.t("nav-departed", { flight: escapeHtml(r.value.flight) }));
    return { kind: "back", ctx };
  }
  const quote = r.value.quote;
  const { offer, pax } = quote;
  // Booking it would need a choice the bot can't make (a baggage option): said now, before any passenger is typed.
  if (quote.unsupported?.length) {
    await say(conversation, ctx, ctx.t("quote-unsupported-fields", { flight: escapeHtml(offer.flightCode), fields: escapeHtml(quote.unsupported.slice(0, 4).join(", ").slice(0, 200)) }));
    return { kind: "back", ctx };
  }
  if (quote.seatsLeft < seatsNeeded(pax)) {
    await say(conversation, ctx, quote.seatsLeft > 0 ? ctx.t("quote-not-enough-seats", { seats: quote.seatsLeft, needed: seatsNeeded(pax) }) : ctx.t("quote-sold-out", { flight: escapeHtml(offer.flightCode) }));
    return { kind: "back", ctx };
  }
  // The search price is per adult; it compares with a quote only for adults-only parties.
  const searched = pax.child + pax.infant === 0 ? offer.price * pax.adult : undefined;
  // ↩️ Resume of a flow that had gone on from this card: at the very total agreed then, the card is shown
  // and the flow goes back to the question it was cancelled at; a total that moved is asked again (money rule).
  if (agreed !== undefined && quote.total === agreed) {
    await say(conversation, ctx, quoteText(ctx.t.bind(ctx), localeOf(ctx), quote, searched));
    return { kind: "quote", quote, ctx };
  }
  // A new date or party typed at the card: the search it asks for, run once the card is answered.
  let again: SearchAgain | undefined;
  let wish: ListWish | undefined;
  const choice = await choose<"go" | "back" | "cancel" | "again">(conversation, ctx, () => quoteText(ctx.t.bind(ctx), localeOf(ctx), quote, searched), "q", [
    ["go", ctx.t("quote-continue")], ["back", ctx.t("quote-back")], ["cancel", ctx.t("cancel-button")],
  ], {
    extra: customerQuoteButton(ctx.t.bind(ctx), pick),
    goOn: "go",
    hear: async (typed, answer) => {
      // "@Bot jadi 3 org" in a group that shows the bot every message: read as a reply to the card is
      // (the mention dropped, as the results list and the status aside drop it).
      const mention = ctx.me.username ? new RegExp(`@${ctx.me.username}\\b`, "gi") : undefined;
      const text = mention ? typed.replace(mention, " ").trim() : typed;
      // "yg lain aja": another flight, as ◀ does.
      if (OTHER_FLIGHT.test(plain(text))) return { ok: true, value: "back" };
      // "harga brp?", "bagasi brp kg?", "berangkat jam brp": the card above says it.
      const question = asksAboutFlight(text);
      // A colleague's chatter in a group (neither a reply to the bot nor a mention) starts no search and gets no hint.
      if (answer.unaddressed) return question ? { ok: false, hint: ctx.t("quote-see-card") } : undefined;
      // "yg pagi aja", "ada yg lebih murah?", "kok mahal": the list back so (said when this is already the cheapest).
      const wished = await wishAt(conversation, ctx, pick.sid, offer, text);
      if (wished && "hint" in wished) return { ok: false, hint: wished.hint };
      if (wished) {
        wish = wished;
        return { ok: true, value: "back" };
      }
      const heard = await hearAtCard(conversation, ctx, pick.sid, text, answer.contact === true);
      // "ganti tgl 26 jam 7" is a new date with its hour, not a question: only what reads as a date or party outranks "jam".
      if (question && heard?.kind !== "again" && !(heard?.kind === "hint" && heard.read)) return { ok: false, hint: ctx.t("quote-see-card") };
      if (heard?.kind === "again") again = heard.again;
      return heard && (heard.kind === "again" ? { ok: true, value: "again" } : { ok: false, hint: heard.hint });
    },
    otherwise: () => ctx.t("quote-card-buttons"),
  });
  if (choice.value === "again") return searchAgain(conversation, choice.ctx, again!);
  if (choice.value === "go") return { kind: "quote", quote, ctx: choice.ctx };
  return { kind: choice.value, ctx: choice.ctx, ...(choice.value === "back" && wish && { wish }) };
}

/**
 * A time of day or cheaper flights asked at the card or the summary: the wish, or the hint that the flight
 * shown is already the list's cheapest (the card or summary stays). Undefined when the line asks neither.
 */
async function wishAt(conversation: Convo, ctx: ConvoContext, sid: string, offer: Quote["offer"], text: string): Promise<ListWish | { hint: string } | undefined> {
  const wish = listWish(text);
  if (!wish || !("cheaper" in wish)) return wish;
  const cheapest = await conversation.external(async (outer) => {
    const entry = outer.chat ? await outer.deps.searches.get(sid, outer.chat.id) : undefined;
    return entry ? cheapestOfList(entry.offers, offer) : false;
  });
  return cheapest ? { hint: ctx.t("list-wish-cheapest") } : wish;
}

/** The baggage of the flight being booked, as the provider lists it for this fare (or that it lists none). */
function baggageAnswer(ctx: ConvoContext, quote: Quote): string {
  const flight = escapeHtml(quote.offer.flightCode);
  const said = quote.offer.baggage ? ctx.t("summary-baggage", { flight, baggage: escapeHtml(quote.offer.baggage) }) : ctx.t("summary-baggage-unlisted", { flight });
  return `${said}\n${ctx.t("summary-not-booked-yet")}`;
}

/** "yg lain aja", "yang lain", "another one": the price check's ◀ typed. */
const OTHER_FLIGHT = /^(?:(?:yg|yang|cari|ganti|pilih)\s+)?(?:lain|lainnya|yg lain|yang lain|another|other|another one|other flight|another flight)(?:\s+(?:aja|saja|deh|dong|kak|pls|please|one))*$/;

/** Words of a question about the flight's price, baggage or times. */
const FLIGHT_QUESTION = /\b(?:brp|berapa|harga|harganya|hrg|bagasi|bagasinya|baggage|luggage|kg|jam|jamnya|berangkat|brgkt|tiba|sampai|nyampe|transit|price|cost|how much|what time|when)\b/;

/** "harga brp?", "bagasi brp kg?", "berangkat jam brp": a question, not an answer to the step's buttons. */
function asksAboutFlight(text: string): boolean {
  return FLIGHT_QUESTION.test(plain(text));
}

export type SummaryChoice = "book" | "change" | "cancel" | "again" | "other";
/** Another day or a larger party (or one without an infant: `dropped`, their names) asked at the summary (`again`): the same route searched so, everyone given kept. */
export type NewSearch = { date: string; time?: TimeOfDay } | { pax: PaxCount; dropped?: string[] };

/**
 * The summary, with its buttons. A new e-mail or phone typed here (read as the contact question reads it)
 * becomes the contact, and the summary is shown again with it: nothing is booked until ✅ is tapped on the
 * summary that shows it. `customerOwn` (tiket.com): the agent is reminded it must be the customer's own.
 * `typedEarly`: the contact was typed with the passengers' answers, never asked: said above the summary.
 * The contact returned is the one last shown.
 */
export async function summaryStep(conversation: Convo, ctx: ConvoContext, quote: Quote, passengers: PassengerInput[], contact: Contact, customerOwn = false, typedEarly = false, sid?: string): Promise<{ value: SummaryChoice; ctx: ConvoContext; contact: Contact; passengers: PassengerInput[]; search?: NewSearch; wish?: ListWish }> {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const own = customerOwn ? "yes" : "no";
  let note = typedEarly ? ctx.t("summary-contact-typed-early", { email: escapeHtml(group ? maskedEmail(contact.email) : contact.email), phone: escapeHtml(group ? maskedPhone(contact.phone) : contact.phone), own }) : undefined;
  for (;;) {
    let typed: Contact | undefined;
    let fixed: Extract<TypedCorrection, { kind: "set" }> | undefined;
    // "Ani Lestari" alone, first name of one passenger: offered as their new name once nothing else reads the line.
    let offered: Extract<NameCorrection, { kind: "offer" }> | undefined;
    let search: NewSearch | undefined;
    let wish: ListWish | undefined;
    let remaining: PassengerInput[] | undefined;
    const shown = contact;
    const people = passengers;
    const view = () => {
      const summary = summaryText(ctx.t.bind(ctx), localeOf(ctx), quote, people, shown, group);
      return note ? `${note}\n\n${summary}` : summary;
    };
    const choice = await choose<SummaryChoice | "contact" | "fixed" | "rename">(conversation, ctx, view, "sum", [
      ["book", ctx.t("summary-book")], ["change", ctx.t("summary-change")], ["cancel", ctx.t("cancel-button")],
    ], { goOn: "book", hear: async (text, answer) => {
      // "nik sari salah, harusnya 3174…", "Sari's birth date is 02-03-1992": that detail replaced and the summary
      // shown again to confirm. Private chats only: a group's summary shows no personal details, nor takes them.
      // "nama budi salah harusnya Tn Budi Santosa": the name replaced the same way; a titled name alone that
      // is nobody's ("Tn John Tann"): whose it is, asked.
      const fix = group || answer.unaddressed ? undefined : typedCorrectionAtSummary(text, people, { flightDate: quote.offer.date, adultFrom: quote.needs.adultFrom, needs: quote.needs }) ?? nameCorrectionAtSummary(text, people);
      if (fix?.kind === "refused") return { ok: false, hint: correctionRefused(ctx, fix, people) };
      if (fix?.kind === "unclear") return { ok: false, hint: correctionUnclear(ctx, fix, people) };
      if (fix?.kind === "which-name") return { ok: false, hint: nameWhose(ctx, fix.name, people) };
      if (fix?.kind === "already") return { ok: false, hint: nameAlready(ctx, fix.index, fix.name) };
      if (fix?.kind === "no-such") return { ok: false, hint: nameNoSuch(ctx, fix.number, fix.count) };
      if (fix?.kind === "offer") offered = fix;
      else if (fix) {
        fixed = fix;
        return { ok: true, value: "fixed" };
      }
      // "budi@gmail.com", "ganti hp 0812…", a contact card: the new contact, shown in a fresh summary to confirm.
      const heard = answer.unaddressed ? undefined : typedContactAtSummary(text, shown, answer.contact === true);
      if (heard?.kind === "contact") {
        typed = heard.contact;
        return { ok: true, value: "contact" };
      }
      if (heard) return { ok: false, hint: ctx.t(heard.what === "email" ? "contact-email-invalid" : "input-phone-invalid") };
      // "salah nama", "ganti nama", "ubah kontak": ✏️; a change of the date, route, party or flight is said how to make.
      const change = changeRequest(text);
      if (change === "name" || change === "contact" || change === "any") return { ok: true, value: "change" };
      // "yg pagi aja", "ganti penerbangan yg pagi", "yg lebih murah", "kok mahal": the list back so, everyone given
      // kept for the flight picked (said when this is already the cheapest: the summary stays).
      const wished = sid === undefined || answer.unaddressed ? undefined : await wishAt(conversation, ctx, sid, quote.offer, text);
      if (wished && "hint" in wished) return { ok: false, hint: `${wished.hint}\n${ctx.t("summary-not-booked-yet")}` };
      if (wished) {
        wish = wished;
        return { ok: true, value: "other" };
      }
      // "kurangi 1 bayi", "bayinya gak jadi": the party without that infant searched, everyone else kept.
      const fewer = answer.unaddressed ? undefined : fewerInfants(text, quote.pax, people);
      if (fewer) {
        search = { pax: fewer.pax, dropped: fewer.dropped };
        remaining = fewer.passengers;
        return { ok: true, value: "again" };
      }
      // "tambah 1 anak", "yg garuda aja", "make it the 12th" read as the earlier questions read them.
      const how = searchChangeHint(ctx, text);
      if (how && !answer.unaddressed) {
        // "eh ganti tgl 15", "tambah 1 bayi": that search, everyone given kept for the flight picked; "yg garuda aja": the list back, the same.
        const asked = await changeAtSummary(conversation, ctx, text, quote.pax);
        if (asked === "other") return { ok: true, value: "other" };
        if (asked && "refused" in asked) return { ok: false, hint: `${asked.refused}\n${ctx.t("summary-not-booked-yet")}` };
        if (asked) {
          search = asked;
          return { ok: true, value: "again" };
        }
      }
      // "change the date" with no day: here the day typed is searched with everyone kept, never "type back".
      if (how && laterChange(text, quote.offer.date) === "date") return { ok: false, hint: ctx.t("summary-change-date-typed") };
      if (how) return { ok: false, hint: how };
      // "ke lombok aja", "to lombok instead": another route is a new search (the route's places are asked there).
      const route = answer.unaddressed ? undefined : routeChangeAtList(text, { from: quote.offer.from, to: quote.offer.to });
      if (route && !route.rest) return { ok: false, hint: ctx.t("summary-change-how", { what: "route" }) };
      // "bagasi brp kg?": the summary doesn't show it (the price card did): said here, the summary still waiting.
      if (asksBaggage(text)) return { ok: false, hint: baggageAnswer(ctx, quote) };
      if (offered) return { ok: true, value: "rename" };
      // "ok?", "yg ini harganya brp?": a question books nothing; the summary above answers it.
      return text.includes("?") || asksAboutFlight(text) ? { ok: false, hint: ctx.t("summary-see-above") } : undefined;
    } });
    ctx = choice.ctx;
    if (choice.value === "fixed") {
      const { index, passenger } = fixed!;
      passengers = passengers.map((p, i) => (i === index ? passenger : p));
      note = correctionDone(ctx, fixed!);
      continue;
    }
    if (choice.value === "rename") {
      const { index, passenger, was } = offered!;
      const asked = await choose(conversation, ctx, ctx.t("typed-correction-name-offer", { number: index + 1, was: escapeHtml(was), name: escapeHtml(`${passenger.title} ${passenger.fullName}`) }), "rn", [
        ["yes", ctx.t("typed-correction-name-offer-yes")], ["no", ctx.t("typed-correction-name-offer-no")],
      ] as const, { goOn: "yes" });
      ctx = asked.ctx;
      if (asked.value === "yes") passengers = passengers.map((p, i) => (i === index ? passenger : p));
      note = asked.value === "yes" ? correctionDone(ctx, { kind: "set", index, field: "name", passenger, was }) : ctx.t("typed-correction-name-offer-kept");
      continue;
    }
    // A smaller party searched ("kurangi 1 bayi"): the passengers it keeps, the dropped infant gone.
    if (choice.value === "again" && remaining) passengers = remaining;
    if (choice.value !== "contact") return { value: choice.value, ctx, contact, passengers, ...(search && { search }), ...(choice.value === "other" && wish && { wish }) };
    contact = typed!;
    const phone = escapeHtml(group ? maskedPhone(contact.phone) : contact.phone);
    note = ctx.t("summary-typed-contact-changed", { email: escapeHtml(group ? maskedEmail(contact.email) : contact.email), phone, own: customerOwn ? "yes" : "no" });
  }
}

/** Lion Air on tiket.com: show the airline's captcha image and take the agent's reading of it. */
async function askCaptcha(conversation: Convo, ctx: ConvoContext, captcha: { image: string; session: string }) {
  const chatId = ctx.chat!.id;
  const caption = ctx.t("captcha-ask");
  // In groups the photo is the question: a selective ForceReply to the member, as every typed question
  // there (with privacy mode on the bot sees the typed code only as a reply).
  const group = ctx.chat!.type === "group" || ctx.chat!.type === "supergroup";
  const anchor = ctx.message?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  await conversation.external(async (outer) => {
    const bytes = Buffer.from(captcha.image.replace(/^data:[^,]*,/, ""), "base64");
    await outer.api.sendPhoto(chatId, new InputFile(bytes, "captcha.png"), {
      caption,
      ...(group ? { reply_markup: { force_reply: true as const, selective: true }, reply_parameters: anchor !== undefined ? { message_id: anchor, allow_sending_without_reply: true } : undefined } : {}),
    });
  });
  const r = await askAgain(conversation, ctx, 0, (a): Parsed<string> => {
    // "6 8 5 9 9": the characters as seen, typed with spaces between them.
    const v = a.kind === "text" ? a.text.replace(/\s+/g, "") : "";
    return /^[A-Za-z0-9]{3,10}$/.test(v) ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: ctx.t("captcha-invalid") };
  });
  return { value: { answer: r.value, session: captcha.session }, ctx: r.ctx };
}

/**
 * `other`: the flight can't be booked as agreed (sold out, or the agent won't take the new price):
 * back to the list, with the passengers and contact kept for the next flight.
 */
export type BookOutcome = { kind: "booked"; booking: Booking } | { kind: "retry" | "stop" | "change" | "other"; ctx: ConvoContext };

/**
 * Books through the use case, which re-prices right before booking (money rule): every change is shown
 * and asked again, as often as the price moves, and the booking is made only at the accepted total.
 * The booking call itself is made once; if its outcome is unknown the agent is told so, never that it worked.
 */
export async function bookStep(conversation: Convo, ctx: ConvoContext, quote: Quote, passengers: PassengerInput[], contact: Contact): Promise<BookOutcome> {
  let accepted = quote.total;
  let current = quote;
  let captchaTries = 0;
  let despiteUncertain = false;
  for (;;) {
    const r = await bookAtAccepted(conversation, ctx, current, accepted, passengers, contact, despiteUncertain);
    // An earlier booking of this flight got no answer and may exist: booking again is the agent's call.
    if (r.kind === "maybe_booked") {
      const about = { flight: escapeHtml(current.offer.flightCode), names: escapeHtml(r.names) };
      // The provider named a code we could not record: the agent checks that booking rather than guessing.
      const warning = r.code ? ctx.t("nav-book-maybe-exists-code", { ...about, code: escapeHtml(r.code) }) : ctx.t("nav-book-maybe-exists", about);
      const again = await choose(conversation, r.ctx, warning, "ub", [
        ["yes", ctx.t("nav-book-anyway")], ["no", ctx.t("cancel-button")],
      ] as const);
      if (again.value === "no") return { kind: "stop", ctx: again.ctx };
      ctx = again.ctx;
      despiteUncertain = true;
      continue;
    }
    // A misread captcha: nothing was booked; a fresh quote brings a new image (a few times, then the menu).
    if (r.kind === "captcha" && ++captchaTries < MAX_CAPTCHA_TRIES) {
      await say(conversation, r.ctx, ctx.t("captcha-wrong"));
      ctx = r.ctx;
      continue;
    }
    // Tries used up: back to the summary (nothing needs changing), where ✅ Booking brings a new image.
    if (r.kind === "captcha") {
      await say(conversation, r.ctx, ctx.t("captcha-wrong-final"));
      return { kind: "retry", ctx: r.ctx };
    }
    if (r.kind !== "moved") return r.outcome;
    const again = await choose(conversation, r.ctx, priceMoved(ctx.t.bind(ctx), accepted, r.fresh.total), "rp", [
      ["ok", ctx.t("reprice-accept")], ["other", ctx.t("quote-back")], ["no", ctx.t("cancel-button")],
    ] as const);
    if (again.value === "no") return { kind: "stop", ctx: again.ctx };
    if (again.value === "other") return { kind: "other", ctx: again.ctx };
    ctx = again.ctx;
    accepted = r.fresh.total;
    current = r.fresh;
  }
}

type Attempt =
  | { kind: "done"; outcome: BookOutcome }
  | { kind: "moved"; fresh: Quote; ctx: ConvoContext }
  /** The airline refused the captcha reading (nothing booked). */
  | { kind: "captcha"; ctx: ConvoContext }
  /** Nothing done: an earlier booking of this flight by this member got no answer. */
  | { kind: "maybe_booked"; names: string; code?: string; ctx: ConvoContext };

/** Lion Air's captcha may be misread a few times before the agent is sent to the edit menu. */
const MAX_CAPTCHA_TRIES = 3;

/** Too few seats for the party at booking, the passengers kept: "only N left", or sold out when none is. */
function soldOutKept(ctx: ConvoContext, current: Quote, seats: number): string {
  if (seats <= 0) return ctx.t("sold-out-kept", { flight: escapeHtml(current.offer.flightCode) });
  return ctx.t("nav-sold-out-kept", { seats, needed: seatsNeeded(current.pax) });
}

/** One try at booking at the accepted total; a moved price comes back to be asked about. */
async function bookAtAccepted(conversation: Convo, ctx: ConvoContext, current: Quote, accepted: number, passengers: PassengerInput[], contact: Contact, despiteUncertain: boolean): Promise<Attempt> {
  const done = (outcome: BookOutcome): Attempt => ({ kind: "done", outcome });
  let captcha: { answer: string; session: string } | undefined;
  if (current.captcha) {
    // A captcha belongs to the quote it came with: re-price first, then read the fresh captcha.
    const fresh = await providerCall(conversation, (outer) => quoteOffer(outer.deps.access, actorOf(outer), current.offer, current.pax, localeOf(outer)));
    if (!fresh.ok) {
      await say(conversation, ctx, providerErrorText(ctx, fresh));
      return done({ kind: "retry", ctx });
    }
    if (fresh.value.seatsLeft < seatsNeeded(current.pax)) {
      await say(conversation, ctx, soldOutKept(ctx, current, fresh.value.seatsLeft));
      return done({ kind: "other", ctx });
    }
    if (fresh.value.total !== accepted) return { kind: "moved", fresh: fresh.value, ctx };
    current = fresh.value;
    if (current.captcha) ({ value: captcha, ctx } = await askCaptcha(conversation, ctx, current.captcha));
  }
  const input = { quote: current, acceptedTotal: accepted, passengers, contact, captcha, despiteUncertain };
  // The airline may take up to a minute: once it is not quick, the agent is told so (and sees
  // "typing…") rather than left waiting in silence; a quick booking shows its card straight away.
  const waitNotice = flowMessage(ctx, () => ctx.t("nav-booking-wait"));
  const chatId = ctx.chat!.id;
  const r = await providerCall(conversation, (outer) => {
    const from = outer.from!;
    const bookedBy = { id: from.id, name: [from.first_name, from.last_name].filter(Boolean).join(" ") };
    const booking = bookFlight(outer.deps, actorOf(outer), { ...input, bookedBy, locale: localeOf(outer), threadId: topicOf(outer.msg)?.threadId });
    return noticeWhile(booking, () => waitNotice(outer.api).then(() => outer.api.sendChatAction(chatId, "typing")));
  });
  if (!r.ok) {
    if (captcha && r.code === "validation" && r.messages.some((m) => /captcha/i.test(m))) return { kind: "captcha", ctx };
    // No clear answer (none in time, or an airline's failure that may follow the hold): the booking may exist
    // without a code, so /pesanan can't show it and booking again could double it. Said plainly, with what
    // the agent can do; never retried by the bot.
    const text = r.code === "outcome_unknown"
      ? bookingUnknownText(ctx, { provider: current.offer.provider, flight: current.offer.flightCode, names: passengers.map((p) => p.fullName).join(", ") }, r)
      : providerErrorText(ctx, r);
    // A plain refusal or an unreachable provider booked nothing: the summary comes back to try again.
    const again = r.code === "upstream" || r.code === "unavailable";
    // A re-check priced for another party or flight booked nothing either, and may well say so again for this flight:
    // the list comes back with everything kept, to pick this flight again (priced afresh) or another one.
    const kept = r.code === "price_mismatch" ? ctx.t("nav-price-mismatch-kept") : again ? ctx.t("nav-book-failed-kept") : undefined;
    await say(conversation, ctx, kept ? `${text}\n\n${kept}` : text);
    if (r.code === "seat_gone" || r.code === "no_flights" || r.code === "price_mismatch") return done({ kind: "other", ctx });
    if (again) return done({ kind: "retry", ctx });
    return done({ kind: r.code === "validation" ? "change" : "stop", ctx });
  }
  const result = r.value;
  if (result.kind === "sold_out") {
    await say(conversation, ctx, soldOutKept(ctx, current, result.seats));
    return done({ kind: "other", ctx });
  }
  if (result.kind === "price_changed") return { kind: "moved", fresh: result.fresh, ctx };
  if (result.kind === "maybe_booked") return { kind: "maybe_booked", names: result.names, ...(result.code && { code: result.code }), ctx };
  // Made at the provider under a code another booking here already has: not recorded, nothing of the other said.
  if (result.kind === "code_taken") {
    const names = escapeHtml(passengers.map((p) => p.fullName).join(", "));
    await say(conversation, ctx, ctx.t("nav-book-code-taken", { provider: providerName(result.provider), flight: escapeHtml(current.offer.flightCode), names, code: escapeHtml(result.code) }));
    return done({ kind: "stop", ctx });
  }
  // Made at the provider, its last step unclear: recorded here and marked so, never called booked; /status tells more.
  if (result.kind === "unconfirmed") {
    const { booking: held } = result;
    const vars = { flight: escapeHtml(held.flightCode), names: escapeHtml(passengers.map((p) => p.fullName).join(", ")), code: escapeHtml(held.code) };
    await say(conversation, ctx, ctx.t("nav-book-unconfirmed", vars), bookingKeyboard(ctx.t.bind(ctx), held.provider, held.code, ["s"]));
    return done({ kind: "stop", ctx });
  }
  const { booking } = result;
  const now = await conversation.now();
  // Another flight than asked is not offered for a one-tap issue: status and e-ticket only, and why.
  const actions = booking.otherFlight ? (["s", "t"] as const) : undefined;
  const cardId = await say(conversation, ctx, bookingText(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, booking, new Date(now)), bookingKeyboard(ctx.t.bind(ctx), booking.provider, booking.code, actions));
  await conversation.external((outer) => {
    noteBookedNow(outer, { passengers, contact });
    return outer.deps.bookings.update(booking.provider, booking.code, (rec) => ({ ...rec, messageId: cardId }));
  });
  // Booked, not paid: the agent decides before issuing, knowing the provider's total differs.
  if (result.differs) await say(conversation, ctx, ctx.t("book-total-differs", { accepted: money(result.differs.accepted), booked: money(result.differs.booked), code: booking.code }));
  if (booking.otherFlight) await say(conversation, ctx, ctx.t("booked-other-flight-advice"));
  return done({ kind: "booked", booking });
}
