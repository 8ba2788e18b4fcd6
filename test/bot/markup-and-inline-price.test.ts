import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const user = (id: number, lang = "id") => ({ id, first_name: "Agen", language_code: lang });
const dm = (id: number, lang = "id") => new Agent(h, user(id, lang), { id, type: "private" });
const markupOf = async (id: number) => (await h.app.deps.chatSettings.get(id)).agency?.markup;

describe("/pengaturan markup as agents type it", () => {
  it.each([["50rb/pax"], ["50 ribu per pax"], ["50rb per orang"], ["50k per pax"]])("%s is Rp 50.000 per passenger", async (typed) => {
    const a = dm(25_000 + typed.length);
    expect((await a.say(`/pengaturan markup ${typed}`))?.text).toContain("Markup: Rp 50.000 per penumpang");
  });

  it("a bare 50 is asked about with both readings, and nothing is saved until one is tapped", async () => {
    const a = dm(25_101);
    const asked = await a.say("/pengaturan markup 50");
    expect(asked?.text).toContain("Rp 50");
    expect(asked?.text).toContain("Rp 50.000");
    expect(asked?.text).not.toContain("Markup: Rp 50 per penumpang");
    expect((await markupOf(25_101))?.fixed ?? 0).toBe(0);
    const labels = asked!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(["Rp 50.000 per penumpang", "Rp 50 per penumpang"]);
    expect((await a.tap("Rp 50.000 per penumpang"))?.text).toContain("Markup: Rp 50.000 per penumpang");
    expect((await markupOf(25_101))?.fixed).toBe(50_000);
  });

  it("the small reading is there for who really means it, and a percentage typed with it is kept", async () => {
    const a = dm(25_102);
    await a.say("/pengaturan markup 5 + 2%");
    expect((await a.tap("Rp 5 + 2% per penumpang"))?.text).toContain("Markup: Rp 5 per penumpang + 2% dari harga tiket");
    expect(await markupOf(25_102)).toMatchObject({ fixed: 5, percentBp: 200 });
  });

  it("in English too", async () => {
    const a = dm(25_103, "en");
    expect((await a.say("/settings markup 75"))?.text).toContain("or did you mean");
  });

  it("a forged choice changes nothing for someone who may not change the settings", async () => {
    const group = { id: -100_250_001, type: "supergroup" as const, title: "Agen Markup" };
    h.emulator.setChatAdministrators(group.id, [25_201]);
    const admin = new Agent(h, user(25_201), group);
    await admin.say("/pengaturan markup 50");
    const msg = admin.last()!;
    const data = (msg.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string }).callback_data;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: user(25_202), messageId: msg.message_id, data }));
    expect((await markupOf(group.id))?.fixed ?? 0).toBe(0);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: user(25_201), messageId: msg.message_id, data }));
    expect((await markupOf(group.id))?.fixed).toBe(50_000);
  });
});

describe("an old small-markup question after a newer markup", () => {
  const tapOld = async (a: Agent, q: { message_id: number; reply_markup?: { inline_keyboard: unknown[][] } }, i = 0) => {
    const data = (q.reply_markup!.inline_keyboard.flat()[i] as { callback_data: string }).callback_data;
    const before = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: q.message_id, data }));
    return h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text as string | undefined;
  };

  it("is answered 'out of date' with the markup that stands, and saves nothing (the 2% stays)", async () => {
    const a = dm(25_401);
    const q = (await a.say("/pengaturan markup 50"))!;
    await a.say("/pengaturan markup 75rb + 2%");
    const toast = await tapOld(a, q);
    expect(await markupOf(25_401)).toMatchObject({ fixed: 75_000, percentBp: 200 });
    expect(toast).toContain("kedaluwarsa");
    expect(toast).toContain("Rp 75.000 + 2%");
    expect(toast).not.toContain("Tersimpan");
  });

  it("a question asked over an existing markup still answers while that markup stands", async () => {
    const a = dm(25_403);
    await a.say("/pengaturan markup 20rb");
    const q = (await a.say("/pengaturan markup 30"))!;
    await a.say("/pengaturan bulat 5rb");
    expect(await tapOld(a, q)).toBe("Tersimpan.");
    expect(await markupOf(25_403)).toMatchObject({ fixed: 30_000, percentBp: 0, roundTo: 5_000 });
  });
});

async function inline(from: number, query: string): Promise<InlineQueryResultArticle[]> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from: user(from), query }));
  const answer = h.emulator.calls.slice(before).find((c) => c.method === "answerInlineQuery");
  return answer!.payload.results as InlineQueryResultArticle[];
}
const text = (r: InlineQueryResultArticle) => (r.input_message_content as InputTextMessageContent).message_text;
const rupiah = (s: string) => Number((/Rp\s?([\d.]+)/.exec(s)?.[1] ?? "").replace(/\./g, ""));

describe("an inline flight card carries the sharer's markup, like the ±3 days card", () => {
  it("base fare without markup; fare + markup (card and title) with it; the calendar agrees", async () => {
    const id = 25_301;
    const date = futureDate(36).wire.slice(0, 5);
    const plain = await inline(id, `CGK SOC ${date}`);
    const base = rupiah(text(plain[0]!));
    expect(base).toBeGreaterThan(0);
    await dm(id).say("/pengaturan markup 100rb");
    expect((await markupOf(id))?.fixed).toBe(100_000);
    const marked = await inline(id, `CGK SOC ${date}`);
    expect(rupiah(text(marked[0]!))).toBe(base + 100_000);
    expect(rupiah(marked[0]!.title)).toBe(base + 100_000);
    const calendar = text((await inline(id, `CGK SOC ${date} ±3`))[0]!);
    expect(rupiah(calendar.split("\n").find((l) => l.includes("⭐"))!)).toBe(base + 100_000);
  });
});
