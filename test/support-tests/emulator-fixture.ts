import { Bot, GrammyError } from "grammy";
import { afterEach, beforeEach, expect } from "vitest";
import { startTelegramEmulator, type ChatRef, type TelegramEmulator, type UserRef } from "../support/telegram/index.js";

export const alice: UserRef = { id: 1001, first_name: "Alice", username: "alice", language_code: "id" };
export const privateChat = { id: alice.id, type: "private" } as const;
export const group: ChatRef = { id: -100, type: "group", title: "Agen Jakarta" };

export interface Fixture {
  emulator: TelegramEmulator;
  bot: Bot;
}

/** A fresh emulator and a grammY bot pointed at it for every test of the calling file. */
export function useEmulator(): Fixture {
  const fixture = {} as Fixture;
  beforeEach(async () => {
    fixture.emulator = await startTelegramEmulator();
    fixture.bot = new Bot(fixture.emulator.token, {
      botInfo: fixture.emulator.botInfo,
      client: { apiRoot: fixture.emulator.apiRoot },
    });
  });
  afterEach(async () => {
    await fixture.emulator.close();
  });
  return fixture;
}

/** Makes Alice's private chat known to the emulator, as if she had written to the bot. */
export function greet(emulator: TelegramEmulator): void {
  emulator.sendText({ chat: privateChat, from: alice, text: "halo" });
  emulator.takeUpdates();
}

export async function rejection(promise: Promise<unknown>): Promise<GrammyError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}
