import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";

// Bookings have an hour and the reminder is made due with `fire` (see test/support/jobs.ts): no
// reminder is ever racing its deadline, however slow the machine.
const OFFSETS = "30m";
let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
let h: Harness;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timelimitSeconds: 3600 });
  emulator = await startTelegramEmulator();
  h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: OFFSETS } });
});
afterAll(async () => {
  await h.close();
  await sandbox.close();
  await emulator.close();
});

const reminders = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("belum issued"));
const jobsOf = (code: string) => bookingJobIds(code, parseOffsets(OFFSETS)!);

describe("the worker respects Telegram's answers", () => {
  it("429: waits retry_after, then delivers", async () => {
    const agent = new Agent(h, { id: 11_001, first_name: "Agen", language_code: "id" }, { id: 11_001, type: "private" });
    const ids = jobsOf(await bookOne(agent, `/cari CGK SUB ${futureDate(40).wire} 1`));
    emulator.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    await fire(h, ids.reminders[0]!);
    const refused = await emulator.waitFor(() => emulator.calls.find((c) => c.method === "sendMessage" && c.injected));
    const delivered = await emulator.waitFor(() => reminders(agent.chat.id)[0]);
    const sentAt = emulator.calls.find((c) => c.method === "sendMessage" && c.ok && (c.payload.text as string).includes("belum issued") && c.payload.chat_id === agent.chat.id)!.at;
    // A lower bound only: the queue paused for retry_after (1 s) before trying again.
    expect(sentAt - refused.at).toBeGreaterThanOrEqual(900);
    expect(delivered.text).toContain("belum issued");
  });

  it("403 (blocked): that chat's remaining jobs are dropped", async () => {
    const agent = new Agent(h, { id: 11_002, first_name: "Agen", language_code: "id" }, { id: 11_002, type: "private" });
    const ids = jobsOf(await bookOne(agent, `/cari CGK DPS ${futureDate(41).wire} 1`));
    emulator.blockChat(agent.chat.id);
    await fire(h, ids.reminders[0]!);
    // The refused reminder fails for good, and only after the chat's other jobs were dropped.
    const ends = await settled(h, [ids.reminders[0]!]);
    expect(ends[ids.reminders[0]!]).toMatchObject({ state: "failed", failedReason: expect.stringContaining("blocked") });
    expect(await h.app.jobs.queue.getJob(ids.expiry)).toBeUndefined();
    const queued = await h.app.jobs.queue.getJobs(["delayed", "waiting", "active"]);
    expect(queued.filter((j) => (j.data as { chatId: number }).chatId === agent.chat.id)).toHaveLength(0);
    // Nothing is left that could try again: one attempt is final.
    const attempts = emulator.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === agent.chat.id && c.injected);
    expect(attempts).toHaveLength(1);
  });
});
