import { envelopeSchema } from "./envelope.js";
import { parse } from "./parse-body.js";
import type { TiketSessions } from "./sessions.js";
import type { TiketHttp } from "./tiket-http.js";

/**
 * Whether an order whose checkout broke off at booking (sessions.markCheckoutUnfinished) got through
 * checkout_customer after all: its session is then logged in (spec §1: login_status "true" after it), which
 * payment needs (§7, §10). Read from the order view on the order's own token, which spends and changes
 * nothing; once seen done, the marker goes. Orders without the marker completed their checkout at booking.
 */
export async function checkoutDone(http: TiketHttp, sessions: TiketSessions, orderId: string, token: string): Promise<boolean> {
  if (!(await sessions.checkoutUnfinished(orderId))) return true;
  const { body } = await http.get("order", { token }, "read");
  if (parse("order", envelopeSchema, body).login_status !== "true") return false;
  await sessions.clearCheckoutUnfinished(orderId);
  return true;
}
