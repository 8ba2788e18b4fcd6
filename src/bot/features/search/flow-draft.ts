import type { PassengerInput } from "../../../domain/passenger.js";
import type { FlowDraft } from "../../../store/cancelled-flows.js";
import type { BotContext } from "../../context.js";
import type { Convo } from "./ask.js";

/**
 * How far a booking flow has got (flight, passengers given so far, contact), for a cancel to keep
 * (undo-cancel.ts): /batal and the typed cancels are answered before the conversation runs, so they
 * can't ask it. The flow keeps it in memory as it goes (rebuilt the same on every replay) and it is
 * written to Redis from inside the external call that sends each of its messages (ask.ts `say`), which
 * only runs live: no step of the replay log is added or changed, so paused flows replay as before.
 */
const DRAFTS = new WeakMap<Convo, FlowDraft>();
/** What this run wrote last: a question sent with a hint before it writes once. */
const WRITTEN = new WeakMap<Convo, string>();

/** The booking flow's flight, passengers and contact, as they are now (`undefined`: nothing to keep any more). */
export function noteDraft(conversation: Convo, draft: FlowDraft | undefined): void {
  if (draft) DRAFTS.set(conversation, draft);
  else DRAFTS.delete(conversation);
}

/** The passengers completed so far, while the rest are asked (passenger-steps.ts). */
export function notePassengersSoFar(conversation: Convo, passengers: readonly PassengerInput[]): void {
  const draft = DRAFTS.get(conversation);
  if (draft) DRAFTS.set(conversation, { ...draft, passengers: [...passengers] });
}

/** Called live only, from the external call sending one of the flow's messages. */
export async function saveDraft(conversation: Convo, outer: BotContext): Promise<void> {
  const draft = DRAFTS.get(conversation);
  if (!draft || !outer.chat || !outer.from) return;
  const json = JSON.stringify(draft);
  if (WRITTEN.get(conversation) === json) return;
  WRITTEN.set(conversation, json);
  // The message is sent: a failed note costs only the way back after a cancel, never the flow.
  await outer.deps.cancelledFlows.noteDraft(outer.chat.id, outer.from.id, draft).catch((e: unknown) => outer.log.warn({ err: e }, "flow draft not noted"));
}

/** The flow's draft as it is now (a cancel inside the flow: ✖️ at the price card or the summary). */
export function draftOf(conversation: Convo): FlowDraft | undefined {
  return DRAFTS.get(conversation);
}
