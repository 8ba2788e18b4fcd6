import type { PaxCount } from "../../../domain/passenger.js";
import { checkPaxCount, totalPax } from "../../../domain/passenger.js";
import { partyLimitText } from "../provider-error-text.js";
import { partyNoneTakes } from "./party-refusal.js";
import { dayInZone } from "../../../domain/zoned-time.js";
import type { ConvoContext } from "../../context.js";
import type { Convo } from "./ask.js";
import type { NewSearch } from "./booking-steps.js";
import { afterChangeLead } from "../../../domain/change-lead.js";
import { laterChange, laterDate } from "./later-change.js";
import { changedDateOrParty } from "./quote-card-words.js";

/**
 * A change typed at the summary that the flow can make without losing what was given: another day
 * ("eh ganti tgl 15", "change date to the 26th morning": that day's flights on the same route), more
 * passengers ("tambah 1 bayi", "jadi 3 org" from two adults, "tambah 1 dewasa" to an adult and a child: only
 * the new ones asked, each given one keeping their place by type: kept-passengers.ts), or another flight
 * ("yg garuda aja": the list back). Undefined for the rest (a route, a party not larger, a day gone by or
 * unread), which the summary says how to make. Today is taken with conversation.now(), so a replay reads
 * the line as it was read.
 */
export async function changeAtSummary(conversation: Convo, ctx: ConvoContext, text: string, party: PaxCount): Promise<NewSearch | "other" | { refused: string } | undefined> {
  const today = dayInZone(await conversation.now(), ctx.deps.settings.timeZone);
  const what = laterChange(text, today);
  if (what === "flight") return "other";
  if (what === "party") {
    const pax = newParty(text, today, party);
    if (!pax || !grown(party, pax)) return undefined;
    // A party no booking takes ("jadi 8 org", "tambah 2 bayi" to one adult), or no provider here: refused at the
    // summary, which stays, as the party question refuses it (never found out at ✅ Book).
    const wrong = checkPaxCount(pax);
    if (wrong) return { refused: ctx.t(`search-pax-${wrong.replace(/_/g, "-")}`) };
    const breach = await conversation.external((outer) => partyNoneTakes(outer, pax));
    return breach ? { refused: partyLimitText(ctx, breach) } : { pax };
  }
  if (what !== "date") return undefined;
  const day = laterDate(text, today);
  return day === "past" || day === undefined ? undefined : day;
}

function newParty(text: string, today: string, party: PaxCount): PaxCount | undefined {
  const t = text.trim();
  const lead = afterChangeLead(t);
  for (const phrase of [t, ...(lead === undefined ? [] : [`ganti ${lead}`])]) {
    const r = changedDateOrParty(phrase, today);
    if (r?.kind !== "party") continue;
    return r.add ? { adult: party.adult + r.pax.adult, child: party.child + r.pax.child, infant: party.infant + r.pax.infant } : r.pax;
  }
  return undefined;
}

/** Everyone given keeps a place of their type in the new party: none fewer of any type, someone more. */
function grown(old: PaxCount, next: PaxCount): boolean {
  return next.adult >= old.adult && next.child >= old.child && next.infant >= old.infant && totalPax(next) > totalPax(old);
}
