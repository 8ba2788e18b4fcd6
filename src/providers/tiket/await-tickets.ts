import type { BookingStatus, IssueResult } from "../../domain/booking.js";
import { isProviderError } from "../../domain/errors.js";
import type { IssueContext } from "./issue-context.js";
import { toIssueResult, toStatus } from "./status-mapping.js";
import type { CheckOrderWire } from "./wire-schemas.js";

/** The payment is done whatever check_order says next: a failing poll only means no PNR yet. */
export async function awaitTickets(ctx: IssueContext, orderId: string): Promise<IssueResult> {
  const deadline = Date.now() + ctx.poll.maxMs;
  let last: { wire: CheckOrderWire; status: BookingStatus } | undefined;
  for (;;) {
    try {
      const wire = await ctx.checkOrder(orderId);
      last = { wire, status: toStatus(wire, new Date(), ctx.timeZone) };
      if (last.status === "issued") break;
    } catch (e) {
      if (!isProviderError(e)) throw e;
      ctx.logger.warn({ code: e.code, order: orderId }, "check_order after payment failed");
    }
    if (Date.now() + ctx.poll.intervalMs > deadline) break;
    await new Promise((r) => setTimeout(r, ctx.poll.intervalMs));
  }
  return toIssueResult(orderId, last?.wire, last?.status);
}
