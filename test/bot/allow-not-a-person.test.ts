import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";

/**
 * /allow (/izinkan) replying to a message no person wrote as herself — a linked channel's post Telegram
 * forwarded into the group (from "Telegram", 777000), a post sent as a channel, an anonymous admin's
 * (GroupAnonymousBot) — answers how to name a member, as for any message of nobody in particular, and
 * never puts that shared service account on the list of who may issue (it would let every such post spend).
 */
const TELEGRAM = { id: 777000, first_name: "Telegram" } as UserRef;
const GROUP_ANONYMOUS_BOT = { id: 1087968824, first_name: "Group", username: "GroupAnonymousBot", is_bot: true } as unknown as UserRef;
const CHANNEL_BOT = { id: 136817688, first_name: "Channel", username: "Channel_Bot", is_bot: true } as unknown as UserRef;

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe.each([
  { lang: "id", allow: "/izinkan", disallow: "/cabut", usage: "Di grup, balas pesan anggota dengan /izinkan atau /cabut, atau sebut dia: /izinkan @username.", allowed: "✅ Ani sekarang boleh issued di grup ini.", n: 1 },
  { lang: "en", allow: "/allow", disallow: "/disallow", usage: "In a group, reply to the member's message with /allow or /disallow, or name them: /allow @username.", allowed: "✅ Ani may now issue in this group.", n: 2 },
])("$allow replying to a message no person sent as herself ($lang)", ({ lang, allow, disallow, usage, allowed, n }) => {
  const group = { id: -100_639_000 - n, type: "supergroup" as const, title: "Agen Resmi" };
  const admin = { id: 639_010 + n, first_name: "Adi", language_code: lang };
  const ani = { id: 639_020 + n, first_name: "Ani", language_code: lang };
  const linked = { id: -100_639_100 - n, type: "channel", title: "Promo Agen" };

  /** A message from `from` with Telegram's extra fields, as the bot receives it; returns its id. */
  async function post(from: UserRef, extra: Record<string, unknown>): Promise<number> {
    const update = h.emulator.sendText({ chat: group, from, text: `@${h.emulator.botInfo.username} promo hari ini` })!;
    Object.assign(update.message as object, extra);
    await h.app.bot.handleUpdate(update);
    return update.message!.message_id;
  }

  it.each([
    ["a linked channel's post forwarded automatically (from Telegram, 777000)", TELEGRAM, { sender_chat: linked, is_automatic_forward: true }],
    ["a post sent as a channel", CHANNEL_BOT, { sender_chat: linked }],
    ["an anonymous admin's message", GROUP_ANONYMOUS_BOT, { sender_chat: { id: group.id, type: "supergroup", title: group.title } }],
    ["a message from Telegram itself", TELEGRAM, {}],
  ] as const)("%s: how to name a member, nobody listed", async (_label, from, extra) => {
    h.emulator.setChatAdministrators(group.id, [admin.id]);
    const target = await post(from, extra);
    const A = new Agent(h, admin, group);
    expect((await A.say(allow, target))?.text).toBe(usage);
    expect((await A.say(disallow, target))?.text).toBe(usage);
    expect((await h.app.deps.chatSettings.get(group.id)).issuerIds ?? []).toEqual([]);
  });

  it("a member's own message still puts her on the list", async () => {
    await new Agent(h, ani, group).say(`/help@${h.emulator.botInfo.username}`);
    const hers = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === ani.id).at(-1)!;
    expect((await new Agent(h, admin, group).say(allow, hers.message_id))?.text).toBe(allowed);
    expect((await h.app.deps.chatSettings.get(group.id)).issuerIds).toEqual([ani.id]);
  });
});
