import type { PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { readNames, type Named } from "./read-names.js";

/** Where the next passenger's name would go while a passenger's detail is asked: the slots, the next one, the names so far. */
interface NextSlot {
  slots: readonly PassengerInput["type"][];
  next: number;
  named: readonly (Named | undefined)[];
}

// Per conversation run (rebuilt on every replay, as the steps that set it run again): the next slot, and a name typed for it.
const NEXT = new WeakMap<object, NextSlot>();
const KEPT = new WeakMap<object, Named>();

/** While a passenger's detail is asked (`at`, or undefined once answered): the next passenger's place, if any. */
export function nextNameSlot(conversation: object, at: NextSlot | undefined): void {
  // A name kept at a question gone back from is no answer to the one asked now.
  if (at) KEPT.delete(conversation);
  if (at && at.next < at.slots.length && !at.named[at.next]) NEXT.set(conversation, at);
  else NEXT.delete(conversation);
}

/**
 * "Mrs Ani Lestari" typed at a passenger's birth date: one titled name that fits the next passenger's
 * place, kept for it, and the note saying so. Undefined for anything else (the question's own hint stays).
 */
export function nameTypedAhead(conversation: object, ctx: ConvoContext, text: string): string | undefined {
  const at = NEXT.get(conversation);
  if (!at || text.includes("\n")) return undefined;
  const r = readNames(ctx, text, at.slots, at.next, at.named);
  if (!r.ok) return undefined;
  const { named, untitled, doubtful, problem, moved, pasted } = r.value;
  const name = named[0];
  // The asked passenger's own name typed again is no next passenger.
  const asked = at.named[at.next - 1];
  if (asked && name && asked.fullName.toUpperCase() === name.fullName.toUpperCase()) return undefined;
  if (!name || named.filter(Boolean).length !== 1 || untitled.length || doubtful.length || problem || moved || pasted?.some(Boolean)) return undefined;
  KEPT.set(conversation, { type: name.type, title: name.title, fullName: name.fullName });
  return ctx.t("name-typed-ahead-noted", { name: escapeHtml(name.fullName), n: at.next + 1 });
}

/** The name typed ahead for the next passenger, handed over once. */
export function takeNameTypedAhead(conversation: object): Named | undefined {
  const kept = KEPT.get(conversation);
  KEPT.delete(conversation);
  return kept;
}
