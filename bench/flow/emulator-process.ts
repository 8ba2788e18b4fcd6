/**
 * The Telegram side of `npm run bench:flow`, in a process of its own: the strict Bot API emulator
 * (webhook delivery like Telegram's max_connections: many chats at once, each chat in order) and the
 * simulated agents driving it. Its CPU never lands on the bot being measured. Controlled over IPC by
 * bench/booking-flow.ts. Env: EMULATOR_TOKEN, REDIS_URL (to measure the paused conversation's key).
 */
import type { Update } from "grammy/types";
import { Redis } from "ioredis";
import { startTelegramEmulator } from "../../test/support/telegram/index.js";
import { attributeCalls, FlowAgent, type UpdateHandler } from "./agent.js";
import { runBookingJourney } from "./journey.js";

export interface RunRequest {
  id: number;
  agents: number;
  /** Journeys each agent makes one after another (each by a new person in a new chat). */
  rounds: number;
  firstUserId: number;
  firstDay: number;
  /** Where the paused conversation lives; `{chat}` and `{user}` are replaced. Missing: found by SCAN. */
  convKey: string;
}

export interface StepSample {
  step: string;
  /** Update queued → last Bot API call of that update reached the emulator. */
  ms: number;
  calls: number;
  methods: string[];
}

export interface RunReply {
  id: number;
  wallMs: number;
  samples: StepSample[];
  sizes: number[];
  failures: string[];
  rejected: string[];
}

const emulatorToken = process.env.EMULATOR_TOKEN ?? "123456:BENCH";
const delivered = new Map<number, () => void>();
const emulator = await startTelegramEmulator({
  token: emulatorToken,
  webhookConnections: 100,
  onWebhookDelivered: (u) => {
    delivered.get(u.update_id)?.();
    delivered.delete(u.update_id);
  },
});
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");

/** "Handling" an update = Telegram delivering it to the webhook until the bot answers the POST. */
const viaWebhook: UpdateHandler = {
  handleUpdate: (update: Update) => new Promise<void>((resolve) => delivered.set(update.update_id, resolve)),
};

async function conversationBytes(template: string, chatId: number, userId: number): Promise<number> {
  const key = template.replaceAll("{chat}", String(chatId)).replaceAll("{user}", String(userId));
  const memory = await redis.call("MEMORY", "USAGE", key, "SAMPLES", "0");
  if (typeof memory === "number") return memory;
  // Not where the template says (keys renamed): every key of this chat whose name says "conv".
  let total = 0;
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `*conv*${chatId}*`, "COUNT", 1000);
    cursor = next;
    for (const k of keys) total += Number(await redis.call("MEMORY", "USAGE", k, "SAMPLES", "0")) || 0;
  } while (cursor !== "0");
  if (total === 0) throw new Error(`no conversation key for chat ${chatId} at the summary step`);
  return total;
}

async function run(req: RunRequest): Promise<RunReply> {
  const reply: RunReply = { id: req.id, wallMs: 0, samples: [], sizes: [], failures: [], rejected: [] };
  const rejectedBefore = emulator.errors.length;
  const agents: FlowAgent[] = [];
  let nextUser = req.firstUserId;
  let day = req.firstDay;
  const started = performance.now();
  await Promise.all(Array.from({ length: req.agents }, async () => {
    for (let r = 0; r < req.rounds; r++) {
      const id = nextUser++;
      const agent = new FlowAgent(viaWebhook, emulator, { id, first_name: `Agen ${id}`, language_code: "id" });
      agents.push(agent);
      // Each journey flies on its own date: the sandbox holds seats per flight and date.
      await runBookingJourney(agent, 3 + (day++ % 360), async () => {
        reply.sizes.push(await conversationBytes(req.convKey, agent.chat.id, agent.user.id));
      }).catch((e: unknown) => reply.failures.push(e instanceof Error ? e.message : String(e)));
    }
  }));
  reply.wallMs = performance.now() - started;
  for (const agent of agents) {
    for (const s of agent.samples) {
      const { calls, methods, lastAt } = attributeCalls(emulator, agent.chat.id, s);
      reply.samples.push({ step: s.step, ms: lastAt === undefined ? s.ms : Math.max(0, lastAt - s.pushedAt), calls, methods });
    }
  }
  reply.rejected = emulator.errors.slice(rejectedBefore).map((c) => `${c.method}: ${JSON.stringify(c.response)}`);
  // Keep the recorded history small: this process lives for the whole bench.
  emulator.calls.splice(0, emulator.calls.length);
  emulator.errors.splice(0, emulator.errors.length);
  return reply;
}

process.on("message", (msg: RunRequest | { stop: true }) => {
  if ("stop" in msg) {
    redis.disconnect();
    void emulator.close().finally(() => process.exit(0));
    return;
  }
  void run(msg).then((r) => process.send!(r));
});
process.send!({ ready: true, apiRoot: emulator.apiRoot });
