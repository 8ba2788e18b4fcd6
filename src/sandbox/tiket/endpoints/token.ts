/**
 * GET /apiv1/payexpress?method=getToken&secretkey=…[&token=old] (User-Agent and secretkey are checked
 * by the router).
 *
 * Decisions on unverified points:
 * - Tokens have no idle TTL; a token dies only when a checkout payment is placed with it.
 * - A cart belongs to the token that built it (spec §2: the token "represents a cart/session" and
 *   stays valid until checkout payment). "Renew Token" (`token=<old>`) always answers a new token
 *   that keeps the login (login_status, guest_id, login_email) but starts an empty cart, so a
 *   checkout or payment with it answers 201 "cart empty". The old token is left as it was: a live
 *   one keeps its cart and can still pay for it. An unknown old token just gets a fresh token.
 */
import { fail, ok, param, type EndpointHandler } from "../http/context.js";

export const getToken: EndpointHandler = (ctx) => {
  if (param(ctx, "method") !== "getToken") return fail(ctx, 201, "Method not found");
  const old = ctx.state.tokens.get(param(ctx, "token"));
  const session = ctx.state.newToken();
  if (old?.loggedIn) {
    session.loggedIn = true;
    session.guestId = old.guestId;
    session.loginEmail = old.loginEmail;
  }
  return ok({ ...ctx, session });
};
