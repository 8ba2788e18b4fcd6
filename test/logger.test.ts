import { describe, expect, it } from "vitest";
import { Api, BotError, Context, GrammyError, HttpError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { ProviderError } from "../src/domain/errors.js";
import { captureLogger } from "./support/test-logger.js";

// What an error becomes in a log line (src/logger.ts serializers, which captureLogger shares).
const TOKEN = "7012345678:AAHk3F9-realistic_Token-value_0123456789";
const PASSWORD = "mmbc-Pa55word-never-logged";
const TEXT = "nama saya Budi, paspor B1234567";

function botError(inner: unknown): BotError<Context> {
  const update = { update_id: 4242, message: { message_id: 1, date: 1, chat: { id: 777, type: "private", first_name: "B" }, from: { id: 777, is_bot: false, first_name: "B" }, text: TEXT } } as Update;
  const ctx = new Context(update, new Api(TOKEN), { id: 1, is_bot: true, first_name: "bot", username: "bot" } as UserFromGetMe);
  Object.assign(ctx, { deps: { settings: { token: TOKEN }, credentials: { username: "agen", password: PASSWORD } } });
  return new BotError(inner, ctx);
}

describe("log serializers", () => {
  it("a BotError is its update id, chat id and the inner error's name and message: no context, deps, token or text", () => {
    const { logger, lines } = captureLogger();
    logger.error({ err: botError(new Error("Stream isn't writeable and enableOfflineQueue options is false")) }, "failed");
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line.err).toEqual({ name: "BotError", update_id: 4242, chat_id: 777, error: { name: "Error", message: "Stream isn't writeable and enableOfflineQueue options is false" } });
    for (const secret of [TOKEN, PASSWORD, TEXT, "Budi"]) expect(lines[0]).not.toContain(secret);
  });

  it("Telegram's refusals keep method, code and description, not the payload; network failures lose the URL's token", () => {
    const { logger, lines } = captureLogger();
    const refused = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", { chat_id: 777, text: TEXT });
    logger.error({ err: refused, payload: refused.payload }, "refused");
    const offline = new HttpError("Network request for 'sendMessage' failed!", new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed, reason: ECONNRESET`));
    logger.error({ err: offline }, "offline");
    logger.error({ error: `token ${TOKEN} in a plain string` }, "string");
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { name: "GrammyError", code: 400, method: "sendMessage", description: "Bad Request: chat not found" }, payload: { fields: ["chat_id", "text"] } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ err: { name: "HttpError", cause: { name: "Error", message: "request to https://api.telegram.org/bot***/sendMessage failed, reason: ECONNRESET" } } });
    for (const line of lines) for (const secret of [TOKEN, TEXT]) expect(line).not.toContain(secret);
  });

  it("provider errors keep their code and endpoint; JSON syntax errors, which quote their input, lose the message", () => {
    const { logger, lines } = captureLogger();
    logger.warn({ err: new ProviderError("unavailable", "provider timed out", { endpoint: "ceksaldo", raw: TEXT }) }, "provider");
    let syntax: unknown;
    try {
      JSON.parse(`{"text":"${TEXT}"`);
    } catch (e) {
      syntax = e;
    }
    logger.warn({ err: syntax }, "bad json");
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { name: "ProviderError", code: "unavailable", endpoint: "ceksaldo", message: "provider timed out" } });
    expect(JSON.parse(lines[1]!)).toEqual(expect.objectContaining({ err: { name: "SyntaxError" } }));
    for (const line of lines) expect(line).not.toContain("Budi");
  });
});
