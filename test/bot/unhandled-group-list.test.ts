import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// A member whose own results list is open writes to the bot elsewhere (a reply to another bot message):
// he was told he had no question open and to /search again; his list is what he can answer, so the hint
// replies to it; a mention of the bot from him is read at it, as a reply to it would be.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("group: a member with his own list open, writing elsewhere", () => {
  it.each([
    ["id", -1_004_790_001, "/cari", "/bantuan", "Daftar penerbangan Anda yang ini", "termurah", /Sisa kursi/],
    ["en", -1_004_790_002, "/search", "/help", "Your flight list is this one", "cheapest", /Seats left/],
  ] as const)("%s: the hint replies to his list, and his mention is read at the list", async (lang, chatId, search, help, said, pick, quote) => {
    const group = { id: chatId, type: "group" as const, title: "Bali Sunset" };
    const made = new Agent(h, { id: Math.abs(chatId) % 100_000, first_name: "Made", language_code: lang }, group);
    const bot = h.emulator.botInfo.username;
    await made.say(`${search}@${bot} cgk sub ${futureDate(30).wire} 1`);
    const list = made.lastForMe()!;
    await made.say(`${help}@${bot}`);
    const other = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)!;
    expect(other.message_id).not.toBe(list.message_id);
    const hint = await made.say(pick, other.message_id);
    expect(hint?.text).toContain(said);
    expect(hint?.reply_to_message_id).toBe(list.message_id);
    // A mention (privacy mode: no reply) from him is read at his list, as a reply to it is.
    expect((await made.say(`@${bot} ${pick}`))?.text).toMatch(quote);
  });
});
