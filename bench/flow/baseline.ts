import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Bot, Context, InlineKeyboard } from "grammy";
import type { Redis } from "ioredis";
import type { TelegramEmulator } from "../../test/support/telegram/index.js";
import type { FlowAgent } from "./agent.js";
import { keySize, type KeySize } from "./redis-size.js";

/** One update of the journey as our bot handled it: what kind it was and how many API calls it made. */
export interface PlanStep {
  step: string;
  kind: "text" | "tap";
  calls: number;
  inConversation: boolean;
  measure: boolean;
}

type Ctx = ConversationFlavor<Context>;

/**
 * The floor: grammY + the official RedisAdapter + conversations v2 (storage in Redis, keyed per chat
 * and member like ours), doing nothing but the same number of waits and the same number of Bot API
 * round trips per update as our flow. Taps are answered (answerCallbackQuery counts as one of the
 * calls, as in ours); the rest are short messages, each with a button so the next tap has a target.
 */
export function createBaselineBot(emulator: TelegramEmulator, redis: Redis, namespace: string, plan: PlanStep[]): Bot<Ctx> {
  const bot = new Bot<Ctx>(emulator.token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
  const next = new InlineKeyboard().text("Lanjut", "n");
  const respond = async (ctx: Context, index: number) => {
    let calls = plan[index]?.calls ?? 1;
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
      calls -= 1;
    }
    for (let i = 0; i < calls; i++) await ctx.reply(`Langkah ${index + 1}: pesan ${i + 1} dari ${calls}.`, { reply_markup: next });
  };
  const inConversation = plan.filter((s) => s.inConversation).length;

  async function journey(conversation: Conversation<Ctx, Context>, ctx: Context): Promise<void> {
    await respond(ctx, 0);
    for (let i = 1; i < inConversation; i++) await respond(await conversation.wait(), i);
  }

  bot.use(conversations<Context, Context>({
    storage: {
      type: "key", version: 1, prefix: `${namespace}:conv:`,
      getStorageKey: (ctx) => (ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined),
      adapter: new RedisAdapter({ instance: redis, ttl: 24 * 3600 }),
    },
  }));
  bot.use(createConversation(journey, "journey"));
  // After the conversation: plain handlers, counting steps per chat (in memory, like a trivial bot would).
  const afterSteps = new Map<number, number>();
  bot.command("cari", async (ctx) => {
    afterSteps.delete(ctx.chat.id);
    await ctx.conversation.enter("journey");
  });
  bot.on(["message:text", "callback_query:data"], async (ctx) => {
    const chatId = ctx.chat?.id ?? 0;
    const n = afterSteps.get(chatId) ?? 0;
    afterSteps.set(chatId, n + 1);
    await respond(ctx, inConversation + n);
  });
  return bot;
}

/** Replays the plan's update kinds; measures the conversation key at the same step as ours. */
export async function runBaselineAgent(agent: FlowAgent, plan: PlanStep[], redis: Redis, convKey: string): Promise<KeySize | undefined> {
  let size: KeySize | undefined;
  for (const [i, s] of plan.entries()) {
    if (i === 0) await agent.say(s.step, "/cari");
    else if (s.kind === "text") await agent.say(s.step, `jawaban ${i}`);
    else await agent.tap(s.step, (d) => d === "n");
    if (s.measure) size = await keySize(redis, convKey);
  }
  return size;
}
