// A channel the bot was added to sends channel_post / edited_channel_post updates: no person, no session.
// They are let go quietly, never an error ("Cannot access session data … getSessionKey returned undefined").
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const channel = { id: -100_870_001, type: "channel" as const, title: "Promo Tiket" };

it("channel_post and edited_channel_post: no error logged, nothing sent", async () => {
  const logFrom = h.logLines.length;
  const callFrom = h.emulator.calls.length;
  const post = { message_id: 5, date: Math.floor(Date.now() / 1000), chat: channel, sender_chat: channel, text: "/cari CGK SUB besok" };
  const updates = [
    { update_id: 870_001, channel_post: post },
    { update_id: 870_002, edited_channel_post: { ...post, text: "/cek ABC123", edit_date: post.date + 5 } },
  ] as unknown as Update[];
  for (const u of updates) await h.app.bot.handleUpdate(u);
  const errors = h.logLines.slice(logFrom).filter((l) => /"level":(50|60)/.test(l));
  expect(errors).toEqual([]);
  expect(h.emulator.calls.slice(callFrom).filter((c) => c.method !== "getChatMember").map((c) => c.method)).toEqual([]);
});
