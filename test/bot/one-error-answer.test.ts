import { createServer, connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { startRedisServer } from "../support/redis-server.js";

// Redis goes away in the middle of an update: one update gets one answer from the error boundary,
// whatever else fails after it (the state's write and the lock's release at its end: claim-update).
// The bot's connections go through a proxy that cuts them all when it sees a given command go by
// (the command is not forwarded) and refuses new ones until restored; Redis keeps its data.

/**
 * A TCP proxy to Redis, cut when a client sends what `cutOn` matches: every socket destroyed and the
 * port closed (connections refused, as with Redis down: ioredis counts a retry only for a connection
 * that fails) until restored, on the same port.
 */
async function cuttingProxy(port: number) {
  const sockets = new Set<Socket>();
  let cut = false;
  let cutOn: RegExp | undefined;
  const server = createServer((client) => {
    const up = connect(port, "127.0.0.1");
    sockets.add(client);
    sockets.add(up);
    client.on("data", (chunk: Buffer) => {
      if (cutOn?.test(chunk.toString("latin1"))) return cutNow();
      up.write(chunk);
    });
    up.pipe(client);
    const end = () => { client.destroy(); up.destroy(); sockets.delete(client); sockets.delete(up); };
    for (const s of [client, up]) { s.on("error", end); s.on("close", end); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const own = (server.address() as AddressInfo).port;
  const closed = () => new Promise<void>((r) => (server.listening ? server.close(() => r()) : r()));
  let closing: Promise<void> = Promise.resolve();
  function cutNow() {
    cut = true;
    cutOn = undefined;
    closing = closed();
    for (const s of sockets) s.destroy();
    sockets.clear();
  }
  return {
    url: `redis://127.0.0.1:${own}`,
    cutWhen(command: RegExp) { cutOn = command; },
    get cut() { return cut; },
    async restore() {
      if (!cut) return;
      await closing;
      await new Promise<void>((r) => server.listen(own, "127.0.0.1", r));
      cut = false;
    },
    close: async () => { cutNow(); await closing; },
  };
}
/** A command as sent on the wire (RESP), its first key containing `keyPart`. */
const wire = (command: string, keyPart: string) => new RegExp(`\\$${command.length}\\r\\n${command}\\r\\n\\$\\d+\\r\\n[^\\r]*${keyPart}`, "i");

const redis = await startRedisServer();
const proxy = await cuttingProxy(redis.port);
const h = await startHarness({
  worker: false,
  env: { REDIS_URL: proxy.url, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: "one_error_answer_secret", HEALTH_INTERVAL_SECONDS: "3600" },
});
afterAll(async () => {
  await proxy.restore();
  await h.close();
  await proxy.close();
  await redis.stop();
});

/** As the webhook endpoint and the runner deliver an update: what escapes the stack goes to `bot.catch`. */
const deliver = (u: Update) => h.app.bot.handleUpdate(u).catch((e: unknown) => h.app.bot.errorHandler(e as Parameters<typeof h.app.bot.errorHandler>[0]));
const delivered = { ...h, app: { ...h.app, bot: { handleUpdate: deliver } } } as unknown as Harness;

const TRY_AGAIN = "⏳ Layanan sedang terganggu sebentar. Silakan coba lagi beberapa saat lagi.";
const NOT_SAVED = /^⚠️ Gangguan sesaat di sistem kami: langkah ini tidak tersimpan/;

/** Restores Redis after `ms`, and waits until the bot's connection works again. */
async function backAfter(ms: number) {
  const from = h.logLines.length;
  await sleep(ms);
  await proxy.restore();
  await h.emulator.waitFor(() => h.logLines.slice(from).some((l) => l.includes("redis reconnected")) || undefined, 15_000);
  await sleep(500);
}

// A test that failed before restoring Redis does not take the next one down with it.
afterEach(async () => {
  if (proxy.cut) await backAfter(0);
});

describe("Redis goes away while an update is handled", () => {
  it("a feature fails on Redis, then the update's closing write does too: one 'try again', the second failure only logged", async () => {
    const group = { id: -100_771, type: "group" as const, title: "Agen Putus" };
    const agent = new Agent(delivered, { id: 771_001, first_name: "Sari", language_code: "id" }, group);
    await agent.say(`/cari@${h.emulator.botInfo.username}`);
    const before = h.emulator.chatMessages(group.id).length;
    // The search flow sends its next question and notes it as this member's in Redis (a feature's
    // write, inside the error boundary): Redis goes away right there, and stays away for the update's
    // closing write of the conversation's state (claim-update), which fails too.
    proxy.cutWhen(wire("set", "msg-owner:"));
    const cutAt = h.logLines.length;
    await agent.reply("jakarta");
    expect(proxy.cut, "the feature's command went by").toBe(true);
    const texts = agent.botTexts(before);
    expect(texts.filter((t) => t === TRY_AGAIN)).toHaveLength(1);
    expect(texts.filter((t) => NOT_SAVED.test(t))).toEqual([]);
    const logged = h.logLines.slice(cutAt);
    expect(logged.filter((l) => l.includes("redis unavailable: answered try-again"))).toHaveLength(1);
    expect(logged.filter((l) => l.includes("state not saved after the error answer"))).toHaveLength(1);
    await backAfter(500);
  }, 60_000);

  it("the update was answered but its state's write failed: told once that the step was not saved, not 'try again'", async () => {
    const agent = new Agent(delivered, { id: 771_002, first_name: "Rina", language_code: "id" }, { id: 771_002, type: "private" });
    await agent.say("/cari");
    const before = h.emulator.chatMessages(agent.chat.id).length;
    // The answer's question is sent; then the conversation's write at the end of the update is cut.
    proxy.cutWhen(wire("set", ":conv:"));
    const cutAt = h.logLines.length;
    await agent.say("jakarta");
    expect(proxy.cut, "the state's write went by").toBe(true);
    const texts = agent.botTexts(before);
    expect(texts.filter((t) => t === TRY_AGAIN)).toEqual([]);
    expect(texts.filter((t) => NOT_SAVED.test(t))).toHaveLength(1);
    // The real answer came first: the question that follows "jakarta".
    expect(texts[0]).not.toMatch(NOT_SAVED);
    expect(texts).toHaveLength(2);
    const logged = h.logLines.slice(cutAt);
    expect(logged.some((l) => l.includes("state not saved after the update: told the user"))).toBe(true);
    await backAfter(500);
    // Redis is back: the next message is handled (from the step that was saved), once the person's
    // lock, whose release was cut with the write, has expired (15 s).
    const n = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say("jakarta");
    expect(agent.botTexts(n).length).toBeGreaterThan(0);
    expect(agent.botTexts(n)).not.toContain(TRY_AGAIN);
  }, 60_000);
});
