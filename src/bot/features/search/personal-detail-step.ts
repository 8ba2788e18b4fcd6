import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { ask, askAgain, say, sendPrompt, type Answer, type Convo, type Parsed } from "./ask.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/**
 * One personal-detail question, as personal-details.ts asks them in turn.
 * `handoff`: asked in the private chat for a group booking (personal-data-conversation.ts), where
 * "back" stays among these questions: the party is changed in the group.
 * `pasted`: the answer pasted on the passenger's name line, read first (see `firstAnswer`).
 */
export type Detail = (conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, flightDate: string, needs: PassengerRequirements, handoff: boolean, pasted?: Pasted) => Promise<DetailAnswer>;

/** A detail answered; `ahead`: the answer, as typed, also answers the next question (a passport with its expiry typed at the ID question). */
export interface DetailAnswer {
  value: PassengerInput;
  ctx: ConvoContext;
  ahead?: string;
}

/** A part of the name's line (or an answer typed ahead) that answers a question, as pasted, and where what it gave is said. */
export interface Pasted {
  text: string;
  notes: PastedNotes;
}

/**
 * What one passenger's pasted line gave, said back once in one message: the values taken (collected
 * while their questions are skipped) and the parts not used; sent before the next question is asked,
 * or when the passenger's questions are done. Rebuilt the same on every replay, like the steps' state.
 */
export class PastedNotes {
  private taken: string[] = [];
  private lines: string[] = [];

  /** `from`: where the answers came from, as said back: the name's line, or the ID question's answer (a passport with its expiry). */
  constructor(readonly name: string, readonly from: "line" | "id-answer" = "line") {}

  /** The message id said for `what` of these answers. */
  said(what: "taken" | "refused" | "partly"): string {
    return this.from === "line" ? `pasted-${what}` : `id-answer-passport-${what}`;
  }

  took(item: string): void {
    this.taken.push(item);
  }

  note(line: string): void {
    this.lines.push(line);
  }

  async flush(conversation: Convo, ctx: ConvoContext): Promise<void> {
    if (this.taken.length === 0 && this.lines.length === 0) return;
    const taken = this.taken.length > 0 ? [ctx.t(this.said("taken"), { name: escapeHtml(this.name), items: this.taken.join(", ") })] : [];
    const text = [...taken, ...this.lines].join("\n");
    this.taken = [];
    this.lines = [];
    await say(conversation, ctx, text);
  }
}

/**
 * A detail question's first answer. Pasted on the name's line, it is read by `read` exactly as if typed
 * here: taken, it is only noted (`shown`: how it is said back; undefined: a date to ask about first,
 * two readings, the step goes on to that); not taken, the question is asked with why. `partly`: after
 * the read, part of it was kept (a passport number without its expiry): said as such, and the question
 * it returns (only what is missing) is asked instead, never the kept part again.
 */
export async function firstAnswer<T>(conversation: Convo, ctx: ConvoContext, question: { text: string }, read: (a: Answer) => Parsed<T>, pasted: Pasted | undefined, shown: (value: T) => string | undefined, partly?: () => { text: string } | undefined): Step<T> {
  if (!pasted) return ask(conversation, ctx, question, read);
  const r = read({ kind: "text", text: pasted.text });
  const said = r.ok ? shown(r.value) : undefined;
  if (r.ok && said !== undefined) {
    pasted.notes.took(said);
    return { value: r.value, ctx };
  }
  await pasted.notes.flush(conversation, ctx);
  if (r.ok) return { value: r.value, ctx };
  const why = { name: escapeHtml(pasted.notes.name), typed: escapeHtml(shortQuote(pasted.text)), reason: r.hint ?? "" };
  const rest = partly?.();
  const lead = ctx.t(pasted.notes.said(rest ? "partly" : "refused"), why);
  const asked = rest ?? question;
  const promptId = await sendPrompt(conversation, ctx, { text: `${lead}\n\n${asked.text}` });
  return askAgain(conversation, ctx, promptId, read, { prompt: asked });
}
