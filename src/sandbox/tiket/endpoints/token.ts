/**
 * GET /apiv1/payexpress?method=getToken&secretkey=…[&token=old] (User-Agent and secretkey are checked
 * by the router).
 *
 * Decisions on unverified points:
 * - Tokens have no idle TTL; a token dies only when a checkout payment is placed with it.
 * - "Renew Token" (`token=<old>`): a still-usable old token comes back unchanged (its cart kept); a
 *   spent one is replaced by a new token that keeps the login (login_status, guest_id, login_email)
 *   but starts an empty cart. An unknown old token just gets a fresh token.
 */
import { fail, ok, param, type EndpointHandler } from "../http/context.js";

export const getToken: EndpointHandler = (ctx) => {
  if (param(ctx, "method") !== "getToken") return fail(ctx, 201, "Method not found");
  const old = ctx.state.tokens.get(param(ctx, "token"));
  if (old && old.consumedAt === undefined) return ok({ ...ctx, session: old });
  const session = ctx.state.newToken();
  if (old?.loggedIn) {
    session.loggedIn = true;
    session.guestId = old.guestId;
    session.loginEmail = old.loginEmail;
  }
  return ok({ ...ctx, session });
};
