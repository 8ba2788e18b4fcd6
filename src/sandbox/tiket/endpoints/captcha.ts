/**
 * GET /flight_api/getLionCaptcha?token → { lioncaptcha, lionsessionid }.
 *
 * Decisions on unverified points: the sandbox always returns a captcha (never the "empty" case);
 * the image is a PNG, labelled `data:image/png;base64,…` (the real API sends JPEG). A session id is
 * single-use: add-order consumes it whether the answer was right or wrong, and it only works with
 * the token that fetched it.
 */
import { randomBytes } from "node:crypto";
import { captchaAnswerFor, renderCaptchaPng } from "../captcha/render-captcha.js";
import { ok, type EndpointHandler } from "../http/context.js";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export const getLionCaptcha: EndpointHandler = (ctx) => {
  const bytes = randomBytes(24);
  const sessionId = `${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("")}|0`;
  const answer = captchaAnswerFor(sessionId);
  ctx.state.captchas.set(sessionId, { answer, token: ctx.session?.token ?? "", used: false });
  const png = renderCaptchaPng(answer, sessionId);
  return ok(ctx, { lioncaptcha: `data:image/png;base64,${png.toString("base64")}`, lionsessionid: sessionId });
};
