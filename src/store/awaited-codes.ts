import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

/** The commands that, sent without a code, wait for one typed next. */
export type CodeCommand = "issue" | "status" | "ticket";
const COMMANDS: readonly CodeCommand[] = ["issue", "status", "ticket"];

/**
 * "/issued" sent without a code said "type the booking code": the next code this member types in
 * this chat is that command's, even while a results list or a flow is open. One short-lived key per
 * member and chat, taken (GETDEL) by the first code-shaped message, dropped by the next command.
 */
export class AwaitedCodes {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async expect(chatId: number, userId: number, command: CodeCommand): Promise<void> {
    await this.redis.set(this.keys.awaitedCode(chatId, userId), command, "EX", TTL.awaitedCode);
  }

  /** Any other command sent meanwhile (with a code or without one) ends the wait: what follows is no answer to it. */
  async forget(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.awaitedCode(chatId, userId));
  }

  async take(chatId: number, userId: number): Promise<CodeCommand | undefined> {
    const v = await this.redis.getdel(this.keys.awaitedCode(chatId, userId));
    return COMMANDS.find((c) => c === v);
  }
}
