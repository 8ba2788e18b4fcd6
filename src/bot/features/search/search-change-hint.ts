import { changeRequest } from "../../../domain/change-request.js";
import type { ConvoContext } from "../../context.js";

/**
 * "change date to 7 dec", "jadi 3 org", "ganti tujuan" typed at a passenger detail (the phone, a birth date):
 * how such a change is made, as the summary says it, instead of the question's format hint. Undefined for
 * anything else (a name or contact change is that question's own business).
 */
export function searchChangeHint(ctx: ConvoContext, text: string): string | undefined {
  const what = changeRequest(text.trim());
  return what === "date" || what === "route" || what === "party" || what === "flight" ? ctx.t("summary-change-how", { what }) : undefined;
}
