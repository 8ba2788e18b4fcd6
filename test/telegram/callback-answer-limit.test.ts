import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";
import { CALLBACK_ANSWER_MAX, callbackAnswerLimit } from "../../src/telegram/callback-answer-limit.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

// Telegram: answerCallbackQuery.text is 0-200 characters; a first and a last name are up to 64 each.
describe("a callback answer quoting a long name still fits Telegram's 200 characters", () => {
  it.each([["id", -100_22501, 22_501, 22_502, 51]] as const)("%s: stop reminders refused to another member, the booker's long full name quoted", async (lang, gid, aid, bid, days) => {
    const group = { id: gid, type: "group" as const, title: "Agen Makmur" };
    const user = { id: aid, is_bot: false, first_name: "Anindya Kusumawardhani Sastrowardoyo Purbaningrum Wijayakusuma", last_name: "Dewi Anggraeni Kartikasari Setyaningsih Rahmawati Putri Lestari", language_code: lang };
    const ani = new Agent(h, user, group);
    const bayu = new Agent(h, { id: bid, first_name: "Bayu", language_code: lang }, group);
    h.emulator.setChatAdministrators(gid, [99]);
    h.emulator.addMember(gid, bid);
    const code = await bookInGroup(ani, "Mrs Ani Lestari", "CGK SUB", days);
    const card = h.emulator.chatMessages(gid).filter((m) => m.fromBot).at(-1)!;
    const before = h.emulator.calls.length;
    // The data of the "🔕 stop reminders" button the booking's reminder carries.
    await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: bayu.user, messageId: card.message_id, data: `rm:mmbc:${code}` }));
    const answer = h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")!;
    expect(answer.ok).toBe(true);
    expect(String(answer.payload["text"])).toMatch(/^(Hanya|Only) Anindya Kusumawardhani/);
    expect(String(answer.payload["text"]).length).toBeLessThanOrEqual(CALLBACK_ANSWER_MAX);
    expect(h.emulator.chatMessages(gid).filter((m) => m.fromBot && /kesalahan|went wrong/i.test(m.text ?? ""))).toEqual([]);
  });
});

describe("the last guard: any callback answer over the limit is cut, never inside an emoji", () => {
  const sent: Array<{ method: string; payload: Record<string, unknown> }> = [];
  const prev = ((method: string, payload: Record<string, unknown>) => {
    sent.push({ method, payload });
    return Promise.resolve({ ok: true, result: true });
  }) as never;
  const limit = callbackAnswerLimit();

  it.each([
    ["200 characters stay as they are", "a".repeat(200), "a".repeat(200)],
    ["201 are cut to 199 and an ellipsis", "a".repeat(201), `${"a".repeat(199)}…`],
    ["an emoji astride the cut goes whole", `${"a".repeat(198)}😀${"b".repeat(10)}`, `${"a".repeat(198)}…`],
    ["an emoji before the cut stays", `${"a".repeat(197)}😀${"b".repeat(10)}`, `${"a".repeat(197)}😀…`],
  ])("%s", async (_name, text, expected) => {
    sent.length = 0;
    await limit(prev, "answerCallbackQuery", { callback_query_id: "1", text } as never, undefined);
    expect(sent[0]!.payload["text"]).toBe(expected);
    expect(String(sent[0]!.payload["text"]).length).toBeLessThanOrEqual(CALLBACK_ANSWER_MAX);
  });

  it("other methods pass untouched", async () => {
    sent.length = 0;
    const text = "x".repeat(300);
    await limit(prev, "sendMessage", { chat_id: 1, text } as never, undefined);
    expect(sent[0]!.payload["text"]).toBe(text);
  });
});
