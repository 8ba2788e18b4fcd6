import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Update } from "grammy/types";
import type { Cluster, Redis } from "ioredis";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { redisKeys } from "../../src/store/keys.js";
import { bookOne } from "../bot/journey-steps.js";
import { Agent, futureDate, type Harness } from "./bot-harness.js";
import { startBotProcess, type BotProcess } from "./bot-process.js";
import { freePort } from "./redis-server.js";
import { startRoundRobinProxy, type RoundRobinProxy } from "./round-robin-proxy.js";
import { startTelegramEmulator, type TelegramEmulator } from "./telegram/index.js";

/**
 * Several bot processes (webhook mode) behind a round-robin balancer, and worker processes, on one
 * Redis topology; simulated agents book and issue through them while updates are sometimes delivered
 * twice (each copy to the next process in turn). Used by test/scale and bench/scale.ts.
 */
export interface ScaleEnvOptions {
  bots: number;
  workers: number;
  /** REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS(+NAME) for the processes. */
  redisEnv: Record<string, string>;
  /** A connection to the same Redis, for the scenario's own checks. */
  probe: Redis | Cluster;
  /** How long an unpaid booking holds, under a minute (the reminder comes `timelimitSeconds - reminderBeforeSeconds` after booking). */
  timelimitSeconds?: number;
  reminderBeforeSeconds?: number;
}

export interface ScaleEnv {
  emulator: TelegramEmulator;
  sandbox: MmbcSandbox;
  lb: RoundRobinProxy;
  bots: BotProcess[];
  workers: BotProcess[];
  namespace: string;
  probe: Redis | Cluster;
  close(): Promise<void>;
}

const SECRET = "scale_webhook_secret_1";
const STARTUP_MS = 180_000;

export async function startScaleEnv(o: ScaleEnvOptions): Promise<ScaleEnv> {
  const emulator = await startTelegramEmulator();
  // Under a minute the sandbox gives the timelimit to the second (from a minute on, to the minute).
  const timelimitSeconds = Math.min(o.timelimitSeconds ?? 50, 59);
  const sandbox = await startMmbcSandbox({ timelimitSeconds, initialBalance: 10_000_000_000 });
  const namespace = `s${randomBytes(3).toString("hex")}`;
  const ports = await Promise.all(Array.from({ length: o.bots }, () => freePort()));
  const lb = await startRoundRobinProxy(ports.map((port) => ({ host: "127.0.0.1", port })));
  const common = {
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...o.redisEnv, REDIS_NAMESPACE: namespace,
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
    // A live account: the simulated agents are the operator's issuers.
    ISSUER_IDS: Array.from({ length: ISSUERS }, (_, i) => String(AGENT_BASE_ID + i)).join(","),
    REMINDER_OFFSETS: `${o.reminderBeforeSeconds ?? timelimitSeconds - 12}s`, LOG_LEVEL: "info",
  };
  const bots = ports.map((port) => startBotProcess({ ...common, ROLE: "bot", BOT_MODE: "webhook", PORT: String(port), WEBHOOK_URL: lb.url, WEBHOOK_SECRET: SECRET }));
  const workers = Array.from({ length: o.workers }, () => startBotProcess({ ...common, ROLE: "worker" }));
  const all = [...bots, ...workers];
  const close = async () => {
    for (const p of all) if (p.child.exitCode === null) p.child.kill("SIGTERM");
    await Promise.race([Promise.all(all.map((p) => p.exited)), sleep(15_000)]);
    for (const p of all) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    await lb.close();
    await sandbox.close();
    await emulator.close();
  };
  try {
    await emulator.waitFor(() => emulator.calls.filter((c) => c.method === "setWebhook" && c.ok).length >= o.bots || undefined, STARTUP_MS);
    await emulator.waitFor(() => workers.every((w) => w.output().includes("worker only")) || undefined, STARTUP_MS);
    for (const p of all) if (p.child.exitCode !== null) throw new Error(`a process exited at start:\n${p.output().slice(-2000)}`);
    // The agents' updates go through the balancer (as Telegram's would, concurrently), not through the
    // emulator's one-at-a-time webhook pusher.
    await fetch(`${emulator.apiRoot}/bot${emulator.token}/deleteWebhook`, { method: "POST" });
  } catch (e) {
    await close();
    throw e;
  }
  return { emulator, sandbox, lb, bots, workers, namespace, probe: o.probe, close };
}

export const AGENT_BASE_ID = 880_001;
/** Agents 0…ISSUERS-1 are the operator's issuers (a run's `from` + agents must stay below it). */
export const ISSUERS = 1_000;
/** Where warm-up rounds number their agents. */
export const WARM_UP_FROM = 900;

export interface RunOptions {
  agents: number;
  /** Index of the first agent (each run uses new people, new chats). */
  from?: number;
  /** Chance that an update is delivered twice (both copies at once, to consecutive processes). */
  duplicateRate: number;
  /** Deterministic: the same seed gives the same duplicates. */
  seed?: number;
}

export interface FlowResult {
  agent: number;
  code?: string;
  issued: boolean;
  error?: string;
}

export interface RunResult {
  flows: FlowResult[];
  updates: number;
  duplicatesSent: number;
  ms: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const word = (n: number) => (LETTERS[n % 26]!.toUpperCase() + LETTERS[(n * 7 + 3) % 26]! + LETTERS[Math.floor(n / 26) % 26]! + "o");

/** Even agents book and issue (a double tap on the confirmation), odd ones book and let the reminder come. */
export async function runAgents(env: ScaleEnv, o: RunOptions): Promise<RunResult> {
  const random = rng(o.seed ?? 42);
  const from = o.from ?? 0;
  let updates = 0;
  let duplicatesSent = 0;
  const path = `/telegram/${env.emulator.botInfo.id}`;
  const keys = redisKeys(env.namespace);
  const post = (u: Update) => fetch(env.lb.url + path, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(u) })
    .then((r) => r.arrayBuffer());
  const idle = async (u: Update) => {
    const userId = u.message?.from.id ?? u.callback_query?.from.id;
    env.emulator.takeUpdates();
    const lock = `${keys.updateLockPrefix}user:${userId}`;
    const claimed = keys.update(u.update_id);
    // Handled: claimed by a process, and that person's lock free (it is held for the whole update).
    await env.emulator.waitFor(async () => (await env.probe.exists(claimed)) === 1 && (await env.probe.exists(lock)) === 0 || undefined, 60_000);
  };
  const deliver = async (...copies: Update[]) => {
    updates += copies.length;
    const sends = copies.flatMap((u) => (random() < o.duplicateRate ? (duplicatesSent++, [u, u]) : [u]));
    await Promise.all(sends.map(post));
    await Promise.all(copies.map(idle));
  };
  const fake = { emulator: env.emulator, app: { bot: { handleUpdate: (u: Update) => deliver(u) } } } as unknown as Harness;

  const flow = async (i: number): Promise<FlowResult> => {
    const n = from + i;
    const user = { id: AGENT_BASE_ID + n, first_name: `Agen${n}`, language_code: "id" };
    const agent = new Agent(fake, user, { id: user.id, type: "private" });
    const issue = n % 2 === 0;
    try {
      const code = await bookOne(agent, `/cari CGK SUB ${futureDate(5 + (n % 150)).wire} 1`, [`Mr ${word(n)} Santoso`]);
      if (issue) {
        await agent.tap("Issued sekarang");
        // A double tap on "✅ Issued": two updates at once, to two processes.
        const confirm = agent.last()!.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("✅")) as { callback_data: string };
        const tap = () => env.emulator.clickButton({ chat: agent.chat, from: user, messageId: agent.last()!.message_id, data: confirm.callback_data });
        await deliver(tap(), tap());
        await agent.document(`etiket-${code}.pdf`);
      }
      return { agent: n, code, issued: issue };
    } catch (e) {
      return { agent: n, issued: issue, error: `${e instanceof Error ? e.message : String(e)}` };
    }
  };
  const started = Date.now();
  const flows = await Promise.all(Array.from({ length: o.agents }, (_, i) => flow(i)));
  return { flows, updates, duplicatesSent, ms: Date.now() - started };
}

export interface Tally {
  flows: number;
  completed: number;
  bookings: number;
  issueCallsPerIssued: Record<string, number>;
  documentsPerIssued: Record<string, number>;
  remindersPerUnpaid: Record<string, number>;
  duplicatesDelivered: number;
  duplicatesToTwoProcesses: number;
  duplicatesDropped: number;
  errors: string[];
}

/** Waits until every unpaid booking's reminder is out and the queue has nothing running, then counts. */
export async function tally(env: ScaleEnv, flows: FlowResult[], queueCounts: () => Promise<Record<string, number>>): Promise<Tally> {
  const unpaid = flows.filter((f) => f.code && !f.issued);
  const reminders = (code: string) => env.emulator.chatMessages(AGENT_BASE_ID + flows.find((f) => f.code === code)!.agent)
    .filter((m) => m.fromBot && m.text?.includes("belum issued") && m.text.includes(code)).length;
  await env.emulator.waitFor(() => unpaid.every((f) => reminders(f.code!) > 0) || undefined, 120_000);
  await env.emulator.waitFor(async () => {
    const c = await queueCounts();
    return (c.active ?? 0) + (c.waiting ?? 0) === 0 || undefined;
  }, 60_000);
  const issueCalls = env.sandbox.controls.calls("getissued-json");
  const per = <T>(list: FlowResult[], f: (code: string) => T) => Object.fromEntries(list.map((x) => [x.code!, f(x.code!)]));
  const issued = flows.filter((f) => f.code && f.issued);
  const docs = (code: string) => env.emulator.chatMessages(AGENT_BASE_ID + flows.find((f) => f.code === code)!.agent).filter((m) => m.document?.file_name === `etiket-${code}.pdf`).length;
  const dupes = [...env.lb.deliveries.values()].filter((to) => to.length > 1);
  const dropped = [...env.bots].reduce((n, b) => n + (b.output().match(/duplicate update dropped/g)?.length ?? 0), 0);
  return {
    flows: flows.length,
    completed: flows.filter((f) => !f.error).length,
    bookings: flows.filter((f) => f.code).length,
    issueCallsPerIssued: per(issued, (code) => issueCalls.filter((c) => Object.values(c.params).includes(code)).length),
    documentsPerIssued: per(issued, docs),
    remindersPerUnpaid: per(unpaid, reminders),
    duplicatesDelivered: dupes.length,
    duplicatesToTwoProcesses: dupes.filter((to) => new Set(to).size > 1).length,
    duplicatesDropped: dropped,
    errors: flows.filter((f) => f.error).map((f) => `agent ${f.agent}: ${f.error}`),
  };
}
