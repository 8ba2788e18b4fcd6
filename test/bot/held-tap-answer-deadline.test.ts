// A group tap held for its outcome (status.ts holdTap) is answered before Telegram's deadline: a provider
// slower than that gets the spinner stopped ("still checking") and the outcome posted in the group, a
// refusal naming the member and replying to the card, never a toast Telegram refuses as too old.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { bookInGroup } from "../security/helpers.js";

/** The emulator's query deadline (Telegram's is 10-15 s), the bot's own (8 s in production), the provider's delay. */
const QUERY_MAX_AGE_MS = 2_000;
const BOT_DEADLINE_MS = 800;
const PROVIDER_DELAY_MS = 2_500;

let h: Harness;
beforeAll(async () => {
  const emulator = await startTelegramEmulator({ queryMaxAgeMs: QUERY_MAX_AGE_MS });
  h = await startHarness({ emulator, answerDeadlineMs: BOT_DEADLINE_MS, mmbcTimeouts: { read: 3_500 } });
});
afterAll(async () => { await h?.close(); });

async function cardIn(n: number, label: string) {
  const agency = { id: -100_860_000 - n, type: "supergroup" as const, title: "Agen" };
  const owner = { id: 86_000 + n, first_name: `Rina${n}`, language_code: "id" };
  h.emulator.setChatAdministrators(agency.id, [owner.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, owner));
  const code = await bookInGroup(new Agent(h, owner, agency), "Mr Owner Satu", "CGK SUB", 40 + n);
  const card = h.emulator.chatMessages(agency.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((x) => x.text.includes(label))).at(-1)!;
  const button = card.reply_markup!.inline_keyboard.flat().find((x) => x.text.includes(label)) as { callback_data: string };
  return { agency, owner, code, card, data: button.callback_data };
}

/** Taps with the provider slowed (`latency`) or silent (`timeout`); returns the tap's answers and the group's new bot posts. */
async function tapSlow(t: Awaited<ReturnType<typeof cardIn>>, slow: "latency" | "timeout") {
  if (slow === "latency") h.sandbox.controls.setLatency("*", PROVIDER_DELAY_MS);
  else h.sandbox.controls.setFault("*", { kind: "timeout" });
  const before = h.emulator.chatMessages(t.agency.id).length;
  const from = h.emulator.calls.length;
  const t0 = Date.now();
  try {
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: t.agency, from: t.owner, messageId: t.card.message_id, data: t.data }));
  } finally {
    h.sandbox.controls.setLatency("*", 0);
    h.sandbox.controls.setFault("*", null);
  }
  const answers = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery");
  const posts = h.emulator.chatMessages(t.agency.id).slice(before).filter((m) => m.fromBot);
  return { answers, posts, t0 };
}

describe("a group tap held behind a slow provider", () => {
  it("Status, provider slower than the deadline: the tap is answered in time ('still checking'), the card posted after", async () => {
    const t = await cardIn(1, "Status");
    const { answers, posts, t0 } = await tapSlow(t, "latency");
    expect(answers).toHaveLength(1);
    expect(answers[0]!.ok, JSON.stringify(answers[0]!.response)).toBe(true);
    expect(answers[0]!.at - t0).toBeLessThan(QUERY_MAX_AGE_MS);
    expect(answers[0]!.payload.text).toMatch(/Masih dicek/);
    expect(posts.some((m) => m.text?.includes(t.code))).toBe(true);
  }, 60_000);

  it("Status, provider not answering: answered in time; the failure is posted replying to the card, naming the member", async () => {
    const t = await cardIn(2, "Status");
    const { answers, posts, t0 } = await tapSlow(t, "timeout");
    expect(answers.map((a) => a.ok)).toEqual([true]);
    expect(answers[0]!.at - t0).toBeLessThan(QUERY_MAX_AGE_MS);
    const told = posts.find((m) => m.text?.includes("tidak menjawab"));
    expect(told, posts.map((m) => m.text).join("\n---\n")).toBeDefined();
    expect(told!.text).toMatch(new RegExp(`^${t.owner.first_name}`));
    expect(told!.reply_to_message_id).toBe(t.card.message_id);
  }, 60_000);

  it("'Issued sekarang', provider not answering: answered in time, the failure posted for the member", async () => {
    const t = await cardIn(3, "Issued sekarang");
    const { answers, posts, t0 } = await tapSlow(t, "timeout");
    expect(answers.map((a) => a.ok)).toEqual([true]);
    expect(answers[0]!.at - t0).toBeLessThan(QUERY_MAX_AGE_MS);
    expect(posts.length, "the member hears what happened").toBeGreaterThan(0);
    expect(posts.at(-1)!.text).toMatch(new RegExp(`^${t.owner.first_name}`));
  }, 60_000);

  it("a fast provider: the tap's answer is unchanged (no 'still checking', no refusal posted)", async () => {
    const t = await cardIn(4, "Status");
    const from = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: t.agency, from: t.owner, messageId: t.card.message_id, data: t.data }));
    const answers = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((a) => [a.ok, a.payload.text])).toEqual([[true, undefined]]);
  }, 60_000);
});
