import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/bot-harness.js";
import { Agent, futureDate, startHarness } from "../support/bot-harness.js";
import type { ChatRef, UserRef } from "../support/telegram/index.js";

/** Telegram's sender of anonymous admins' messages (its real id and name), and of messages sent as a channel. */
const GROUP_ANONYMOUS_BOT = { id: 1087968824, first_name: "Group", username: "GroupAnonymousBot", is_bot: true } as unknown as UserRef;
const CHANNEL_BOT = { id: 136817688, first_name: "Channel", username: "Channel_Bot", is_bot: true } as unknown as UserRef;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const group: ChatRef = { id: -100_7001, type: "supergroup", title: "Agen <Anon>" };
const boss = { id: 16_001, first_name: "Bos", language_code: "id" };

/** A message as Telegram delivers it from a sender that is a chat: `from` is the service bot, `sender_chat` the chat. */
async function sendAs(from: UserRef, senderChat: { id: number; type: string; title: string }, text: string) {
  const update = h.emulator.sendText({ chat: group, from, text })!;
  (update.message as unknown as Record<string, unknown>).sender_chat = senderChat;
  await h.app.bot.handleUpdate(update);
  return h.emulator.lastBotMessage(group.id);
}

describe("messages sent as the group (anonymous admins) or as a channel", () => {
  it("an anonymous admin may open and change the group's settings", async () => {
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    const menu = await sendAs(GROUP_ANONYMOUS_BOT, { id: group.id, type: "supergroup", title: group.title! }, "/pengaturan");
    expect(menu?.text).not.toContain("Hanya admin");
    expect(menu?.reply_markup?.inline_keyboard.flat().length).toBeGreaterThan(0);
  });

  it("a search or an issue from an anonymous admin is told how to do it, instead of a flow nobody can finish", async () => {
    const answer = await sendAs(GROUP_ANONYMOUS_BOT, { id: group.id, type: "supergroup", title: group.title! }, `/cari CGK SUB ${futureDate(40).wire} 1`);
    expect(answer?.text).toContain("Anda mengirim secara anonim sebagai grup");
    expect((await sendAs(GROUP_ANONYMOUS_BOT, { id: group.id, type: "supergroup", title: group.title! }, "/issued ABC123"))?.text).toContain("Tetap anonim");
    expect(h.sandbox.controls.callCount("getflights-json")).toBe(0);
  });

  it("a channel's post is not an admin's: no settings, and no flows", async () => {
    const channel = { id: -100_9999, type: "channel", title: "Promo <b>" };
    expect((await sendAs(CHANNEL_BOT, channel, "/pengaturan"))?.text).toContain("Hanya admin");
    const answer = await sendAs(CHANNEL_BOT, channel, "/cari CGK SUB");
    expect(answer?.text).toContain("channel Promo <b>");
    expect(h.emulator.errors).toEqual([]);
  });

  it("a member writing as themselves searches as before", async () => {
    const member = new Agent(h, boss, group);
    await member.say(`/cari CGK SUB ${futureDate(41).wire} 1`);
    expect(member.last()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
  });
});
