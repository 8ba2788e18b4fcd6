import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { startHoldingApiProxy, type HeldCall, type HoldingApiProxy } from "../support/holding-api-proxy.js";
import { freePort } from "../support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

// Bot processes in webhook mode, SIGKILLed in the middle of an update: the Bot API call that would
// answer the agent is held open (test/support/holding-api-proxy.ts) so the kill lands while the update
// is being handled and before Telegram got its 200. Telegram then delivers the update again; it must
// be handled (by the restarted process, or by another one already running), once; and an update that
// was fully handled must still be dropped when delivered again.
const SECRET = "killed_mid_update_secret";
// tsx compiles the whole import graph at start: seconds of CPU, more on a busy machine.
const STARTUP_MS = 60_000;
// A dead holder's claim and person's lock expire after 15 s; then the redelivery is handled.
const ANSWER_MS = 45_000;

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
let proxy: HoldingApiProxy;
const running = new Set<BotProcess>();
beforeAll(async () => {
  sandbox = await startMmbcSandbox();
  emulator = await startTelegramEmulator();
  proxy = await startHoldingApiProxy(emulator.apiRoot);
});
afterAll(async () => {
  for (const bot of running) bot.child.kill("SIGKILL");
  await Promise.all([...running].map((b) => b.exited));
  await proxy.close();
  await sandbox.close();
  await emulator.close();
});

/** A bot process on `port`; every process of one test shares `namespace` (one Redis, as in production). */
function startBot(port: number, namespace: string): BotProcess {
  const bot = startBotProcess({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: proxy.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: namespace,
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
    BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET, PORT: String(port),
    ROLE: "bot", LOG_LEVEL: "info", HEALTH_INTERVAL_SECONDS: "3600",
  });
  running.add(bot);
  void bot.exited.then(() => running.delete(bot));
  return bot;
}

/** Resolves once this process has registered its webhook (it is then ready to take updates). */
async function registered(port: number): Promise<string> {
  const hook = await emulator.waitFor(() => emulator.calls.find((c) => c.method === "setWebhook" && c.ok && String(c.payload.url).startsWith(`http://127.0.0.1:${port}/`)), STARTUP_MS);
  return String(hook.payload.url);
}

async function kill(bot: BotProcess): Promise<void> {
  bot.child.kill("SIGKILL");
  await bot.exited;
}

const deliver = (url: string, update: Update) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });

const sendsTo = (chatId: number) => (c: HeldCall) => c.method === "sendMessage" && c.body.includes(`"chat_id":${chatId}`);
const answers = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && /Flight booking assistant/.test(m.text ?? ""));
const namespace = () => `t${randomBytes(4).toString("hex")}`;

describe("a bot process killed in the middle of an update", { timeout: 180_000 }, () => {
  it("Telegram's redelivery reaches the restarted process and is handled: the agent gets the answer, once", async () => {
    const ns = namespace();
    const port = await freePort();
    const first = startBot(port, ns);
    await registered(port);
    const user = { id: 97_101, first_name: "Agen", language_code: "en" };
    const held = proxy.holdNext(sendsTo(user.id));
    // Pushed by the emulator as Telegram would, and pushed again until a 200 comes back.
    const update = emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/start" });
    await held;
    // Handling is under way (its claim, its lock, the answer on its way): no 200 was given yet.
    await kill(first);
    expect(answers(user.id)).toHaveLength(0);

    const second = startBot(port, ns);
    const reply = await emulator.waitFor(() => answers(user.id)[0], STARTUP_MS + ANSWER_MS);
    expect(reply.text).toContain("Flight booking assistant");
    expect(second.output()).toContain("taken over");

    // Delivered again once fully handled (a poller restarted, a network error after the answer): dropped.
    const url = await registered(port);
    const sentBefore = proxy.calls.filter(sendsTo(user.id)).length;
    expect((await deliver(url, update)).status).toBe(200);
    const dropped = () => second.output().split("\n").some((l) => l.includes(`"update_id":${update.update_id}`) && l.includes("duplicate update dropped"));
    await emulator.waitFor(dropped, 10_000);
    expect(proxy.calls.filter(sendsTo(user.id))).toHaveLength(sentBefore);
    expect(answers(user.id)).toHaveLength(1);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("a copy delivered to another live process waits while the first handles it, and is handled there once the first dies", async () => {
    const ns = namespace();
    const [portA, portB] = [await freePort(), await freePort()];
    const a = startBot(portA, ns);
    const urlA = await registered(portA);
    const b = startBot(portB, ns);
    await registered(portB);
    // B registered last: Telegram pushes to B.
    const user = { id: 97_102, first_name: "Agen", language_code: "en" };
    const held = proxy.holdNext(sendsTo(user.id));
    const update = emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/start" });
    await held;
    // The same update reaches A while B is still at it (a retry through the load balancer): A answers
    // Telegram in time and waits rather than running it alongside B.
    const startedAt = Date.now();
    expect((await deliver(urlA, update)).status).toBe(200);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(proxy.calls.filter(sendsTo(user.id))).toHaveLength(1);
    expect(answers(user.id)).toHaveLength(0);

    await kill(b);
    const reply = await emulator.waitFor(() => answers(user.id)[0], ANSWER_MS);
    expect(reply.text).toContain("Flight booking assistant");
    expect(a.output()).toContain("taken over");
    // B's held call never reached Telegram; A sent the answer once.
    expect(proxy.calls.filter(sendsTo(user.id))).toHaveLength(2);
    expect(answers(user.id)).toHaveLength(1);
  });
});
