import type { Contact, PassengerInput } from "../../../domain/passenger.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { ConvoContext } from "../../context.js";
import type { Convo } from "./ask.js";
import { choose, plain } from "./choose-step.js";

/** The outbound's passengers and contact, offered for its return's booking (return-trip.ts). */
export type OfferedParty = { passengers: PassengerInput[]; contact?: Contact };

/** "no", "new ones", "beda orang": the passengers are typed afresh. */
const NEW_WORDS = new Set(["tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga", "no", "nope", "baru", "beda", "lain", "new", "different", "other", "others", "isi", "penumpang", "passengers", "orang", "org", "yang", "yg", "ones"]);
const NEW_CORE = new Set(["tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga", "no", "nope", "baru", "beda", "lain", "new", "different", "other", "others"]);

/**
 * "Pakai penumpang yang sama? Budi Santoso, Ani Lestari" when the flight picked is the return of the outbound
 * just booked: ✅ keeps them and the contact (only what this flight asks that they lack is asked, as for
 * passengers kept for another flight: kept-passengers.ts), ✍️ asks the passengers afresh. "ya", "ok", "sama"
 * typed keep them; "tidak", "baru", "new" don't. Names only: birth dates and documents are not shown.
 */
export async function askSamePassengers(conversation: Convo, ctx: ConvoContext, party: OfferedParty): Promise<{ same: boolean; ctx: ConvoContext }> {
  const names = escapeHtml(party.passengers.map((p) => p.fullName).join(", "));
  const r = await choose(conversation, ctx, ctx.t("return-same-passengers", { names }), "same", [["yes", ctx.t("return-same-yes")], ["new", ctx.t("return-same-new")]] as const, {
    goOn: "yes",
    perRow: 1,
    hear: (text, answer) => {
      if (answer.unaddressed) return undefined;
      const words = plain(text).split(" ");
      if (words.includes("sama") || words.includes("same")) return words.some((w) => NEW_CORE.has(w)) ? { ok: true, value: "new" } : { ok: true, value: "yes" };
      return words.length <= 4 && words.some((w) => NEW_CORE.has(w)) && words.every((w) => NEW_WORDS.has(w)) ? { ok: true, value: "new" } : undefined;
    },
  });
  return { same: r.value === "yes", ctx: r.ctx };
}
