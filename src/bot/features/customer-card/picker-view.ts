import { InlineKeyboard } from "grammy";
import { applyView } from "../../../domain/offer-list.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import { customerCardData } from "../../../presenters/customer-card-data.js";
import { flightLabel, shortDate } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The flight picker: the search's flights cheapest first, six a page, ✅ on the chosen ones. The
 * selection lives in the buttons' data, so the picker needs no state of its own and any number of
 * them can be open at once.
 */
export function pickerView(t: T, locale: string, sid: string, entry: SearchEntry, page: number, selected: readonly number[]) {
  const view = applyView(entry.offers, { sort: "price", page });
  const q = entry.query;
  const text = [
    t("cust-pick-title", { from: q.from, to: q.to, date: escapeHtml(shortDate(q.date, locale)) }),
    t("cust-pick-help", { count: selected.length }),
  ].join("\n");
  const kb = new InlineKeyboard();
  for (const offer of view.items) {
    const i = entry.offers.indexOf(offer);
    const on = selected.includes(i);
    const next = on ? selected.filter((s) => s !== i) : [...selected, i];
    kb.text(`${on ? "✅ " : ""}${flightLabel(offer, t)}`, customerCardData.pick(sid, view.page, next)).row();
  }
  if (view.pages > 1) {
    kb.text(view.page > 0 ? "◀" : " ", view.page > 0 ? customerCardData.pick(sid, view.page - 1, selected) : customerCardData.noop)
      .text(`${view.page + 1}/${view.pages}`, customerCardData.noop)
      .text(view.page < view.pages - 1 ? "▶" : " ", view.page < view.pages - 1 ? customerCardData.pick(sid, view.page + 1, selected) : customerCardData.noop)
      .row();
  }
  if (selected.length > 0) kb.text(t("cust-pick-make", { count: selected.length }), customerCardData.offers(sid, selected));
  return { text, keyboard: kb };
}
