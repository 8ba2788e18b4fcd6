import { dayInZone } from "../../../domain/zoned-time.js";
import type { ConvoContext } from "../../context.js";
import type { Convo } from "./ask.js";
import type { NewDay } from "./booking-steps.js";
import { laterChange, laterDate } from "./later-change.js";

/**
 * A change typed at the summary that the flow can make without losing what was given: another day
 * ("eh ganti tgl 15", "change date to the 26th morning": that day's flights on the same route) or
 * another flight ("yg garuda aja": the list back). Undefined for the rest (a party, a route, a day gone by
 * or unread), which the summary says how to make. Today is taken with conversation.now(), so a replay
 * reads the line as it was read.
 */
export async function changeAtSummary(conversation: Convo, ctx: ConvoContext, text: string): Promise<NewDay | "other" | undefined> {
  const today = dayInZone(await conversation.now(), ctx.deps.settings.timeZone);
  const what = laterChange(text, today);
  if (what === "flight") return "other";
  if (what !== "date") return undefined;
  const day = laterDate(text, today);
  return day === "past" ? undefined : day;
}
