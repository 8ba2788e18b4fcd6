import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timelimitSeconds: 5 });
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

const reminders = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("belum issued"));
const expiries = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("kedaluwarsa: tidak issued"));
const agentIn = (h: Harness, id: number) => new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });

describe("timelimit reminders", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: "3s,1s" } }); });
  afterAll(async () => { await h.close(); });

  it("reminds at each offset, replying to the booking, then says when it expired", async () => {
    const agent = agentIn(h, 10_001);
    await bookOne(agent, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const card = agent.last()!;
    await emulator.waitFor(() => expiries(agent.chat.id).length === 1, 9_000);
    const sent = reminders(agent.chat.id);
    expect(sent).toHaveLength(2);
    for (const r of sent) {
      expect(r.reply_to_message_id).toBe(card.message_id);
      expect(r.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["💳 Issued sekarang", "🔄 Status", "🔕 Hentikan pengingat"]);
      expect(r.text).not.toContain("terlambat");
    }
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("a booking issued through the bot, or on the provider's side, gets no reminder", async () => {
    const viaBot = agentIn(h, 10_002);
    const outside = agentIn(h, 10_003);
    await bookOne(viaBot, `/cari CGK SUB ${futureDate(31).wire} 1`);
    await viaBot.tap("Issued sekarang");
    await viaBot.tap("✅ Issued");
    const code = await bookOne(outside, `/cari CGK DPS ${futureDate(31).wire} 1`);
    sandbox.controls.issueExternally(code);
    await sleep(6_000);
    expect(reminders(viaBot.chat.id)).toHaveLength(0);
    expect(reminders(outside.chat.id)).toHaveLength(0);
    expect(expiries(viaBot.chat.id).length + expiries(outside.chat.id).length).toBe(0);
  });

  it("Stop reminders removes the rest", async () => {
    const agent = agentIn(h, 10_004);
    await bookOne(agent, `/cari CGK KNO ${futureDate(32).wire} 1`);
    await emulator.waitFor(() => reminders(agent.chat.id).length === 1, 5_000);
    await agent.tap("Hentikan pengingat");
    await sleep(4_000);
    expect(reminders(agent.chat.id)).toHaveLength(1);
    expect(expiries(agent.chat.id)).toHaveLength(0);
  });
});

describe("restarts and several workers", () => {
  it("a reminder due while no worker ran fires once on start, marked late", async () => {
    const slow = await startMmbcSandbox({ timelimitSeconds: 9 });
    const bot = await startHarness({ sandbox: slow, emulator, worker: false, namespace: "late1", env: { REMINDER_OFFSETS: "7s,2s" } });
    const agent = agentIn(bot, 10_101);
    await bookOne(agent, `/cari CGK SUB ${futureDate(33).wire} 1`);
    await sleep(3_000);
    expect(reminders(agent.chat.id)).toHaveLength(0);
    const worker = await startHarness({ sandbox: slow, emulator, worker: true, namespace: "late1", workerLateAfterMs: 500, env: { REMINDER_OFFSETS: "7s,2s" } });
    try {
      await emulator.waitFor(() => reminders(agent.chat.id).length === 1, 3_000);
      expect(reminders(agent.chat.id)[0]!.text).toContain("terlambat");
      await emulator.waitFor(() => reminders(agent.chat.id).length === 2, 6_000);
      expect(reminders(agent.chat.id)[1]!.text).not.toContain("terlambat");
      await sleep(1_500);
      expect(reminders(agent.chat.id)).toHaveLength(2);
    } finally {
      await worker.close();
      await bot.close();
      await slow.close();
    }
  });

  it("two workers deliver each reminder exactly once", async () => {
    const a = await startHarness({ sandbox, emulator, namespace: "two1", env: { REMINDER_OFFSETS: "3s,2s,1s" } });
    const b = await startHarness({ sandbox, emulator, namespace: "two1", env: { REMINDER_OFFSETS: "3s,2s,1s" } });
    try {
      const agents = [agentIn(a, 10_201), agentIn(b, 10_202), agentIn(a, 10_203)];
      for (const [i, agent] of agents.entries()) await bookOne(agent, `/cari CGK SUB ${futureDate(34 + i).wire} 1`);
      await emulator.waitFor(() => agents.every((ag) => expiries(ag.chat.id).length === 1), 9_000);
      await sleep(1_000);
      for (const agent of agents) {
        expect(reminders(agent.chat.id)).toHaveLength(3);
        expect(expiries(agent.chat.id)).toHaveLength(1);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
