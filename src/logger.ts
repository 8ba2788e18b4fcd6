import { createRequire } from "node:module";
import { pino, type Logger } from "pino";

/** Paths that may hold secrets anywhere in a logged object. */
const REDACT = [
  "password", "*.password", "*.*.password", "token", "*.token", "secret", "*.secret",
  "credentials", "*.credentials", "BOT_TOKEN", "*.BOT_TOKEN", "MMBC_PASSWORD", "*.MMBC_PASSWORD", "WEBHOOK_SECRET", "*.WEBHOOK_SECRET", "METRICS_TOKEN", "*.METRICS_TOKEN",
];

/** A Bot API token, as in the token itself or a Bot API URL (`/bot123456:AA…/sendMessage`). */
const BOT_TOKEN = /\d{3,}:[A-Za-z0-9_-]{10,}/g;
const MAX_MESSAGE = 300;

function scrub(text: string): string {
  const t = text.replace(BOT_TOKEN, "***");
  return t.length > MAX_MESSAGE ? `${t.slice(0, MAX_MESSAGE)}…` : t;
}

const has = <K extends string>(o: object, key: K): o is Record<K, unknown> => key in o;

/**
 * What an error becomes in a log line: its name, code and message — never the objects it carries.
 * grammY's BotError holds the whole context (the update with the user's text, `ctx.deps` with the
 * provider passwords, the API with the bot token); a GrammyError holds the payload sent (message text);
 * an ioredis ReplyError the command and its arguments (session and conversation data). Of a BotError
 * only the update id, chat id and the inner error are kept. Messages are capped and cleared of bot
 * tokens (an HttpError's cause carries the Bot API URL); a JSON SyntaxError's message quotes the
 * input, so it is left out.
 */
export function safeError(e: unknown, depth = 0): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: e === null ? "null" : typeof e };
  const out: Record<string, unknown> = { name: e.name };
  if (has(e, "ctx") && has(e, "error") && e.name === "BotError") {
    const ctx = e.ctx as { update?: { update_id?: unknown }; chat?: { id?: unknown } } | undefined;
    out.update_id = ctx?.update?.update_id;
    out.chat_id = ctx?.chat?.id;
    if (depth < 2) out.error = safeError(e.error, depth + 1);
    return out;
  }
  const code = has(e, "code") ? e.code : has(e, "error_code") ? e.error_code : undefined;
  if (typeof code === "string" || typeof code === "number") out.code = code;
  if (has(e, "method") && typeof e.method === "string") out.method = e.method;
  if (has(e, "description") && typeof e.description === "string") out.description = scrub(e.description);
  if (has(e, "endpoint") && typeof e.endpoint === "string") out.endpoint = e.endpoint;
  if (!(e instanceof SyntaxError)) out.message = scrub(e.message);
  // An HttpError wraps the network failure; its kind (not its text, which has the URL) helps.
  if (has(e, "error") && e.error instanceof Error && depth < 2) out.cause = safeError(e.error, depth + 1);
  return out;
}

/** A Bot API payload as its field names: the values are what users wrote and what we sent them. */
function payloadFields(payload: unknown): unknown {
  return payload && typeof payload === "object" ? { fields: Object.keys(payload) } : typeof payload;
}

/** An error, or (as some log lines pass) just its message. */
function errorField(value: unknown): unknown {
  return typeof value === "string" ? scrub(value) : safeError(value);
}

/** Applied by key wherever these appear at the top of a log object (child loggers inherit them). */
export const logSerializers = { err: errorField, error: errorField, cause: errorField, payload: payloadFields };

/** pino-pretty is a development dependency: a production install (the Docker image) has none, even on a terminal. */
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return true;
  } catch {
    return false;
  }
}

export function createLogger(level: string, pretty = process.stdout.isTTY && prettyInstalled()): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: "***" },
    serializers: logSerializers,
    transport: pretty ? { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss" } } : undefined,
  });
}
