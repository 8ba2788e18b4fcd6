import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";

/**
 * An admin who sets his agency group's markup there sells with it: his inline shares (flights and the ±3
 * card) carry it at once, as after a 📤 card there. The ±3 card, like the flight cards, drops a group's
 * markup once Telegram says he has left it.
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
/** The ±3 card's cheapest day (starred), as its text says it. */
const starred = async (from: UserRef, query: string) => rupiah(card((await inline(from, `${query} ±3`))[0]!).split("\n").find((l) => l.includes("⭐"))!);

describe("a markup set in the group by its admin", () => {
  it("his inline card carries the agency markup the group's 📤 card uses, without making a card first", async () => {
    const group = { id: -937_1100, type: "group" as const, title: "Markup Tour" };
    const bos = { id: 937_1101, first_name: "Bos", language_code: "id" };
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    const B = new Agent(h, bos, group);
    await B.say("/pengaturan markup 100rb");
    const d = futureDate(24).wire;
    await B.say(`/cari@${h.emulator.botInfo.username} cgk dps ${d} 1`);
    const first = B.lastForMe()!.reply_markup!.inline_keyboard.flat()[0]!.text; // "KD-694 … · Rp 625.400"
    const fare = rupiah(first);
    const results = await inline(bos, `cgk dps ${d}`);
    expect(card(results[0]!)).not.toContain(`Rp ${fare.toLocaleString("id-ID")}`);
    expect(rupiah(card(results[0]!))).toBe(fare + 100_000);
    expect(results[0]!.description).toContain("🏷 Markup grup agensi Anda: Rp 100.000");
  });

  it("the ±3 card carries it too, and not once he has left the group", async () => {
    const group = { id: -937_1200, type: "group" as const, title: "Markup Dua" };
    const bos = { id: 937_1201, first_name: "Bos", language_code: "id" };
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    const query = `cgk dps ${futureDate(26).wire}`;
    const base = await starred(bos, query);
    await new Agent(h, bos, group).say("/pengaturan markup 100rb");
    expect(await starred(bos, query)).toBe(base + 100_000);
    // Removed: the ±3 card asks Telegram, as the flight cards do, and the group is forgotten.
    h.emulator.kickMember(group.id, bos.id);
    expect(await starred(bos, query)).toBe(base);
    expect((await h.app.deps.chatSettings.get(bos.id)).shareMarkupFrom).toBeUndefined();
  });
});
