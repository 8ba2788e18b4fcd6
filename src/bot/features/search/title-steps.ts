import { InlineKeyboard } from "grammy";
import type { PassengerInput } from "../../../domain/passenger.js";
import { childTitleWithName, parseAdultTitle, parseChildTitle } from "../../../domain/passenger-parse.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, GoBack, say, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import type { Taken, Untitled } from "./read-names.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/** Mstr/Miss (or Mr/Mrs/Ms after Dr.) for each name that needs it, filled into `named`; false when the agent went back. */
export async function askTitles(conversation: Convo, ctx: ConvoContext, slots: readonly PassengerInput["type"][], first: number, untitled: readonly Untitled[], named: (Taken | undefined)[]): Step<boolean> {
  for (const [k, { offset, fullName, singleName }] of untitled.entries()) {
    const gType = slots[first + offset]!;
    try {
      const g = gType === "adult" ? await askAdultTitle(conversation, ctx, fullName) : await askChildTitle(conversation, ctx, fullName, gType);
      ctx = g.ctx;
      named[offset] = { type: gType, title: g.value, fullName, ...(singleName ? { singleName: true } : {}) };
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      // Back from a later pasted line's question: the names before it are kept and this one (with any
      // untitled after it) is dropped, its name asked again in its turn. Said, or the child just vanishes.
      if (offset > 0) {
        const names = untitled.slice(k).map((u) => escapeHtml(u.fullName)).join(", ");
        await say(conversation, e.ctx, e.ctx.t("input-name-title-back-dropped", { names, n: first + offset + 1 }));
      }
      return { value: false, ctx: e.ctx };
    }
  }
  return { value: true, ctx };
}

/** "An. Dimas": Mstr or Miss, one tap or typed ("laki-laki", "cewe", "girl", "Mstr Dimas"). */
async function askChildTitle(conversation: Convo, ctx: ConvoContext, fullName: string, type: PassengerInput["type"]): Step<"Mstr" | "Miss"> {
  const text = ctx.t("input-name-gender", { name: escapeHtml(fullName), type: ctx.t(`pax-type-${type}`) });
  const kb = new InlineKeyboard().text(ctx.t("input-name-gender-boy", { name: fullName }), cb.choice("gd", "m")).text(ctx.t("input-name-gender-girl", { name: fullName }), cb.choice("gd", "f"));
  return ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<"Mstr" | "Miss"> => {
    if (a.kind === "text") {
      const typed = parseChildTitle(a.text) ?? childTitleWithName(a.text, fullName);
      if (typed) return { ok: true, value: typed };
      // "3174092302900001", "lahir 01-05-2019": a detail typed ahead, not kept here; said so, never just the
      // question again: anything else unread is told what to type.
      return { ok: false, hint: `${ctx.t(/\d/.test(a.text) ? "input-name-title-first" : "input-name-gender-unread", { name: escapeHtml(fullName) })}\n\n${text}` };
    }
    const v = parseChoice(a.data, "gd", ["m", "f"] as const);
    return v ? { ok: true, value: v === "m" ? "Mstr" : "Miss" } : stale(ctx);
  });
}

/** "Dr. Rina Wijaya": the airlines need Mr, Mrs or Ms, and the title says none of them. */
async function askAdultTitle(conversation: Convo, ctx: ConvoContext, fullName: string): Step<"Mr" | "Mrs" | "Ms"> {
  const text = ctx.t("input-name-title-adult", { name: escapeHtml(fullName) });
  const kb = new InlineKeyboard();
  for (const t of ["Mr", "Mrs", "Ms"] as const) kb.text(`${t} ${fullName}`, cb.choice("gd", t.toLowerCase()));
  return ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<"Mr" | "Mrs" | "Ms"> => {
    if (a.kind === "text") {
      const typed = parseAdultTitle(a.text);
      if (typed) return { ok: true, value: typed };
      return { ok: false, hint: `${ctx.t(/\d/.test(a.text) ? "input-name-title-first" : "input-name-title-adult-unread", { name: escapeHtml(fullName) })}\n\n${text}` };
    }
    const v = parseChoice(a.data, "gd", ["mr", "mrs", "ms"] as const);
    return v ? { ok: true, value: v === "mr" ? "Mr" : v === "mrs" ? "Mrs" : "Ms" } : stale(ctx);
  });
}
