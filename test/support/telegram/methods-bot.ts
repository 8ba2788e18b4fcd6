import type { BotCommand } from "grammy/types";
import type { MethodHandler, Payload } from "./context.js";
import { ApiError, badRequest } from "./errors.js";

const getMe: MethodHandler = (ctx) => ctx.botInfo;

const getUpdates: MethodHandler = async (ctx, p, signal) => {
  if (ctx.webhook.active) {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  ctx.queue.setAllowed(p["allowed_updates"]);
  const limit = Math.min(Math.max((p["limit"] as number | undefined) ?? 100, 1), 100);
  return ctx.queue.poll(p["offset"] as number | undefined, limit, (p["timeout"] as number | undefined) ?? 0, signal);
};

const setWebhook: MethodHandler = (ctx, p) => {
  const url = String(p["url"]);
  if (url !== "" && !/^https?:\/\/[^/]+/.test(url)) throw badRequest("bad webhook: invalid URL");
  if (url !== "" && ctx.webhookRules === "cloud") refuseOnCloud(new URL(url));
  if (p["drop_pending_updates"] === true) ctx.queue.clear();
  ctx.queue.setAllowed(p["allowed_updates"]);
  ctx.webhook.set(url, p["secret_token"] as string | undefined);
  return true;
};

/** Ports api.telegram.org posts updates to; a self-hosted Bot API server takes any. */
const CLOUD_WEBHOOK_PORTS = new Set(["80", "88", "443", "8443"]);

function refuseOnCloud(url: URL): void {
  if (url.protocol !== "https:") throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  if (!CLOUD_WEBHOOK_PORTS.has(url.port || "443")) throw badRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
}

const deleteWebhook: MethodHandler = (ctx, p) => {
  if (p["drop_pending_updates"] === true) ctx.queue.clear();
  ctx.webhook.set("", undefined);
  return true;
};

const getWebhookInfo: MethodHandler = (ctx) => ctx.webhook.info();

// Commands are kept per (scope, language_code), exactly as Telegram stores them.
function commandsKey(p: Payload): string {
  const scope = (p["scope"] as Record<string, unknown> | undefined) ?? { type: "default" };
  const sorted = Object.fromEntries(Object.entries(scope).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted)}|${String(p["language_code"] ?? "")}`;
}

const setMyCommands: MethodHandler = (ctx, p) => {
  ctx.commands.set(commandsKey(p), structuredClone(p["commands"] as BotCommand[]));
  return true;
};

const getMyCommands: MethodHandler = (ctx, p) => ctx.commands.get(commandsKey(p)) ?? [];

const deleteMyCommands: MethodHandler = (ctx, p) => {
  ctx.commands.delete(commandsKey(p));
  return true;
};

const answerCallbackQuery: MethodHandler = (ctx, p) => {
  ctx.queries.answer("callback", String(p["callback_query_id"]));
  return true;
};

const answerInlineQuery: MethodHandler = (ctx, p) => {
  ctx.queries.answer("inline", String(p["inline_query_id"]));
  return true;
};

export const botMethods: Record<string, MethodHandler> = {
  getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo,
  setMyCommands, getMyCommands, deleteMyCommands, answerCallbackQuery, answerInlineQuery,
};
