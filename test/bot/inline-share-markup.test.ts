import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";

/**
 * Inline shares carry the markup the agent sells with: an inline query belongs to no chat, so it is his private
 * chat's markup when he set one, else that of the agency group he last made a 📤 customer card in, while he is
 * still in it; every result tells him which (or that none applies), and the card his customer gets never does.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

async function inline(from: UserRef, query: string): Promise<InlineQueryResultArticle[]> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
  const answer = h.emulator.calls.slice(before).find((c) => c.method === "answerInlineQuery");
  return answer!.payload.results as InlineQueryResultArticle[];
}
const card = (r: InlineQueryResultArticle) => (r.input_message_content as InputTextMessageContent).message_text;
const rupiah = (s: string) => Number((/Rp\s?([\d.]+)/.exec(s)?.[1] ?? "").replace(/\./g, ""));

/** A 📤 customer card of the first flight of a search in a group (the picker, one flight, "make the card"). */
async function customerCardInGroup(agent: Agent, route: string): Promise<void> {
  await agent.say(`/cari@AgenTiketBot ${route}`);
  await agent.tap("📤");
  const group = agent.chat.id;
  const data = (m: { reply_markup?: { inline_keyboard: unknown[][] } }) => (m.reply_markup?.inline_keyboard.flat() ?? []).map((b) => (b as { callback_data?: string }).callback_data ?? "");
  const picker = h.emulator.chatMessages(group).filter((m) => m.fromBot && data(m).some((d) => d.startsWith("cust:s:"))).at(-1)!;
  const click = (d: string) => h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: picker.message_id, data: d }));
  await click(data(picker).find((d) => d.startsWith("cust:s:"))!);
  await click(data(h.emulator.chatMessages(group).find((m) => m.message_id === picker.message_id)!).find((d) => d.startsWith("cust:c:"))!);
  expect(h.emulator.chatMessages(group).filter((m) => m.fromBot).at(-1)?.text).toContain("Total");
}

describe("inline shares use the agency group's markup", () => {
  it("after a 📤 card in his agency group, an admin's inline card carries its markup and says so; once removed, none, said too", async () => {
    const group = { id: -936_1100, type: "group" as const, title: "Markup Tour" };
    const bos = { id: 936_1101, first_name: "Bos", language_code: "id" };
    const wakil = { id: 936_1103, first_name: "Wakil", language_code: "id" };
    h.emulator.setChatAdministrators(group.id, [bos.id, wakil.id]);
    const B = new Agent(h, bos, group);
    // Set by another admin: nothing of Bos's links him to the group yet.
    await new Agent(h, wakil, group).say("/pengaturan markup 100rb");
    const date = futureDate(24).wire;
    const query = `cgk dps ${date}`;

    // Nothing links him to the group yet: the base fare, and the result says no markup applies.
    const plain = await inline(bos, query);
    const base = rupiah(card(plain[0]!));
    expect(base).toBeGreaterThan(0);
    expect(plain[0]!.description).toContain("🏷 Tanpa markup (harga dasar)");
    const starred = async () => rupiah(card((await inline(bos, `${query} ±3`))[0]!).split("\n").find((l) => l.includes("⭐"))!);
    const cheapest = await starred();

    await customerCardInGroup(B, `cgk dps ${date} 1`);
    const marked = await inline(bos, query);
    expect(rupiah(card(marked[0]!))).toBe(base + 100_000);
    expect(rupiah(marked[0]!.title)).toBe(base + 100_000);
    expect(marked[0]!.description).toContain("🏷 Markup grup agensi Anda: Rp 100.000");
    // The customer's card never mentions a markup.
    expect(card(marked[0]!)).not.toMatch(/markup|🏷/i);
    // The ±3 days card agrees.
    expect(await starred()).toBe(cheapest + 100_000);

    // With the agency's name set, the result names it.
    await B.say("/pengaturan agensi Makmur Travel");
    expect((await inline(bos, query))[0]!.description).toContain("🏷 Markup Makmur Travel: Rp 100.000");

    // Removed from the group: its markup is not his any more (Telegram is asked), and the result says none applies.
    h.emulator.kickMember(group.id, bos.id);
    const after = await inline(bos, query);
    expect(rupiah(card(after[0]!))).toBe(base);
    expect(after[0]!.description).toContain("🏷 Tanpa markup");
    expect((await h.app.deps.chatSettings.get(bos.id)).shareMarkupFrom).toBeUndefined();
  });

  it("a markup set in his private chat wins over the group's, and says so; in English too", async () => {
    const group = { id: -936_1200, type: "group" as const, title: "Agency Two" };
    const boss = { id: 936_1201, first_name: "Boss", language_code: "en" };
    const ani = { id: 936_1202, first_name: "Ani", language_code: "en" };
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    h.emulator.addMember(group.id, ani.id);
    await new Agent(h, boss, group).say("/settings markup 2,5%");
    await new Agent(h, boss, group).say("/settings agency Makmur Travel");
    const A = new Agent(h, ani, group);
    const date = futureDate(25).wire;
    const query = `cgk dps ${date}`;
    const base = rupiah(card((await inline(ani, query))[0]!));

    await customerCardInGroup(A, `cgk dps ${date} 1`);
    const fromGroup = await inline(ani, query);
    expect(fromGroup[0]!.description).toContain("🏷 Makmur Travel markup: 2.5%");
    expect(rupiah(card(fromGroup[0]!))).toBeGreaterThan(base);

    await new Agent(h, ani, { id: ani.id, type: "private" }).say("/settings markup 50rb");
    const own = await inline(ani, query);
    expect(rupiah(card(own[0]!))).toBe(base + 50_000);
    expect(own[0]!.description).toContain("🏷 Your private markup: Rp 50.000");
  });
});
