import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
let h: Harness;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timelimitSeconds: 4 });
  emulator = await startTelegramEmulator();
  h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: "2s" } });
});
afterAll(async () => {
  await h.close();
  await sandbox.close();
  await emulator.close();
});

const reminders = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("belum issued"));

describe("the worker respects Telegram's answers", () => {
  it("429: waits retry_after, then delivers", async () => {
    const agent = new Agent(h, { id: 11_001, first_name: "Agen", language_code: "id" }, { id: 11_001, type: "private" });
    await bookOne(agent, `/cari CGK SUB ${futureDate(40).wire} 1`);
    emulator.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    const refused = await emulator.waitFor(() => emulator.calls.find((c) => c.method === "sendMessage" && c.injected), 5_000);
    const delivered = await emulator.waitFor(() => reminders(agent.chat.id)[0], 5_000);
    const sentAt = emulator.calls.find((c) => c.method === "sendMessage" && c.ok && (c.payload.text as string).includes("belum issued") && c.payload.chat_id === agent.chat.id)!.at;
    expect(sentAt - refused.at).toBeGreaterThanOrEqual(900);
    expect(delivered.text).toContain("belum issued");
  });

  it("403 (blocked): that chat's remaining jobs are dropped", async () => {
    const agent = new Agent(h, { id: 11_002, first_name: "Agen", language_code: "id" }, { id: 11_002, type: "private" });
    await bookOne(agent, `/cari CGK DPS ${futureDate(41).wire} 1`);
    emulator.blockChat(agent.chat.id);
    await emulator.waitFor(() => emulator.calls.find((c) => c.method === "sendMessage" && c.injected && c.payload.chat_id === agent.chat.id), 5_000);
    await sleep(300);
    const delayed = await h.app.jobs.queue.getDelayed();
    expect(delayed.filter((j) => (j.data as { chatId: number }).chatId === agent.chat.id)).toHaveLength(0);
    await sleep(2_500);
    const attempts = emulator.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === agent.chat.id && c.injected);
    expect(attempts).toHaveLength(1);
  });
});
