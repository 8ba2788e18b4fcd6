import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { Contact, PassengerInput } from "../../../domain/passenger.js";
import type { PaxCount } from "../../../domain/passenger.js";
import type { ListView } from "../../../domain/offer-list.js";
import { parsePax } from "../../../domain/pax-parse.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import type { ConvoContext } from "../../context.js";
import { providerErrorText } from "../provider-error-text.js";
import { say, type Convo } from "./ask.js";
import { bookStep, choose, quoteStep, summaryStep } from "./booking-steps.js";
import { askContact, askPassengers } from "./passenger-steps.js";
import type { QuickForm } from "./quick-form.js";
import { pickFlight, runSearch } from "./results-step.js";
import { askAirport, askDate, askPax, dateHint, paxHint } from "./route-steps.js";

export const SEARCH_CONVERSATION = "search";

/**
 * The booking journey: route, date, party → results → live price → passengers → summary → book.
 * Thin on purpose: each step lives in its own module; everything non-deterministic goes through
 * `conversation.external` so replays are exact (grammy-stack §1.2).
 */
export async function searchConversation(conversation: Convo, ctx: ConvoContext, form: QuickForm = {}): Promise<void> {
  const today = await conversation.external((outer) => format(new TZDate(outer.deps.now(), outer.deps.settings.timeZone), "yyyy-MM-dd"));

  const origin = await askAirport(conversation, ctx, ctx.t("search-ask-origin"), form.origin);
  ctx = origin.ctx;
  let destination = await askAirport(conversation, ctx, ctx.t("search-ask-destination", { from: origin.value.code }), form.destination);
  while (destination.value.code === origin.value.code) {
    destination = await askAirport(conversation, destination.ctx, ctx.t("search-same-airport"));
  }
  ctx = destination.ctx;

  const date = form.date ? parseTravelDate(form.date, today) : undefined;
  if (date && !date.ok) await say(conversation, ctx, dateHint(ctx, date.reason));
  let travelDate: string;
  if (date?.ok) travelDate = date.date;
  else ({ value: travelDate, ctx } = await askDate(conversation, ctx, today));

  const quickPax = form.pax ? parsePax(form.pax) : undefined;
  if (quickPax && !quickPax.ok) await say(conversation, ctx, paxHint(ctx, quickPax.reason));
  let pax: PaxCount;
  if (quickPax?.ok) pax = quickPax.pax;
  else if (form.date && date?.ok && !form.pax) pax = { adult: 1, child: 0, infant: 0 };
  else ({ value: pax, ctx } = await askPax(conversation, ctx));

  for (;;) {
    const query = { from: origin.value.code, to: destination.value.code, date: travelDate, pax };
    const { result, messageId } = await runSearch(conversation, ctx, query);
    if (!result.ok) {
      await say(conversation, ctx, providerErrorText(ctx, result));
      if (result.code === "invalid_credentials") return;
      if (result.code === "no_flights") {
        ({ value: travelDate, ctx } = await askDate(conversation, ctx, today));
        continue;
      }
      const again = await choose(conversation, ctx, ctx.t("search-retry-question"), "sr", [["retry", ctx.t("retry-button")], ["cancel", ctx.t("cancel-button")]] as const);
      if (again.value === "cancel") return void (await say(conversation, again.ctx, ctx.t("cancelled")));
      ctx = again.ctx;
      continue;
    }
    if (result.value.count === 0) {
      await say(conversation, ctx, ctx.t("error-no-flights"));
      ({ value: travelDate, ctx } = await askDate(conversation, ctx, today));
      continue;
    }
    await journeyFromResults(conversation, ctx, result.value.sid, messageId, pax);
    return;
  }
}

async function journeyFromResults(conversation: Convo, ctx: ConvoContext, sid: string, messageId: number, pax: PaxCount): Promise<void> {
  const view: ListView = { sort: "price", page: 0 };
  for (let firstTime = true; ; firstTime = false) {
    const pick = await pickFlight(conversation, ctx, sid, messageId, view, firstTime);
    ctx = pick.ctx;
    if (pick.kind === "expired") return void (await say(conversation, ctx, ctx.t("search-expired")));
    const quoted = await quoteStep(conversation, ctx, pick.offer, pax);
    ctx = quoted.ctx;
    if (quoted.kind === "cancel") return void (await say(conversation, ctx, ctx.t("cancelled")));
    if (quoted.kind === "back") continue;
    const quote = quoted.quote;

    let passengers: PassengerInput[] | undefined;
    let contact: Contact | undefined;
    for (;;) {
      if (!passengers || !contact) {
        ({ value: passengers, ctx } = await askPassengers(conversation, ctx, pax, quote.needs, quote.offer.date));
        ({ value: contact, ctx } = await askContact(conversation, ctx));
      }
      const choice = await summaryStep(conversation, ctx, quote, passengers, contact);
      ctx = choice.ctx;
      if (choice.value === "cancel") return void (await say(conversation, ctx, ctx.t("cancelled")));
      if (choice.value === "change") {
        passengers = undefined;
        continue;
      }
      const booked = await bookStep(conversation, ctx, quote, passengers, contact);
      if (booked.kind === "booked" || booked.kind === "stop") return;
      ctx = booked.ctx;
      if (booked.kind === "change") passengers = undefined;
    }
  }
}
