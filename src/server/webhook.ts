import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { UpdateJournal } from "../store/update-journal.js";
import { handleUpdateWithBoundary, InFlight } from "./handle-update.js";

export interface WebhookOptions {
  /** What Telegram sends in X-Telegram-Bot-Api-Secret-Token (setWebhook's secret_token). */
  secretToken: string;
  logger: Logger;
  /** Answer 200 at the latest this long after the update arrived; the update is handled on regardless. */
  ackAfterMs?: number;
  /** Telegram's updates are a few kilobytes; anything far larger is refused unread. */
  maxBodyBytes?: number;
  /** Where an update answered before it was handled is kept until it is (store/update-journal.ts). */
  journal?: Pick<UpdateJournal, "write">;
}

export interface WebhookHandler {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Updates being handled right now (some may have been answered already). */
  readonly inFlight: number;
  /** Handles an update as one that arrived here (tracked for `drain`, the same error boundary). */
  handle(update: Update): Promise<void>;
  /** Resolves when every accepted update has been handled, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

const DEFAULT_ACK_AFTER_MS = 3_000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compared as digests: equal lengths for timingSafeEqual, and the secret's own digest is made once. */
function secretCheck(expected: string): (given: string) => boolean {
  const want = digest(expected);
  return (given) => timingSafeEqual(digest(given), want);
}

/**
 * The webhook endpoint. Telegram waits for our HTTP answer and redelivers an update that got an error
 * or no answer in time; a provider call inside an update takes 45–60 s. So: the update is handled as
 * soon as it arrives, and Telegram gets 200 when handling is done or after `ackAfterMs`, whichever
 * comes first — never an error because handling is slow, so a slow update is neither redelivered
 * nor doubled. Were it redelivered (a network error, another process behind the balancer), the copy is
 * answered the same way while the claim middleware (bot/middlewares/claim-update.ts) makes it wait for
 * the first delivery: dropped once that one is done, handled if its process died before finishing. A
 * process killed before its 200 gets the update redelivered by Telegram, and handled then. After its
 * 200 Telegram considers it delivered: so an update still running when the 200 goes is journaled first
 * (store/update-journal.ts; a 503 if that fails, and Telegram retries), and a live process takes it over
 * should this one die (server/update-recovery.ts).
 *
 * Why not grammY's `webhookCallback(…, { onTimeout: "return" })`, which also answers early and lets
 * handling go on: once it has answered, a later failure of that update is an unhandled rejection (it
 * chains `task.finally(…)` and drops the result), which ends the process; its errors bypass `bot.catch`;
 * and nothing tells shutdown that handling is still going on. Here every error goes to `bot.catch`
 * (the one error boundary), and shutdown `drain`s the updates already accepted before closing Redis,
 * so an update answered 200 is not lost to a deploy.
 */
export function createWebhookHandler<C extends Context>(bot: Bot<C>, options: WebhookOptions): WebhookHandler {
  const ackAfterMs = options.ackAfterMs ?? DEFAULT_ACK_AFTER_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const sameSecret = secretCheck(options.secretToken);
  const inFlight = new InFlight();
  const boundary = handleUpdateWithBoundary(bot, options.logger);
  let initialized: Promise<void> | undefined;

  const handle = (update: Update): Promise<void> => inFlight.track(boundary(update));

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const header = req.headers["x-telegram-bot-api-secret-token"];
    const given = Array.isArray(header) ? header[0] : header;
    if (given === undefined || !sameSecret(given)) {
      req.resume();
      res.writeHead(401).end("secret token is wrong");
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined) {
      res.writeHead(413, { connection: "close" }).end();
      return;
    }
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (typeof update !== "object" || update === null || !Number.isSafeInteger(update.update_id)) {
      res.writeHead(400).end();
      return;
    }
    initialized ??= bot.init().catch((e: unknown) => {
      initialized = undefined;
      throw e;
    });
    await initialized;
    let finished = false;
    const done = handle(update).finally(() => { finished = true; });
    let timer: NodeJS.Timeout | undefined;
    const acked = new Promise<void>((resolve) => { timer = setTimeout(resolve, ackAfterMs); });
    await Promise.race([done, acked]);
    clearTimeout(timer);
    if (!finished && options.journal) {
      // Once answered 200, Telegram never delivers it again: kept until handled, for a process that
      // outlives this one should this one die (server/update-recovery.ts). Not kept: no 200 (a redelivery).
      const kept = await options.journal.write(update).then(() => true, (e: unknown) => {
        options.logger.warn({ update_id: update.update_id, err: e instanceof Error ? e.message : String(e) }, "update not journaled");
        return false;
      });
      if (!kept && !finished) {
        res.writeHead(503).end();
        return;
      }
    }
    if (!res.headersSent) res.writeHead(200).end();
  };

  Object.defineProperty(handler, "inFlight", { get: () => inFlight.size });
  return Object.assign(handler as typeof handler & { readonly inFlight: number }, {
    handle,
    async drain(timeoutMs: number): Promise<void> {
      if (!(await inFlight.drain(timeoutMs))) options.logger.warn({ inFlight: inFlight.size }, "shutting down with updates still being handled");
    },
  });
}

/** The body as text, or undefined once it passes the limit (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        req.removeAllListeners("data");
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

/**
 * Where Telegram posts: WEBHOOK_URL with the endpoint's path appended to its own path, so a bot behind
 * a reverse proxy under a prefix (`https://host/agt-bot/`) registers `https://host/agt-bot/telegram/<id>`
 * rather than `https://host/telegram/<id>` (which `new URL(path, base)` would make of it).
 */
export function webhookUrlFor(webhookUrl: string, path: string): string {
  const url = new URL(webhookUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  return url.toString();
}

/**
 * The paths the local endpoint answers: the one Telegram calls (WEBHOOK_URL's path + the endpoint), for
 * a proxy that passes the path on as it is, and the endpoint alone, for one that strips its prefix.
 */
export function localWebhookPaths(webhookUrl: string, path: string): string[] {
  const full = new URL(webhookUrlFor(webhookUrl, path)).pathname;
  return full === path ? [path] : [path, full];
}
