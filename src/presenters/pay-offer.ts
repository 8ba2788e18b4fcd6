/**
 * Why the bot can't pay an unpaid booking now, as read from the provider (and the issue ledger) when it is
 * shown. Any of them: the booking is offered with Status, and no Issue button the bot would refuse.
 * - `heldUntil`: an issue of it got no clear answer and nothing is paid before then; the payment is being checked.
 * - `paymentUnconfirmed`: the provider says unpaid, but a payment confirmation the bot sent may still go through,
 *   so the bot never sends it again.
 * - `sessionLost`: the session it is paid with is gone at the provider (BookingStatusResult.paySessionLost).
 * - `checkoutUnfinished`: its booking's last step never went through at the provider
 *   (BookingStatusResult.checkoutUnfinished): pay it in the dashboard, or let it lapse.
 * - `checkoutUnknown`: whether that step went through couldn't be read now (BookingStatusResult.checkoutUnknown).
 */
export interface PayHold {
  heldUntil?: string;
  paymentUnconfirmed?: boolean;
  sessionLost?: boolean;
  checkoutUnfinished?: boolean;
  checkoutUnknown?: boolean;
}

/** Whether an unpaid booking is offered for issuing: the one decision its reminder, the digest and /status share. */
export function offersIssue(hold: PayHold): boolean {
  return hold.heldUntil === undefined && !hold.paymentUnconfirmed && !hold.sessionLost && !hold.checkoutUnfinished && !hold.checkoutUnknown;
}
