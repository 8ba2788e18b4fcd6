import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { IssueContext } from "./issue-context.js";
import { parse } from "./parse-body.js";
import { transactionListSchema } from "./wire-schemas.js";

const LIST = "partner/transactionApi";

/** At most this many pages of waiting deposit orders are read (twenty a page in the docs' example). */
const MAX_PAGES = 5;

/**
 * What partner/transactionApi (spec §8) lists for this order: the amount confirmPayment would debit, or
 * undefined when it is not listed (not placed). Not knowing is "outcome unknown": nothing is confirmed.
 */
export async function placedAmount(ctx: IssueContext, orderId: string): Promise<number | undefined> {
  const { partner } = ctx;
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { body } = await ctx.sessions.withOrderOrPooled(orderId, (token) =>
        ctx.http.get(LIST, { token, secretkey: partner.secretKey, confirmkey: partner.confirmKey, username: partner.username, page }, "read"));
      const list = parse(LIST, transactionListSchema, body);
      const mine = list.result.find((o) => o.order_id === orderId);
      if (mine) {
        if (mine.total_customer_price === undefined) throw new ProviderError("outcome_unknown", "the placed order shows no amount: not confirmed", { endpoint: LIST });
        return mine.total_customer_price;
      }
      if (list.result.length === 0 || (list.search?.total_page ?? 1) <= page) return undefined;
    }
    throw new ProviderError("outcome_unknown", "too many waiting deposit orders to find this one: not confirmed", { endpoint: LIST });
  } catch (e) {
    if (isProviderError(e) && e.code !== "outcome_unknown") {
      throw new ProviderError("outcome_unknown", "could not tell whether an earlier payment was placed: not confirmed", { endpoint: LIST, cause: e });
    }
    throw e;
  }
}
