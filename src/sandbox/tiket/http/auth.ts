/**
 * Who may call what (see AuthMode in endpoint-table.ts). Every refusal is an envelope with
 * `diagnostic.status` 401 and HTTP 200.
 *
 * Decision (unverified): the User-Agent must be exactly `twh:<business id>;<business name>;`
 * (surrounding whitespace ignored) on every call except the voucher links; the docs only say the
 * firewall blocks requests without it, so a wrong one is refused the same way as a missing one.
 */
import type { EndpointContext, WireReply } from "./context.js";
import { fail, param, say } from "./context.js";
import type { AuthMode } from "./endpoint-table.js";

export function authorize(auth: AuthMode, ctx: EndpointContext, userAgent: string): WireReply | undefined {
  if (auth === "public") return undefined;
  const { credentials } = ctx.state;
  const expected = `twh:${credentials.businessId};${credentials.businessName};`;
  if (userAgent.trim() !== expected) {
    return fail(ctx, 401, say(
      ctx,
      "Access denied: send the User-Agent header twh:[BUSINESS_ID];[BUSINESS_NAME];",
      "Akses ditolak: kirim header User-Agent twh:[BUSINESS_ID];[BUSINESS_NAME];",
    ));
  }
  const secretOk = param(ctx, "secretkey") === credentials.secretKey;
  switch (auth) {
    case "secret":
      return secretOk ? undefined : fail(ctx, 401, say(ctx, "Invalid secret key", "Secret key tidak valid"));
    case "partner": {
      const okAll = secretOk && param(ctx, "confirmkey") === credentials.confirmKey && param(ctx, "username") === credentials.username;
      return okAll ? undefined : fail(ctx, 401, say(ctx, "Invalid secretkey, confirmkey or username", "secretkey, confirmkey atau username tidak valid"));
    }
    case "check":
      return secretOk || ctx.state.tokens.has(param(ctx, "token"))
        ? undefined
        : fail(ctx, 401, say(ctx, "Invalid secret key", "Secret key tidak valid"));
    case "token":
      return checkToken(ctx);
  }
}

function checkToken(ctx: EndpointContext): WireReply | undefined {
  const token = param(ctx, "token");
  if (!token) return fail(ctx, 401, say(ctx, "Token is required", "Token wajib diisi"));
  const session = ctx.state.tokens.get(token);
  if (!session) return fail(ctx, 401, say(ctx, "Invalid token", "Token tidak valid"));
  if (session.consumedAt !== undefined) {
    return fail(ctx, 401, say(ctx, "Token expired: checkout is done, get a new token", "Token kedaluwarsa: checkout sudah selesai, minta token baru"));
  }
  ctx.session = session;
  return undefined;
}
