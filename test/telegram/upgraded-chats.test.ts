import { describe, expect, it } from "vitest";
import { isUpgradedChatRefusal, upgradedChats } from "../../src/telegram/upgraded-chats.js";

const refused = { ok: false, error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: -1_009 } };

describe("a group's id after Telegram said it was upgraded", () => {
  it("is asked once: later calls to it get the same refusal without reaching Telegram, other chats still do", async () => {
    const reached: unknown[] = [];
    const recorded: [number, number][] = [];
    const prev = (async (_method: string, payload: { chat_id: number }) => {
      reached.push(payload.chat_id);
      return payload.chat_id === -9 ? refused : { ok: true, result: true };
    }) as never;
    const call = upgradedChats(async (from, to) => { recorded.push([from, to]); });
    const send = (chatId: number | string) => call(prev, "sendMessage", { chat_id: chatId, text: "x" } as never);
    expect(await send(-9)).toEqual(refused);
    expect(await send(-9)).toEqual(refused);
    expect(await send("-9")).toEqual(refused);
    expect(await send(-10)).toEqual({ ok: true, result: true });
    expect(reached).toEqual([-9, -10]);
    expect(recorded).toEqual([[-9, -1_009]]);
  });

  it("its refusal is recognised also as a conversation's replay log gives it back (message only)", () => {
    expect(isUpgradedChatRefusal(new Error("Call to 'sendMessage' failed! (400: Bad Request: group chat was upgraded to a supergroup chat)"))).toBe(true);
    expect(isUpgradedChatRefusal(Object.assign(new Error("x"), { parameters: { migrate_to_chat_id: -1 } }))).toBe(true);
    expect(isUpgradedChatRefusal(new Error("Call to 'sendMessage' failed! (403: Forbidden: bot was kicked from the group chat)"))).toBe(false);
  });
});
