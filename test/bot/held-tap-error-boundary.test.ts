// The error boundary settles a group tap still held for its outcome (held-taps.ts): the failure is the
// tapper's alert, as a held tap's refusal is, nothing is posted in the group, and no "still checking"
// follows at the deadline. Driven with a context of the shape grammY gives the boundary.
import { describe, expect, it } from "vitest";
import { BotError } from "grammy";
import { createErrorHandler } from "../../src/bot/middlewares/error-handler.js";
import { holdTap } from "../../src/bot/held-taps.js";
import { createI18n } from "../../src/bot/i18n.js";
import type { BotContext } from "../../src/bot/context.js";
import { captureLogger } from "../support/test-logger.js";

const DEADLINE_MS = 50;

function tapContext(chatType: "supergroup" | "private") {
  const calls: { method: string; args: unknown[] }[] = [];
  const i18n = createI18n("id");
  const chat = chatType === "private" ? { id: 7, type: "private" as const, first_name: "Dewi" } : { id: -1007, type: "supergroup" as const, title: "Agen" };
  const ctx = {
    update: { update_id: 1 },
    chat,
    from: { id: 7, is_bot: false, first_name: "Dewi", language_code: "en" },
    callbackQuery: { id: "q1", from: { id: 7, is_bot: false, first_name: "Dewi" }, chat_instance: "c", data: "b:s:X", message: { message_id: 42, date: 0, chat } },
    deps: { settings: { answerDeadlineMs: DEADLINE_MS } },
    t: (key: string, vars?: Record<string, string | number>) => i18n.t("en", key, vars),
    log: captureLogger().logger,
    answerCallbackQuery: async (...args: unknown[]) => void calls.push({ method: "answerCallbackQuery", args }),
    reply: async (...args: unknown[]) => void calls.push({ method: "reply", args }),
  };
  return { ctx: ctx as unknown as BotContext, calls };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the error boundary and a held group tap", () => {
  it("a tap still held when its handler fails: one alert with the error, nothing posted, nothing at the deadline", async () => {
    const { ctx, calls } = tapContext("supergroup");
    expect(holdTap(ctx)).toBe(true);
    await createErrorHandler(createI18n("id"), "id", captureLogger().logger)(new BotError(new Error("a bug"), ctx));
    await sleep(DEADLINE_MS * 3);
    expect(calls).toEqual([{ method: "answerCallbackQuery", args: [{ text: expect.stringMatching(/Something went wrong/), show_alert: true }] }]);
  });

  it("a private chat's tap (never held): the error is a message, as before", async () => {
    const { ctx, calls } = tapContext("private");
    expect(holdTap(ctx)).toBe(false);
    await createErrorHandler(createI18n("id"), "id", captureLogger().logger)(new BotError(new Error("a bug"), ctx));
    expect(calls).toEqual([{ method: "reply", args: [expect.stringMatching(/Something went wrong/), {}] }]);
  });
});
