import type { ConvoContext } from "../../context.js";
import { laterChange } from "./later-change.js";

/**
 * "change date to 7 dec", "jadi 3 org", "tambah 1 anak", "yg garuda aja" typed at a passenger detail (a
 * birth date, an ID, the phone): how such a change is made, as the summary says it, instead of the
 * question's format hint. Undefined for anything else (a name or contact change is that question's own business).
 */
export function searchChangeHint(ctx: ConvoContext, text: string): string | undefined {
  // Today only tells a date phrase ("the 12th") from other words; the date read is never used, so the
  // clock read here changes nothing a replay decides (the answer is refused either way).
  const what = laterChange(text, new Date().toISOString().slice(0, 10));
  return what ? ctx.t("summary-change-how", { what }) : undefined;
}
